// Where the system browsers are. Overridable, so a developer laptop can point at its own.
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p)) ?? paths.find(Boolean);

export const browserPaths = {
  chromium: first(process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'),
  firefox: first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
  webkit: first(process.env.WEBKIT_BROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'),
  webkitDriver: first(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'),
  xvfb: first('/usr/bin/Xvfb'),
};

/** The Debian packages that provide each engine. */
export const aptPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};
