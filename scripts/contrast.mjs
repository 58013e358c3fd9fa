#!/usr/bin/env node
// npm run contrast: every semantic pair in src/theme/contrast-pairs.js for every brand x mode.
//
//   node scripts/contrast.mjs            table + summary; writes docs/contrast-report.md and
//                                        dist/tokens/contrast-report.json
//   node scripts/contrast.mjs --quiet    summary and failures only (npm test)
//   node scripts/contrast.mjs --check f.json [...]
//                                        check resolved theme files instead (dist/themes/*.json,
//                                        or the <name>.tokens.json the arki-theme CLI writes);
//                                        writes no reports
//
// Exits 1 naming pair, brand, mode and ratio on any shortfall, and when generated files are stale
// (src/generated/token-sources.js, dist/themes/*.json) so that what is checked is what ships.
// It also checks itself: the deliberately bad test/theme/fixtures/bad-yellow.tokens.json must fail.

import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { checkTheme, describeFailure } from '../src/theme/contrast-pairs.js';
import { MODES } from '../src/theme/css.js';
import { contrastMarkdown, contrastReportJson, contrastTable } from '../src/theme/report.js';
import { ROOT, TOKEN_SOURCES, deriveAll, loadSources, renderTokenSources } from './build-tokens.mjs';

const { values } = parseArgs({
  options: { quiet: { type: 'boolean', default: false }, check: { type: 'string', multiple: true } },
});
const rel = (p) => path.join(ROOT, p);
const problems = [];

/** Resolved theme JSON ({ name, modes: { light: { "--arki-color-text": "#..." } } }) -> checkTheme input. */
function fromResolved(json, file) {
  if (!json?.modes) throw new Error(`${file}: not a resolved theme (expected { name, modes: { light, dark, contrast } })`);
  const strip = (o) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k.replace(/^--arki-/, ''), String(v)]));
  return { name: json.name ?? path.basename(file, '.json'), modes: Object.fromEntries(MODES.map((m) => [m, strip(json.modes[m])])) };
}

let themes;
if (values.check?.length) {
  themes = [];
  for (const file of values.check) {
    const t = fromResolved(JSON.parse(await readFile(file, 'utf8')), file);
    themes.push({ name: t.name, ...checkTheme(t), adjustments: [] });
  }
} else {
  const sources = await loadSources();
  const mirror = await readFile(rel(TOKEN_SOURCES), 'utf8').catch(() => null);
  if (mirror !== null && mirror !== renderTokenSources(sources)) {
    problems.push(`${TOKEN_SOURCES} is stale (tokens/**/*.json changed), so browser tests and buildTheme() see old tokens: run npm run build:tokens`);
  }
  const derived = deriveAll(sources);
  themes = derived.map((t) => ({ name: t.name, results: t.results, failures: t.failures, adjustments: t.derived.adjustments }));
  // What ships must be what was checked.
  for (const t of derived) {
    const file = rel(`dist/themes/${t.name}.json`);
    if (!existsSync(file)) continue;
    const shipped = fromResolved(JSON.parse(await readFile(file, 'utf8')), file);
    for (const mode of MODES) {
      for (const [key, value] of Object.entries(t.colors[mode])) {
        if (shipped.modes[mode][key] !== value) {
          problems.push(`dist/themes/${t.name}.json is stale (${mode} --arki-${key} ${shipped.modes[mode][key]} ≠ ${value}): run npm run build:tokens`);
          break;
        }
      }
    }
  }
  // A check that cannot fail is no check: the known-bad fixture must be rejected, by name.
  const fixture = rel('test/theme/fixtures/bad-yellow.tokens.json');
  if (existsSync(fixture)) {
    const bad = checkTheme(fromResolved(JSON.parse(await readFile(fixture, 'utf8')), fixture));
    const caught = bad.failures.some((f) => f.mode === 'light' && f.fg === 'color-action-on-primary' && f.bg === 'color-action-primary');
    if (!caught) problems.push('self-check: white text on #ffff66 (test/theme/fixtures/bad-yellow.tokens.json) was not rejected');
  }
}

const input = themes.map((t) => ({ name: t.name, results: t.results, adjustments: t.adjustments }));
const failures = themes.flatMap((t) => t.failures);
const total = themes.reduce((n, t) => n + t.results.length, 0);

if (!values.quiet) console.log(`${contrastTable(input)}\n`);
if (!values.check?.length) {
  await writeFile(rel('docs/contrast-report.md'), contrastMarkdown(input));
  await mkdir(rel('dist/tokens'), { recursive: true });
  await writeFile(rel('dist/tokens/contrast-report.json'), `${JSON.stringify(contrastReportJson(input), null, 2)}\n`);
  if (!values.quiet) console.log('wrote docs/contrast-report.md, dist/tokens/contrast-report.json');
}
for (const f of failures) console.error(`contrast FAIL ${describeFailure(f)}`);
for (const p of problems) console.error(`contrast: ${p}`);
console.log(
  `contrast: ${total - failures.length}/${total} pairs pass across ${themes.length} brand(s) × ${MODES.length} modes` +
    (failures.length ? `; ${failures.length} FAIL` : ''),
);
if (failures.length || problems.length) process.exitCode = 1;
