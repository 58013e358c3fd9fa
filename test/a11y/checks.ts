// The story sweep's checks 2–7 as functions: each takes a rendered root and returns failures
// (strings that fail a test) and results for review (written to reports/a11y-review.json).
// The proof tests (checks-are-real.test.ts) run the same functions on broken fixtures.
import { sendKeys } from '@web/test-runner-commands';
import { loadIbm, loadPageChecks, type Clip, type FocusResult } from './page-checks.js';
import { screenshot, setForcedColors, type ReviewEntry } from './server.js';
import { renderChanged } from './story-harness.js';

export interface Outcome {
  failures: string[];
  review: ReviewEntry[];
  /** Set when the check could not run here, with the reason. */
  skipped?: string;
}

export { engine, type Engine } from './server.js';

/** Page-level IBM rules make no sense for a component fixture (it is not a page). */
export const ibmFixtureIgnore = ['aria_content_in_landmark', 'html_lang_exists', 'page_title_exists', 'skip_main_exists', 'html_skipnav_exists'];

/** 2. IBM Equal Access, policy WCAG_2_2. */
export async function ibmCheck(root: Element, ignore = ibmFixtureIgnore): Promise<Outcome> {
  await loadIbm();
  const A = await loadPageChecks();
  const { violations, review } = await A.ibm(root, { ignore });
  return {
    failures: violations.map((v) => `${v.rule}: ${v.message}\n    ${v.path ?? ''}  ${v.snippet ?? ''}`),
    review: review.map((r) => ({ tool: 'ibm', kind: r.result.toLowerCase() === 'fail' ? r.level.toLowerCase() : r.result.toLowerCase(), rule: r.rule, message: r.message, targets: [r.path ?? ''] })),
  };
}

/** 3. Target size, measured. */
export async function targetSizeCheck(root: Element): Promise<Outcome> {
  const A = await loadPageChecks();
  const r = A.targetSize(root);
  return {
    failures: r.violations.map((v) => `${v.element}: ${v.message}`),
    review: r.exceptions.map((e) => ({ tool: 'target-size', kind: `exception: ${String(e.exception)}`, message: `${e.element} is ${String(e.size)}`, targets: [e.element] })),
  };
}

/** 4. Reflow: the page at its current width (320 CSS px in the sweep) does not scroll sideways. */
export async function reflowCheck(doc: Document = document): Promise<Outcome> {
  const A = await loadPageChecks();
  return reflowOutcome(A.reflow(doc));
}

export function reflowOutcome(r: { ok: boolean; viewportWidth: number; scrollWidth: number; offenders: { element: string; right?: unknown }[] }): Outcome {
  if (r.ok) return { failures: [], review: [] };
  return {
    failures: [`scrolls horizontally at ${r.viewportWidth} CSS px (content ${r.scrollWidth} px wide): ${r.offenders.map((o) => `${o.element} (right edge ${String(o.right)} px)`).join(', ')}`],
    review: [],
  };
}

/** 5. Text spacing: WCAG 1.4.12 spacing applied; nothing clipped or newly overlapping. */
export async function textSpacingCheck(root: Element): Promise<Outcome> {
  const A = await loadPageChecks();
  const r = await A.textSpacing(root);
  return {
    failures: [
      ...r.clipped.map((c) => `text "${c.text}" in ${c.element} is cut off by ${c.clippedBy}${c.alreadyWithoutSpacing ? ' (even without the spacing)' : ''}`),
      ...r.overlapping.map((o) => `text overlaps: ${o.text} (${o.element} / ${o.other})`),
    ],
    review: r.overflowing.map((o) => ({ tool: 'text-spacing', kind: 'overflow without cut text', message: `${o.element}: content ${String(o.scroll)} in a ${String(o.client)} clipping box`, targets: [o.element] })),
  };
}

function describeFocus(r: FocusResult): string {
  const area = r.pixels
    ? `${r.pixels.area3} px² changed at ≥3:1 (screenshot; ${r.pixels.areaAny} px² changed at all), needs ≥ ${Math.round(0.85 * r.visiblePerimeter)} (1 CSS px along the ${r.visiblePerimeter} px of visible edge, 15% tolerance); computed styles: ${r.styleArea} px² of ${r.perimeter}`
    : `${r.styleArea} px² estimated at ≥3:1 (computed style), needs ≥ ${r.perimeter} (1 CSS px around the element)`;
  const why = !r.focused ? `could not be focused (focus is on ${r.activeInstead ?? '?'})` : !r.focusVisible ? ':focus-visible did not match' : `indicator ${area}`;
  const what = r.changes.length ? r.changes.map((c) => `${c.what} ${c.area}px² ${c.contrast ?? '?'}:1 on ${c.where}`).join('; ') : 'no style change';
  return `${r.element}: ${why} [${what}]`;
}

let keyboardModality = false;

/** Signatures whose indicator was already measured by screenshot in this page (see `focused()`). */
const shotSignatures = new Set<string>();

/**
 * 7. Focus visible: each element in the tab order, focused with keyboard modality, differs from
 * its unfocused self by at least the area of a 1 CSS px line around it at 3:1 (2 px: 2.4.13,
 * reported for review). Computed styles measure every element. Screenshots, where taken, decide
 * instead: `confirm` takes them for every element whose computed styles fail (to confirm or
 * overrule them); `signature` also once for each distinct way an indicator is drawn, so a
 * hundred identical buttons cost one pair of screenshots.
 */
export async function focusCheck(root: Element, { screenshots = 'none' as 'none' | 'confirm' | 'signature', label = 'focus' } = {}): Promise<Outcome> {
  const A = await loadPageChecks();
  const n = A.focus.prepare(root);
  const out: Outcome = { failures: [], review: [] };
  if (!n) return out;
  renderChanged(); // moving focus in and out shows errors in form fields: later checks need a fresh render
  // A key press makes programmatic focus keyboard-modality focus (:focus-visible) in every engine;
  // the modality lasts until a pointer is used, so once per page (again if it was lost).
  if (!keyboardModality) {
    await sendKeys({ press: 'Shift' });
    keyboardModality = true;
  }
  /** Screenshot focused (now), blur, screenshot unfocused, measure. */
  const withShots = async (i: number, clip: Clip) => {
    const b = await screenshot(clip);
    await A.focus.unfocus(i);
    const a = await screenshot(clip);
    if (!a.supported || !b.supported) {
      out.review.push({ tool: label, kind: 'screenshot unavailable', message: a.supported ? 'no screenshot' : a.reason });
      return A.focus.measure(i);
    }
    return A.focus.measure(i, a.png, b.png, { ...clip, clipped: a.clipped });
  };
  for (let i = 0; i < n; i++) {
    await A.focus.unfocused(i);
    let info = A.focus.focused(i);
    if (info.focused && !info.focusVisible) {
      await sendKeys({ press: 'Shift' });
      await A.focus.unfocused(i);
      info = A.focus.focused(i);
    }
    if (info.gone) {
      out.review.push({ tool: label, kind: 'element disappeared before its turn (the page changed while focus moved)', message: info.element, targets: [info.element] });
      continue;
    }
    if (info.trapped) {
      out.review.push({ tool: label, kind: 'focus could not be taken away (focus trap): not measured', message: info.element, targets: [info.element] });
      continue;
    }
    const failsByStyle = info.styleArea < info.perimeter;
    let r: FocusResult;
    if ((screenshots === 'confirm' && failsByStyle) || (screenshots === 'signature' && (failsByStyle || !shotSignatures.has(info.signature)))) {
      r = await withShots(i, info.clip);
      if (r.pixels) shotSignatures.add(info.signature);
      if (r.pixels && !r.pass && r.stylePass) {
        // Drawn outside the element's box (a card-wide ::after, a container's :focus-within)?
        await A.focus.unfocused(i);
        A.focus.focused(i);
        r = await withShots(i, A.focus.viewportClip());
      }
    } else {
      r = await A.focus.measure(i);
    }
    if (r.trapped) {
      out.review.push({ tool: label, kind: 'focus could not be taken away (focus trap): not measured', message: r.element, targets: [r.element] });
    } else if (!r.pass && r.focused && r.focusVisible && r.uaDefault && !r.inArki) {
      out.review.push({ tool: label, kind: "browser's default focus indicator below 3:1 or 1 px (accepted for 2.4.7 by WCAG G165; not for Arki components)", message: describeFocus(r), targets: [r.element] });
    } else if (!r.pass) out.failures.push(describeFocus(r));
    else if (!r.stretch) out.review.push({ tool: label, kind: '2.4.13 focus appearance not met (AAA)', message: describeFocus(r), targets: [r.element] });
    if (r.pixels && r.pass !== r.stylePass) {
      out.review.push({ tool: label, kind: 'screenshot and computed-style measures disagree', message: describeFocus(r), targets: [r.element] });
    }
  }
  A.focus.blurAll();
  return out;
}

/** Boundary found in normal colours / in forced colours, per look (see `boundaryTargets`). */
const boundaryMemo = new Map<string, boolean>();

/**
 * 6. Forced colours (where the engine can emulate them): every element that shows a boundary
 * normally still shows one, and every focus indicator is still measurable, by screenshots.
 */
export async function forcedColorsCheck(root: Element): Promise<Outcome> {
  const A = await loadPageChecks();
  renderChanged();
  const out: Outcome = { failures: [], review: [] };
  /** Does element i show a boundary now? Measured by screenshot once per look. */
  const hasBoundary = async (i: number): Promise<boolean | string | null> => {
    const t = A.focus.boundaryTargets(i);
    if (t.isLink) return null;
    const known = boundaryMemo.get(t.signature);
    if (known !== undefined) return known;
    const shot = await screenshot(t.clip);
    if (!shot.supported) return shot.reason;
    const present = (await A.focus.boundaryOf(shot.png, { ...t.clip, clipped: shot.clipped }, t.boxes)).present;
    boundaryMemo.set(t.signature, present);
    return present;
  };
  const n = A.focus.prepare(root);
  const normal: (boolean | null)[] = [];
  for (let i = 0; i < n; i++) {
    const b = await hasBoundary(i);
    if (typeof b === 'string') return { ...out, skipped: b };
    normal.push(b);
  }
  const on = await setForcedColors(true);
  if (!on.supported) return { ...out, skipped: on.reason };
  try {
    A.focus.prepare(root);
    for (let i = 0; i < n; i++) {
      if (!normal[i]) continue;
      const forced = await hasBoundary(i);
      if (typeof forced === 'string') return { ...out, skipped: forced };
      if (!forced) out.failures.push(`${A.describe(A.focus.element(i))}: its boundary disappears in forced colours`);
    }
    const focus = await focusCheck(root, { screenshots: 'signature', label: 'forced-colors focus' });
    out.failures.push(...focus.failures.map((f) => `[forced colours] ${f}`));
    out.review.push(...focus.review);
  } finally {
    await setForcedColors(false);
  }
  return out;
}
