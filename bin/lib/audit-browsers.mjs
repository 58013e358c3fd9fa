// Real browsers for arki-audit, each behind the same small driver interface:
//   chromium  playwright-core with the system Chromium (CHROMIUM_PATH) or Playwright's own
//   firefox   puppeteer-core over WebDriver BiDi with the system Firefox (FIREFOX_PATH); no geckodriver
//   webkit    WebKitWebDriver (WEBKIT_DRIVER_PATH) driving WebKitGTK's MiniBrowser, over plain
//             WebDriver HTTP (no client library); Xvfb is started when there is no DISPLAY
// Driver: { engine, version, goto(url), inject(scriptSource), evaluate(expression), screenshot(clip),
//           setViewport(w, h), forcedColors(on), pressShift(), close() }
// inject and evaluate run through the automation protocol, so the page's CSP does not block them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const first = (...paths) => paths.find((p) => p && existsSync(p));

export const browserPaths = {
  chromium: first(process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  firefox: first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'),
  webkit: first(process.env.WEBKIT_BROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'),
  webkitDriver: first(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'),
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A clear message for a missing optional peer dependency. */
async function need(pkg, engine) {
  try {
    return await import(pkg);
  } catch {
    throw Object.assign(new Error(`--engine ${engine} needs the package ${pkg}: npm install --save-dev ${pkg}`), { usage: true });
  }
}

async function chromiumDriver({ width, height }) {
  const { chromium } = await need('playwright-core', 'chromium');
  const browser = await chromium.launch({ executablePath: browserPaths.chromium, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  return {
    engine: 'chromium',
    version: `Chromium ${browser.version()}`,
    goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 60000 }),
    inject: (script) => page.evaluate(script),
    evaluate: (expression) => page.evaluate(expression),
    async screenshot(clip) {
      const png = await page.screenshot({ clip, scale: 'css', animations: 'disabled', caret: 'hide' });
      return { supported: true, png: png.toString('base64'), clipped: true };
    },
    async setViewport(w, h) { await page.setViewportSize({ width: w, height: h }); return { supported: true, method: 'viewport' }; },
    async forcedColors(on) { await page.emulateMedia({ forcedColors: on ? 'active' : 'none' }); return { supported: true }; },
    pressShift: () => page.keyboard.press('Shift'),
    close: () => browser.close(),
  };
}

async function firefoxDriver({ width, height }) {
  const puppeteer = (await need('puppeteer-core', 'firefox')).default;
  if (!browserPaths.firefox) throw Object.assign(new Error('Firefox not found: set FIREFOX_PATH'), { usage: true });
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: browserPaths.firefox, headless: true, defaultViewport: { width, height } });
  const page = await browser.newPage();
  return {
    engine: 'firefox',
    version: await browser.version(),
    goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 60000 }),
    inject: (script) => page.evaluate(script),
    evaluate: (expression) => page.evaluate(expression),
    async screenshot(clip) {
      return { supported: true, png: await page.screenshot({ clip, encoding: 'base64' }), clipped: true };
    },
    async setViewport(w, h) { await page.setViewport({ width: w, height: h }); return { supported: true, method: 'viewport' }; },
    async forcedColors(on) {
      try {
        const context = page.mainFrame().browsingContext;
        await context.userContext.browser.session.send('emulation.setForcedColorsModeThemeOverride', { theme: on ? 'dark' : null, contexts: [context.id] });
        return { supported: true };
      } catch (e) {
        return { supported: false, reason: `Firefox has no forced-colours emulation over WebDriver BiDi here (${String(e.message).split('\n')[0].slice(0, 120)})` };
      }
    },
    pressShift: () => page.keyboard.press('Shift'),
    close: () => browser.close(),
  };
}

const freePort = () => new Promise((r) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });

async function webkitDriver({ width, height }) {
  if (!browserPaths.webkitDriver || !browserPaths.webkit) throw Object.assign(new Error('WebKitWebDriver or MiniBrowser not found (Debian: apt-get install webkit2gtk-driver xvfb; or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH)'), { usage: true });
  const kids = [];
  const env = { ...process.env };
  if (!env.DISPLAY) {
    const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    kids.push(x);
    env.DISPLAY = `:${String(await new Promise((r, j) => { x.once('error', j); x.stdio[3].once('data', r); })).trim()}`;
  }
  const port = await freePort();
  kids.push(spawn(browserPaths.webkitDriver, [`--port=${port}`], { env, stdio: 'ignore' }));
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const json = await res.json();
    if (!res.ok || json.value?.error) throw new Error(`WebDriver ${path}: ${json.value?.message ?? res.status}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/status`)).ok) break; } catch { /* starting */ }
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const session = await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: browserPaths.webkit, args: ['--automation'] } } } });
  const s = `/session/${session.sessionId}`;
  await call('POST', `${s}/timeouts`, { script: 180000, pageLoad: 60000 });
  await call('POST', `${s}/window/rect`, { width, height }).catch(() => {});
  const stop = async () => { await call('DELETE', s).catch(() => {}); for (const k of kids) k.kill(); };
  return {
    engine: 'webkit',
    version: `WebKitGTK MiniBrowser (${session.capabilities?.browserVersion ?? 'unknown version'})`,
    goto: (url) => call('POST', `${s}/url`, { url }),
    // Classic WebDriver runs a script as a function body: globals must be set on globalThis.
    inject: (script) => call('POST', `${s}/execute/sync`, { script, args: [] }),
    async evaluate(expression) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${expression})).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String((e && e.stack) || e) }));`;
      const r = await call('POST', `${s}/execute/async`, { script, args: [] });
      if (r?.error) throw new Error(r.error);
      return r?.ok;
    },
    async screenshot() { return { supported: true, png: await call('GET', `${s}/screenshot`), clipped: false }; },
    async setViewport() { return { supported: false, reason: "WebKitGTK's window cannot be narrower than about 450 px: measured in a 320 px iframe instead" }; },
    async forcedColors() { return { supported: false, reason: 'WebDriver classic has no forced-colours emulation for WebKit' }; },
    pressShift: () => call('POST', `${s}/actions`, { actions: [{ type: 'key', id: 'kbd', actions: [{ type: 'keyDown', value: '\uE008' }, { type: 'keyUp', value: '\uE008' }] }] }),
    close: stop,
  };
}

export const engines = { chromium: chromiumDriver, firefox: firefoxDriver, webkit: webkitDriver };

/** Starts `engine` with a viewport of `width`×`height` CSS px. */
export async function launch(engine, { width = 1280, height = 900 } = {}) {
  const make = engines[engine];
  if (!make) throw Object.assign(new Error(`unknown engine "${engine}" (chromium, firefox or webkit)`), { usage: true });
  return make({ width, height });
}
