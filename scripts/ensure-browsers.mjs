// Finds the system browsers the test runner drives. When one is missing it installs the
// Debian packages (as root, the way .ci/run does), or prints exactly what to do.
// Nothing is ever downloaded by a test tool itself.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { browserPaths, aptPackages } from './browser-paths.mjs';

const want = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const needs = {
  chromium: [browserPaths.chromium],
  firefox: [browserPaths.firefox],
  webkit: [browserPaths.webkit, browserPaths.webkitDriver, process.env.DISPLAY ? null : browserPaths.xvfb].filter((p) => p !== null),
};

const missingEngines = () => want.filter((e) => (needs[e] ?? []).some((p) => !p || !existsSync(p)));
let missing = missingEngines();
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((e) => aptPackages[e]))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (isRoot && hasApt && process.env.ARKI_NO_INSTALL !== '1') {
  console.log(`ensure-browsers: installing ${packages.join(' ')} with apt-get (missing: ${missing.join(', ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  // Re-evaluate the candidate paths now that packages exist.
  const fresh = await import(`./browser-paths.mjs?after-install=${Date.now()}`);
  Object.assign(browserPaths, fresh.browserPaths);
  needs.chromium = [browserPaths.chromium];
  needs.firefox = [browserPaths.firefox];
  missing = missingEngines();
  if (missing.length === 0) process.exit(0);
}

console.error(`
The tests run in real browsers, and these were not found: ${missing.join(', ')}.

On Debian or Ubuntu, install the system browsers (tests never download their own):
    sudo apt-get install -y ${packages.join(' ')}

Or point the tests at browsers you already have:
    CHROMIUM_PATH=/path/to/chrome  FIREFOX_PATH=/path/to/firefox  WEBKIT_BROWSER_PATH=/path/to/MiniBrowser
Or run fewer engines:
    BROWSERS=chromium npm test
`);
process.exit(1);
