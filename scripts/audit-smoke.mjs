// arki-audit from the packed tarball, as a municipality would run it: `npm pack`, install the
// tarball in a scratch folder with the CLI's peer dependencies (offline, from the npm cache the
// project was installed from), then audit a deliberately broken page (must exit 1 and name each
// problem) and a good page (must exit 0). Both pages load Arki from the installed bundle with no
// build step. Needs `npm run build` first (the tarball carries dist/).
//
// Usage: node scripts/audit-smoke.mjs [--engines chromium,firefox,webkit] [--package-dir .] [--keep]
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';

const run = promisify(execFile);
const { values } = parseArgs({ options: { engines: { type: 'string', default: 'chromium' }, 'package-dir': { type: 'string', default: '.' }, keep: { type: 'boolean' } } });
const engines = values.engines.split(',').map((s) => s.trim());
const pkgDir = path.resolve(values['package-dir']);
const repo = process.cwd();
const started = Date.now();
const step = (msg) => console.log(`audit-smoke: ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const failures = [];

/** Problems the broken page has, by the rule id that must name each (test/audit/broken.html). */
const EXPECTED_BROKEN = {
  axe: ['html-has-lang', 'label', 'target-size'],
  ibm: ['html_lang_exists', 'input_label_exists'],
  'target-size': ['target-size'],
  reflow: ['reflow'],
  'text-spacing': ['text-clipped'],
  focus: ['focus'],
  'forced-colors': ['forced-colors-boundary'], // where the engine can emulate forced colours
  arki: ['arki-control-label', 'arki-error-summary', 'arki-help-content', 'arki-hreflang', 'arki-page-lang'],
};

const pkg = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8'));
if (!existsSync(path.join(pkgDir, 'dist/arki.bundle.js'))) {
  console.error('audit-smoke: dist/arki.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}

const scratch = await mkdtemp(path.join(tmpdir(), 'arki-audit-smoke-'));
try {
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: pkgDir, maxBuffer: 64 * 1024 * 1024 });
  const packed = JSON.parse(stdout)[0];
  const files = new Set(packed.files.map((f) => f.path));
  step(`packed ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KB`);
  const missing = ['bin/arki-audit.mjs', 'bin/lib/audit-run.mjs', 'bin/lib/page-checks.js', 'dist/arki.bundle.js'].filter((f) => !files.has(f));
  if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}: package.json "files" must include "bin/"`);
  if (!pkg.bin?.['arki-audit']) throw new Error('package.json has no "bin": { "arki-audit": "bin/arki-audit.mjs" }');

  // The CLI's peer dependencies, at the versions this repository was tested with.
  const peers = ['axe-core', 'accessibility-checker-engine', ...(engines.includes('chromium') ? ['playwright-core'] : []), ...(engines.includes('firefox') ? ['puppeteer-core'] : [])];
  const versions = await Promise.all(peers.map(async (p) => `${p}@${JSON.parse(await readFile(path.join(repo, 'node_modules', p, 'package.json'), 'utf8')).version}`));
  await writeFile(path.join(scratch, 'package.json'), JSON.stringify({ name: 'arki-audit-smoke', private: true, type: 'module' }, null, 2));
  const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', `./${packed.filename}`, ...versions];
  try {
    await run('npm', install, { cwd: scratch, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    // Not everything in the cache: let npm fetch what is missing.
    await run('npm', install.map((a) => (a === '--offline' ? '--prefer-offline' : a)), { cwd: scratch, maxBuffer: 64 * 1024 * 1024 });
  }
  step(`installed the tarball and ${versions.join(', ')} in ${scratch}`);

  // The fixture pages, loading Arki from the installed package's bundle.
  await mkdir(path.join(scratch, 'pages'));
  for (const page of ['good.html', 'broken.html']) {
    const html = (await readFile(path.join(repo, 'test/audit', page), 'utf8')).replace('../../dist/arki.bundle.js', '../node_modules/@arki/ui/dist/arki.bundle.js');
    await writeFile(path.join(scratch, 'pages', page), html);
  }

  const audit = async (page, engine) => {
    const out = path.join(scratch, `${page}.${engine}.json`);
    let code = 0;
    try {
      await run('npx', ['--no-install', 'arki-audit', `pages/${page}`, '--engine', engine, '--format', 'json', '--out', out], { cwd: scratch, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      code = e.code ?? 1;
      if (code === 2) throw new Error(`arki-audit could not run: ${e.stderr || e.stdout}`);
    }
    return { code, report: JSON.parse(await readFile(out, 'utf8')) };
  };

  for (const engine of engines) {
    const bad = await audit('broken.html', engine);
    const seen = Object.fromEntries(bad.report.checks.map((c) => [c.id, new Set(c.violations.map((v) => v.rule))]));
    const skipped = new Set(bad.report.checks.filter((c) => c.status === 'skipped').map((c) => c.id));
    if (bad.code !== 1) failures.push(`${engine}: broken.html exited ${bad.code}, expected 1`);
    for (const [checkId, rules] of Object.entries(EXPECTED_BROKEN)) {
      if (skipped.has(checkId)) continue;
      for (const rule of rules) if (!seen[checkId]?.has(rule)) failures.push(`${engine}: broken.html: ${checkId} did not report ${rule}`);
    }
    const errors = bad.report.checks.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.note}`);
    if (errors.length) failures.push(`${engine}: check errors on broken.html: ${errors.join('; ')}`);
    step(`${engine}: broken.html → exit ${bad.code}, ${bad.report.violations} violations${skipped.size ? ` (skipped here: ${[...skipped].join(', ')})` : ''}`);

    const good = await audit('good.html', engine);
    if (good.code !== 0) {
      const found = good.report.checks.flatMap((c) => c.violations.map((v) => `${c.id}/${v.rule}: ${v.message}`));
      failures.push(`${engine}: good.html exited ${good.code}, expected 0: ${found.join('; ') || good.report.checks.filter((c) => c.status === 'error').map((c) => c.note).join('; ')}`);
    }
    step(`${engine}: good.html → exit ${good.code}, ${good.report.violations} violations`);
  }
} catch (e) {
  failures.push(e.message);
} finally {
  if (values.keep) console.log(`audit-smoke: kept ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}

for (const f of failures) console.error(`✗ ${f}`);
console.log(`audit-smoke: ${failures.length ? `${failures.length} failure(s)` : 'arki-audit from the tarball reports the broken page and passes the good one'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);
