#!/usr/bin/env node
// arki-audit: open a page in a real browser and run Arki's accessibility checks on it: axe-core,
// IBM Equal Access, target size, reflow at 320 px, text spacing, focus visible, forced colours,
// and the Arki rules. Prints a report; exits 1 on violations (so it fits a CI pipeline).
// Exit codes: 0 no violations, 1 violations (or a check could not run), 2 usage or setup error.
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launch } from './lib/audit-browsers.mjs';
import { audit } from './lib/audit-run.mjs';
import { formatReport } from './lib/audit-format.mjs';

const CHECK_IDS = ['axe', 'ibm', 'target-size', 'reflow', 'text-spacing', 'focus', 'forced-colors', 'arki'];
const USAGE = `Usage: arki-audit <url | page.html> [options]

Opens the page in a real browser and checks it: axe-core (WCAG 2.2 A/AA, best practice,
target-size), IBM Equal Access (WCAG_2_2), target size measured, reflow at 320 CSS px, text
spacing (WCAG 1.4.12), focus visible (screenshots and computed styles), forced colours
(boundaries and focus; Chromium), and Arki rules (labels, error summary, help content,
hreflang on language links, lang on the page).

Options:
  --engine <name>    chromium (default), firefox or webkit
  --format <name>    text (default), json or html
  --out <file>       write the report to a file (the summary still goes to the terminal)
  --checks <list>    only these, comma separated: ${CHECK_IDS.join(', ')}
  --root <dir>       for a local file: the folder served as the site root (default: the current
                     folder when the file is inside it, else the file's folder)
  --width <px>       viewport width for the checks other than reflow (default 1280)
  -h, --help

Browsers: the system's Chromium, Firefox and WebKitGTK (CHROMIUM_PATH, FIREFOX_PATH,
WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH). Needs the packages playwright-core (chromium),
puppeteer-core (firefox), axe-core and accessibility-checker-engine.

Exit codes: 0 no violations, 1 violations or a check error, 2 usage or setup error.`;

function usage(message) {
  console.error(`arki-audit: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let opts;
try {
  opts = parseArgs({
    allowPositionals: true,
    options: {
      engine: { type: 'string', default: 'chromium' }, format: { type: 'string', default: 'text' }, out: { type: 'string' },
      checks: { type: 'string' }, root: { type: 'string' }, width: { type: 'string', default: '1280' }, help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  usage(e.message);
}
const { values, positionals } = opts;
if (values.help) { console.log(USAGE); process.exit(0); }
if (positionals.length !== 1) usage('give one URL or HTML file');
if (!['text', 'json', 'html'].includes(values.format)) usage(`unknown --format "${values.format}"`);
const only = values.checks ? values.checks.split(',').map((s) => s.trim()) : null;
for (const c of only ?? []) if (!CHECK_IDS.includes(c)) usage(`unknown check "${c}"`);
const width = Number(values.width);
if (!Number.isFinite(width) || width < 320) usage('--width must be a number ≥ 320');

const TYPES = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.woff2': 'font/woff2' };

/** A local page is served over http (module scripts do not load from file:). */
async function serve(root) {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(base, p.endsWith('/') ? `${p}index.html` : p);
    if (file !== base && !file.startsWith(base + path.sep)) return res.writeHead(403).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const target = positionals[0];
let url = target;
let server;
if (!/^https?:\/\//i.test(target)) {
  const file = path.resolve(target.startsWith('file:') ? new URL(target).pathname : target);
  if (!existsSync(file) || !statSync(file).isFile()) usage(`no such file: ${target}`);
  const cwd = process.cwd();
  const root = path.resolve(values.root ?? (file.startsWith(cwd + path.sep) ? cwd : path.dirname(file)));
  if (!file.startsWith(root + path.sep)) usage(`${target} is not inside --root ${root}`);
  server = await serve(root);
  url = `${server.origin}/${path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/')}`;
}

let driver;
let code = 0;
try {
  driver = await launch(values.engine, { width, height: 900 });
  const report = await audit(driver, url, { only, width, height: 900 });
  if (server) report.file = pathToFileURL(path.resolve(target)).href;
  const out = formatReport(report, values.format);
  if (values.out) {
    await writeFile(values.out, out);
    console.log(`arki-audit: ${report.violations} violation(s) in ${report.engine}; report written to ${values.out}`);
  } else process.stdout.write(out);
  code = report.violations || report.errors ? 1 : 0;
} catch (e) {
  console.error(`arki-audit: ${e.message}`);
  code = e.usage ? 2 : 1;
} finally {
  await driver?.close().catch(() => {});
  server?.close();
}
process.exit(code);
