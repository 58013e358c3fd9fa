// Runs checks 1–7 and the Arki rules on one page in one engine, with the same in-page code the
// story sweep uses (bin/lib/page-*.js). Returns a plain report object (see formatReport).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** axe configuration for a whole page: the project's tags, target-size on, page rules on. */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations', 'incomplete'],
};

async function source(pkgFile, what) {
  let file;
  try {
    file = require.resolve(pkgFile);
  } catch {
    throw Object.assign(new Error(`${what} needs the package ${pkgFile.split('/')[0]}: npm install --save-dev ${pkgFile.split('/')[0]}`), { usage: true });
  }
  return readFile(file, 'utf8');
}

/** The in-page scripts, in order, each ending by putting its global on globalThis. */
async function pageScripts() {
  const own = await Promise.all(['page-checks.js', 'page-focus.js', 'page-rules.js'].map((f) => readFile(path.join(here, f), 'utf8')));
  const axe = await source('axe-core/axe.min.js', 'the axe check');
  const ace = await source('accessibility-checker-engine/ace.js', 'the IBM Equal Access check');
  // A driver may run a script as a function body (WebDriver): make the globals explicit.
  return [`${axe}\n;globalThis.axe = typeof axe !== 'undefined' ? axe : globalThis.axe;`,
    `${ace}\n;globalThis.ace = typeof ace !== 'undefined' ? ace : globalThis.ace;`, ...own];
}

const call = (driver, fn, arg) => driver.evaluate(`(${fn})(${JSON.stringify(arg ?? null)})`);

async function settle(driver) {
  await call(driver, async () => {
    const A = globalThis.arkiAudit;
    const pending = () => [...A.walk(document)].filter((e) => e.localName.startsWith('arki-') && !customElements.get(e.localName));
    for (let i = 0; i < 50 && pending().length; i++) await new Promise((r) => setTimeout(r, 100));
    await Promise.all([...A.walk(document)].map((e) => e.updateComplete).filter(Boolean));
    await document.fonts?.ready;
    await A.nextFrame();
  });
}

/** One check: runs `body`, catching errors into the report instead of crashing the audit. */
async function check(report, id, name, body) {
  const started = Date.now();
  const entry = { id, name, status: 'pass', violations: [], review: [], note: '' };
  try {
    await body(entry);
  } catch (e) {
    entry.status = 'error';
    entry.note = String(e.message ?? e).split('\n')[0];
  }
  if (entry.status === 'pass' && entry.violations.length) entry.status = 'fail';
  entry.seconds = +((Date.now() - started) / 1000).toFixed(1);
  report.checks.push(entry);
}

/**
 * @param {object} driver from audit-browsers.mjs
 * @param {string} url
 * @param {{ only?: string[], width?: number, height?: number }} options
 */
export async function audit(driver, url, { only = null, width = 1280, height = 900 } = {}) {
  const report = { tool: 'arki-audit', url, engine: driver.engine, browser: driver.version, date: new Date().toISOString(), checks: [] };
  const scripts = await pageScripts();
  const inject = async () => { for (const s of scripts) await driver.inject(s); };
  await driver.goto(url);
  await inject();
  await settle(driver);
  const want = (id) => !only || only.includes(id);

  if (want('axe')) await check(report, 'axe', '1. axe-core (WCAG 2.0–2.2 A/AA, best practice, target-size)', async (c) => {
    const r = await call(driver, async (opts) => {
      const res = await globalThis.axe.run(document, opts);
      const pick = (v) => ({ rule: v.id, impact: v.impact, message: v.help, wcag: v.tags.filter((t) => /^wcag\d/.test(t)).join(' '), targets: v.nodes.slice(0, 10).map((n) => n.target.join(' ')) });
      return { violations: res.violations.map(pick), incomplete: res.incomplete.map(pick) };
    }, AXE_OPTIONS);
    c.violations = r.violations;
    c.review = r.incomplete.map((i) => ({ ...i, kind: 'incomplete' }));
  });

  if (want('ibm')) await check(report, 'ibm', '2. IBM Equal Access (WCAG_2_2)', async (c) => {
    const r = await call(driver, () => globalThis.arkiAudit.ibm(document));
    c.violations = r.violations.map((v) => ({ rule: v.rule, message: v.message, targets: [v.path] }));
    c.review = r.review.map((v) => ({ rule: v.rule, kind: v.result.toLowerCase() === 'fail' ? v.level.toLowerCase() : v.result.toLowerCase(), message: v.message, targets: [v.path] }));
  });

  if (want('target-size')) await check(report, 'target-size', '3. Target size (2.5.8), measured', async (c) => {
    const r = await call(driver, () => globalThis.arkiAudit.targetSize(document));
    c.violations = r.violations.map((v) => ({ rule: 'target-size', message: v.message, targets: [v.element] }));
    c.review = r.exceptions.map((e) => ({ rule: 'target-size', kind: `exception: ${e.exception}`, message: `${e.element} is ${e.size}`, targets: [e.element] }));
    c.note = `${r.checked} targets measured`;
  });

  if (want('reflow')) await check(report, 'reflow', '4. Reflow at 320 CSS px (1.4.10)', async (c) => {
    const viewport = await driver.setViewport(320, 640);
    let r;
    if (viewport.supported) {
      await call(driver, () => globalThis.arkiAudit.nextFrame());
      r = await call(driver, () => globalThis.arkiAudit.reflow(document));
      await driver.setViewport(width, height);
    } else {
      // The same page in a 320 CSS px iframe (same origin), measured from this page.
      r = await call(driver, async () => {
        const frame = document.createElement('iframe');
        frame.width = '320';
        frame.height = '640';
        frame.src = location.href;
        const loaded = new Promise((res, rej) => { frame.onload = res; setTimeout(() => rej(new Error('the page did not load in a frame')), 30000); });
        document.body.append(frame);
        try {
          await loaded;
          const w = frame.contentWindow;
          const doc = frame.contentDocument;
          if (!doc) throw new Error('the page cannot be framed (X-Frame-Options or CSP frame-ancestors)');
          const A = globalThis.arkiAudit;
          for (let i = 0; i < 50 && [...A.walk(doc)].some((e) => e.localName.startsWith('arki-') && !w.customElements.get(e.localName)); i++) await new Promise((x) => setTimeout(x, 100));
          await new Promise((x) => w.requestAnimationFrame(() => w.requestAnimationFrame(x)));
          return A.reflow(doc);
        } finally {
          frame.remove();
        }
      });
      c.note = `${viewport.reason}`;
    }
    if (!r.ok) c.violations.push({ rule: 'reflow', message: `The page scrolls horizontally at ${r.viewportWidth} CSS px (content ${r.scrollWidth} px wide).`, targets: r.offenders.map((o) => `${o.element} (right edge ${o.right} px)`) });
  });

  if (want('text-spacing')) await check(report, 'text-spacing', '5. Text spacing (1.4.12)', async (c) => {
    const r = await call(driver, () => globalThis.arkiAudit.textSpacing(document));
    c.violations = [
      ...r.clipped.map((x) => ({ rule: 'text-clipped', message: `"${x.text}" is cut off by ${x.clippedBy}${x.alreadyWithoutSpacing ? ' (even without the spacing)' : ''}`, targets: [x.element] })),
      ...r.overlapping.map((x) => ({ rule: 'text-overlap', message: `Text overlaps: ${x.text}`, targets: [x.element, x.other] })),
    ];
    c.review = r.overflowing.map((x) => ({ rule: 'overflow', kind: 'overflow without cut text', message: `content ${x.scroll} in a ${x.client} clipping box`, targets: [x.element] }));
  });

  // 7 before 6: forced colours changes the page's colours.
  if (want('focus')) await check(report, 'focus', '7. Focus visible (2.4.7), measured by screenshots and computed styles', async (c) => {
    await focusLoop(driver, c, 'focus');
  });

  if (want('forced-colors')) await check(report, 'forced-colors', '6. Forced colours: boundaries and focus', async (c) => {
    const n = await call(driver, () => globalThis.arkiAudit.focus.prepare(document));
    const normal = [];
    for (let i = 0; i < n; i++) normal.push(await boundaryAt(driver, i));
    const on = await driver.forcedColors(true);
    if (!on.supported) { c.status = 'skipped'; c.note = on.reason; return; }
    try {
      await call(driver, () => globalThis.arkiAudit.focus.prepare(document));
      for (let i = 0; i < n; i++) {
        if (!normal[i]?.present) continue;
        const forced = await boundaryAt(driver, i);
        if (!forced.present) c.violations.push({ rule: 'forced-colors-boundary', message: 'Its boundary disappears in forced colours.', targets: [normal[i].element] });
      }
      await focusLoop(driver, c, 'forced-colors-focus');
    } finally {
      await driver.forcedColors(false);
    }
  });

  if (want('arki')) await check(report, 'arki', 'Arki rules (labels, error summary, help content, hreflang, lang)', async (c) => {
    c.violations = (await call(driver, () => globalThis.arkiAudit.arkiRules(document))).map((v) => ({ rule: v.rule, message: v.message, wcag: v.wcag, targets: [v.element] }));
  });

  report.violations = report.checks.reduce((n, c) => n + c.violations.length, 0);
  report.errors = report.checks.filter((c) => c.status === 'error').length;
  return report;
}

async function boundaryAt(driver, i) {
  const t = await call(driver, (k) => ({ ...globalThis.arkiAudit.focus.boundaryTargets(k), element: globalThis.arkiAudit.describe(globalThis.arkiAudit.focus.element(k)) }), i);
  if (t.isLink) return null;
  const shot = await driver.screenshot({ x: t.clip.x, y: t.clip.y, width: t.clip.width, height: t.clip.height });
  const r = await call(driver, (a) => globalThis.arkiAudit.focus.boundaryOf(a.png, a.clip, a.boxes), { png: shot.png, clip: { ...t.clip, clipped: shot.clipped }, boxes: t.boxes });
  return { present: r.present, element: t.element };
}

/** Every element in the tab order: computed-style diff, and screenshots of both states. */
async function focusLoop(driver, c, rule) {
  const n = await call(driver, () => globalThis.arkiAudit.focus.prepare(document));
  await driver.pressShift();
  let stretch = 0;
  const withShots = async (i, clip) => {
    const focusedShot = await driver.screenshot({ x: clip.x, y: clip.y, width: clip.width, height: clip.height });
    await call(driver, (k) => globalThis.arkiAudit.focus.unfocus(k), i);
    const unfocusedShot = await driver.screenshot({ x: clip.x, y: clip.y, width: clip.width, height: clip.height });
    return call(driver, (a) => globalThis.arkiAudit.focus.measure(a.i, a.u, a.f, a.clip), { i, u: unfocusedShot.png, f: focusedShot.png, clip: { ...clip, clipped: focusedShot.clipped } });
  };
  for (let i = 0; i < n; i++) {
    await call(driver, (k) => globalThis.arkiAudit.focus.unfocused(k), i);
    const info = await call(driver, (k) => globalThis.arkiAudit.focus.focused(k), i);
    if (info.gone || info.trapped) {
      c.review.push({ rule, kind: info.gone ? 'element disappeared before its turn (the page changed while focus moved)' : 'focus could not be taken away (focus trap): not measured', message: info.element, targets: [info.element] });
      continue;
    }
    let r = await withShots(i, info.clip);
    if (r.pixels && !r.pass && r.stylePass) {
      // Drawn outside the element's box (a card-wide ::after, a container's :focus-within)?
      await call(driver, async (k) => { await globalThis.arkiAudit.focus.unfocused(k); globalThis.arkiAudit.focus.focused(k); }, i);
      r = await withShots(i, await call(driver, () => globalThis.arkiAudit.focus.viewportClip()));
    }
    const area = r.pixels ? `${r.pixels.area3} px² changed at ≥ 3:1 (screenshot), needs ≥ ${Math.round(0.85 * r.visiblePerimeter)}` : `${r.styleArea} px² (computed style), needs ≥ ${r.perimeter}`;
    if (r.trapped) {
      c.review.push({ rule, kind: 'focus could not be taken away (focus trap): not measured', message: r.element, targets: [r.element] });
    } else if (!r.pass && r.focused && r.focusVisible && r.uaDefault && !r.inArki) {
      c.review.push({ rule, kind: "browser's default focus indicator (accepted for 2.4.7 by WCAG technique G165)", message: `focus indicator ${area}`, targets: [r.element] });
    } else if (!r.pass) {
      const why = !r.focused ? 'could not be focused' : !r.focusVisible ? ':focus-visible did not match' : `focus indicator ${area} (a 1 CSS px line around it)`;
      c.violations.push({ rule, message: why, targets: [r.element] });
    } else if (!r.stretch) stretch++;
  }
  if (stretch) c.review.push({ rule, kind: '2.4.13 focus appearance not met (AAA)', message: `${stretch} element(s) pass 2.4.7 but have less than a 2 CSS px indicator`, targets: [] });
  c.note = [c.note, `${n} focusable elements${rule === 'focus' ? '' : ' in forced colours'}`].filter(Boolean).join('; ');
}
