// npm run bench: 500 labelled <arki-text-field> against 500 native labelled inputs (and a bare
// form-associated Lit element with the same markup, for scale), in system Chromium through
// playwright-core.
// Runs alternate between the kinds in fresh pages; medians and ratios are printed. Nothing is
// asserted: the figures go in the README. Options: --fields=500 --runs=7.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserPaths } from './browser-paths.mjs';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const FIELDS = arg('fields', 500);
const RUNS = arg('runs', 7);
const FORMDATA_REPS = 40;
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// Production build of the sources, as a page would ship them (Lit's production code, minified).
const bundle = (
  await build({
    entryPoints: [here('./bench/entry.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    tsconfig: here('../tsconfig.json'),
    logLevel: 'error',
  })
).outputFiles[0].text.replaceAll('</script', '<\\/script'); // inlined below
const pageScript = await readFile(here('./bench/page.js'), 'utf8');
const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Arki bench</title></head>
<body><script>${bundle}</script><script>${pageScript}</script></body></html>`;

if (!browserPaths.chromium || !existsSync(browserPaths.chromium)) {
  console.error('bench: no Chromium found. Install the Debian package "chromium" or set CHROMIUM_PATH.');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--headless', '--disable-background-networking'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const browserCdp = await browser.newBrowserCDPSession();

/**
 * CPU time of the renderers' main threads, in ms (Linux /proc; null elsewhere). On a shared
 * machine wall time includes waiting for a core; this does not, so it is the steadier figure.
 */
async function rendererCpu() {
  try {
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    let ns = 0;
    for (const p of processInfo) if (p.type === 'renderer') ns += Number(readFileSync(`/proc/${p.id}/task/${p.id}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return null;
  }
}

async function measure(kind) {
  const page = await context.newPage();
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(html);
    if (errors.length) throw new Error(`the bench page failed: ${errors.join('; ')}`);
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    const cpuBefore = await rendererCpu();
    const time = await page.evaluate(([k, n]) => window.benchRender(k, n), [kind, FIELDS]);
    const cpuAfter = await rendererCpu();
    const heapDelta = (await heap()) - before;
    const formData = await page.evaluate(([k, r]) => window.benchFormData(k, r), [kind, FORMDATA_REPS]);
    const cpu = cpuBefore == null || cpuAfter == null ? NaN : cpuAfter - cpuBefore;
    return { time, cpu, heap: heapDelta, formData };
  } finally {
    await page.close();
  }
}

const kinds = ['native', 'arki', 'lit'];
const results = Object.fromEntries(kinds.map((k) => [k, []]));
await measure('arki'); // warm-up: the first page pays for the browser's own start-up
for (let run = 0; run < RUNS; run++) {
  // Alternate the order so that neither kind always runs on a warmer browser.
  const order = run % 2 === 0 ? kinds : [...kinds].reverse();
  for (const kind of order) results[kind].push(await measure(kind));
  process.stdout.write(`run ${run + 1}/${RUNS}\r`);
}
const version = browser.version();
await browser.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const med = (kind, key) => median(results[kind].map((r) => r[key]));
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;
const us = (x) => `${(x * 1000).toFixed(0)} µs`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const rows = [
  ['time to rendered (wall)', ms(med('native', 'time')), ms(med('arki', 'time')), ratio(med('arki', 'time'), med('native', 'time')), ms(med('lit', 'time')), ratio(med('lit', 'time'), med('native', 'time'))],
  ['main-thread CPU to rendered', ms(med('native', 'cpu')), ms(med('arki', 'cpu')), ratio(med('arki', 'cpu'), med('native', 'cpu')), ms(med('lit', 'cpu')), ratio(med('lit', 'cpu'), med('native', 'cpu'))],
  ['JS heap (after GC)', mb(med('native', 'heap')), mb(med('arki', 'heap')), ratio(med('arki', 'heap'), Math.max(med('native', 'heap'), 1)), mb(med('lit', 'heap')), ratio(med('lit', 'heap'), Math.max(med('native', 'heap'), 1))],
  ['FormData build', us(med('native', 'formData')), us(med('arki', 'formData')), ratio(med('arki', 'formData'), med('native', 'formData')), us(med('lit', 'formData')), ratio(med('lit', 'formData'), med('native', 'formData'))],
];
const head = ['', `native ×${FIELDS}`, `arki-text-field ×${FIELDS}`, 'arki/native', 'bare Lit FACE', 'Lit/native'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(`\nChromium ${version}, ${FIELDS} labelled fields, median of ${RUNS} runs each (alternating, fresh page per run)\n`);
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(`\nTargets: arki ≤ 5× native time to rendered; FormData no slower than native.`);
console.log(`CPU raw (ms): native ${results.native.map((r) => r.cpu.toFixed(0)).join(' ')} | arki ${results.arki.map((r) => r.cpu.toFixed(0)).join(' ')} | lit ${results.lit.map((r) => r.cpu.toFixed(0)).join(' ')}`);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`Load average during the run: ${load} (wall times on a busy machine include waiting for a core).`);
console.log(`wall raw (ms): native ${results.native.map((r) => r.time.toFixed(0)).join(' ')} | arki ${results.arki.map((r) => r.time.toFixed(0)).join(' ')} | lit ${results.lit.map((r) => r.time.toFixed(0)).join(' ')}`);
