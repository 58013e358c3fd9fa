// Server side of the accessibility sweep in web-test-runner. Browser code cannot switch forced
// colours, take screenshots, read the environment or write files, so the tests ask for it here
// with `executeServerCommand('arki-a11y:<name>', payload)` (see test/a11y/server.ts). (The 320 px
// viewport comes from @web/test-runner-commands' setViewport, or an iframe in WebKit.)
//
//   media       {forcedColors}           forced-colours emulation where the engine has one
//   screenshot  {x, y, width, height}    PNG (base64) of a CSS-px area of the viewport
//   record      {entries}                "needs review" results (axe incomplete, IBM potential, ...)
//   flush       {}                       write reports/a11y-review.json, return the counts
//   clock       {time}                   fixes Date in the page (Chromium), so snapshots do not depend on the day
//   aria        {id, label, dry}         Playwright ARIA snapshot of #storybook-root (Chromium), compared
//                                        with test/aria-snapshots/ (scripts/aria-snapshot-store.mjs)
//   aria-flush  {complete}               writes new (or, with ARKI_ARIA_UPDATE=1, changed) snapshots;
//                                        returns snapshots of stories that no longer exist
//   config      {}                       ARKI_STORIES (a regex over story ids), ARKI_A11Y_MODES,
//                                        ARKI_A11Y_IBM_MODES, ARKI_A11Y_SCREENSHOT_MODES, ARKI_A11Y_FOCUS_MODES,
//                                        ARKI_A11Y_LOCALES
//
// Every command answers `{ supported: false, reason }` rather than throwing when an engine cannot
// do it, so a test can say which check it skipped and why instead of passing silently.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ariaStore } from './aria-snapshot-store.mjs';

const REPORT = process.env.ARKI_A11Y_REPORT ?? 'reports/a11y-review.json';

/** Firefox over WebDriver BiDi: the emulation module has forced colours; Puppeteer has no API for it yet. */
async function bidiForcedColors(page, active) {
  const context = page.mainFrame().browsingContext;
  await context.userContext.browser.session.send('emulation.setForcedColorsModeThemeOverride', {
    theme: active ? 'dark' : null,
    contexts: [context.id],
  });
}

export function a11yPlugin() {
  /** @type {Map<string, object[]>} engine → entries recorded in this run */
  const review = new Map();
  const aria = ariaStore({ update: process.env.ARKI_ARIA_UPDATE === '1', strict: !!process.env.CI && process.env.ARKI_ARIA_UPDATE !== '1' });
  const counts = (entries) => entries.reduce((acc, e) => ((acc[`${e.tool} ${e.kind}`] = (acc[`${e.tool} ${e.kind}`] ?? 0) + 1), acc), {});

  function flush() {
    let previous = {};
    try { previous = JSON.parse(readFileSync(REPORT, 'utf8')).engines ?? {}; } catch { /* first run */ }
    const engines = { ...previous };
    for (const [engine, entries] of review) engines[engine] = { generatedAt: new Date().toISOString(), counts: counts(entries), entries };
    mkdirSync(path.dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify({
      about: 'Results that need a person to review: axe "incomplete", IBM Equal Access "potential" and "manual", and the stretch criteria (2.4.13) measured by the Arki story sweep. Not failures; not ignored either.',
      engines,
    }, null, 1)}\n`);
    return { file: REPORT, counts: Object.fromEntries([...review].map(([e, entries]) => [e, counts(entries)])) };
  }

  return {
    name: 'arki-a11y',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('arki-a11y:')) return undefined;
      const name = command.slice('arki-a11y:'.length);
      const browser = session.browser;
      const engine = browser.name?.toLowerCase() ?? 'unknown';

      if (name === 'record') {
        if (!review.has(engine)) review.set(engine, []);
        review.get(engine).push(...(payload?.entries ?? []));
        return true;
      }
      if (name === 'flush') return flush();
      if (name === 'config') {
        // Environment knobs for the browser side (which cannot read the environment).
        return {
          stories: process.env.ARKI_STORIES ?? '',
          modes: process.env.ARKI_A11Y_MODES ?? '',
          ibmModes: process.env.ARKI_A11Y_IBM_MODES ?? '',
          screenshotModes: process.env.ARKI_A11Y_SCREENSHOT_MODES ?? '',
          focusModes: process.env.ARKI_A11Y_FOCUS_MODES ?? '',
          locales: process.env.ARKI_A11Y_LOCALES ?? '',
        };
      }

      if (name === 'clock' || name === 'aria') {
        if (browser.type !== 'playwright') return { supported: false, reason: `${engine}: needs Playwright (Chromium here)` };
        const page = browser.getPage(session.id);
        if (name === 'clock') {
          await page.clock.setFixedTime(new Date(payload.time));
          return { supported: true };
        }
        const snapshot = await page.locator('#storybook-root').ariaSnapshot({ timeout: 10000 });
        return { supported: true, ...aria.check(payload.id, payload.label, snapshot, { record: !payload.dry }) };
      }
      if (name === 'aria-flush') return aria.flush({ complete: !!payload?.complete && !process.env.ARKI_STORIES });

      if (name === 'media') {
        const active = !!payload?.forcedColors;
        if (browser.type === 'playwright') {
          await browser.getPage(session.id).emulateMedia({ forcedColors: active ? 'active' : 'none' });
          return { supported: true, method: 'playwright emulateMedia' };
        }
        if (browser.type === 'puppeteer') {
          try {
            await bidiForcedColors(browser.getPage(session.id), active);
            return { supported: true, method: 'BiDi emulation.setForcedColorsModeThemeOverride' };
          } catch (e) {
            return { supported: false, reason: `Firefox: ${String(e.message ?? e).split('\n')[0]}` };
          }
        }
        return { supported: false, reason: `${engine}: WebDriver classic has no forced-colours emulation` };
      }

      if (name === 'screenshot') {
        const clip = { x: payload.x, y: payload.y, width: payload.width, height: payload.height };
        if (browser.type === 'playwright') {
          const png = await browser.getPage(session.id).screenshot({ clip, scale: 'css', animations: 'disabled', caret: 'hide' });
          return { supported: true, png: png.toString('base64'), clipped: true };
        }
        if (browser.type === 'puppeteer') {
          const png = await browser.getPage(session.id).screenshot({ clip, encoding: 'base64' });
          return { supported: true, png, clipped: true };
        }
        if (browser.type === 'webdriver' && browser.driver) {
          // The whole viewport; the page crops it (it knows devicePixelRatio).
          return { supported: true, png: await browser.driver.takeScreenshot(), clipped: false };
        }
        return { supported: false, reason: `no screenshots for ${browser.type}` };
      }
      return undefined;
    },
  };
}
