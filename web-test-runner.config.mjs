// Unit, keyboard, form and accessibility tests in real Chromium, Firefox and WebKit.
// Browser binaries come from the system (see scripts/ensure-browsers.mjs); nothing is downloaded.
// BROWSERS=chromium,firefox,webkit (default: all three). Paths: CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_BROWSER_PATH.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readdirSync, writeSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { browserPaths } from './scripts/browser-paths.mjs';
import { a11yPlugin } from './scripts/a11y-wtr-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

const want = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const kids = [];
const killAll = () => kids.forEach((k) => k.kill());
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { say(`web-test-runner: ${sig}, stopping`); killAll(); process.exit(1); });
// Straight to stderr: the runner buffers console output and can exit before it flushes it, which
// once made a run end with exit 1 and no word why.
function say(text) { writeSync(2, `\n${text}\n`); }
process.on('uncaughtException', (e) => say(`web-test-runner: uncaught exception (the runner stops): ${e?.stack ?? e}`));
// A promise a browser driver rejects while its browser shuts down (seen at the end of long runs)
// must not abort the run before it reports: log it loudly instead. Test results never travel this
// way; they come back through the test sessions.
process.on('unhandledRejection', (e) => say(`web-test-runner: unhandled promise rejection (logged, run continues): ${e?.stack ?? e}`));

async function freePort() {
  return new Promise((r) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
}

/** Xvfb (when there is no display) and WebKitWebDriver on a free port. */
async function startWebKitDriver() {
  const env = { ...process.env };
  if (!env.DISPLAY) {
    const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    kids.push(x);
    env.DISPLAY = ':' + String(await new Promise((r) => x.stdio[3].once('data', r))).trim();
  }
  const port = await freePort();
  kids.push(spawn(browserPaths.webkitDriver, [`--port=${port}`], { env, stdio: 'ignore' }));
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const browsers = [];
if (want.includes('chromium')) browsers.push(playwrightLauncher({
  product: 'chromium',
  launchOptions: { executablePath: browserPaths.chromium, headless: true, args: ['--headless', ...chromiumArgs] },
}));
if (want.includes('firefox')) browsers.push(chromeLauncher({
  puppeteer: puppeteerCore, // WebDriver BiDi: no geckodriver, nothing downloaded
  launchOptions: { browser: 'firefox', executablePath: browserPaths.firefox, headless: true },
}));
if (want.includes('webkit')) browsers.push(webdriverLauncher({
  hostname: '127.0.0.1', port: await startWebKitDriver(), path: '/', logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true, // else "Failed to match capabilities"
    'webkitgtk:browserOptions': { binary: browserPaths.webkit, args: ['--automation'] },
  },
}));

/** Serves `/__arki/stories.js`: every story module, so the story sweep needs no list kept by hand. */
function storiesIndexPlugin() {
  return {
    name: 'arki-stories-index',
    serve(context) {
      if (context.path !== '/__arki/stories.js') return undefined;
      const files = readdirSync('stories', { recursive: true }).map(String).filter((f) => f.endsWith('.stories.ts')).sort();
      const body = `export default {\n${files.map((f) => `  ${JSON.stringify(f)}: () => import('/stories/${f}'),`).join('\n')}\n};\n`;
      return { body, type: 'js' };
    },
  };
}

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1), // one page per browser: focus tests need a focused window
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [storiesIndexPlugin(), a11yPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode') && !String(args[0]).startsWith('[arki]'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
  browsers,
};
