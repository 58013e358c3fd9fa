// npm test: everything, in the order that fails fastest. Ends with the test runner's plain
// summary line ("tests: N passed, N failed, N skipped").
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { run, runAll } from './run.mjs';

const SUMMARY = 'reports/wtr-all.json'; // written by scripts/wtr-summary-reporter.mjs
const env = { ...process.env, CI: process.env.CI ?? '', ARKI_SUMMARY_BY_CALLER: '1', ARKI_WTR_RUN: 'all' };
const RUNNER = 'unit, keyboard and form tests, and accessibility checks 1–8 over every story, in Chromium, Firefox, WebKit';

/** The runner's counts as its reporter wrote them, printed as the last line of npm test. */
function summary(failure) {
  if (existsSync(SUMMARY)) {
    const { passed, failed, skipped } = JSON.parse(readFileSync(SUMMARY, 'utf8'));
    return `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  }
  // The runner stopped before it could count (killed or crashed), or a step before it failed.
  return `tests: 0 passed, 1 failed, 0 skipped (${failure})`;
}

function stop(code, failure) {
  console.log(`\n${summary(failure)}`);
  process.exit(code || 1);
}

/** One step with its output as it comes. */
async function step(title, cmd, args) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  try {
    await run(cmd, args, { env });
  } catch (e) {
    console.error(`\n✗ ${title} failed after ${((Date.now() - t) / 1000).toFixed(1)} s: ${e.message}`);
    stop(e.code, title === RUNNER ? `the runner stopped before it reported: ${e.message}` : `"${title}" failed, so the browser tests did not run`);
  }
  console.log(`✓ ${title} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

rmSync(SUMMARY, { force: true });
const started = Date.now();
await step('browsers', 'node', ['scripts/ensure-browsers.mjs']);
await step('build (tokens, themes, entries, bundle, types, manifest)', 'node', ['scripts/build.mjs']);
// Independent checks side by side (each is mostly one process on one core).
const failed = await runAll([
  ['typecheck (src, tests, stories)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['contrast of every brand × mode', 'node', ['scripts/contrast.mjs', '--quiet']],
  ['size budgets', 'node', ['scripts/size.mjs']],
  ['every component entry registers its element when bundled (package.json sideEffects)', 'node', ['scripts/side-effects.mjs']],
  ['accessibility pages up to date with their data', 'node', ['scripts/a11y-docs.mjs', '--check']],
  // Chromium here; `npm run test:audit` runs the same in Firefox and WebKit too (≈ 40 s).
  ['arki-audit from the packed tarball: broken page fails, good page passes (Chromium)', 'node', ['scripts/audit-smoke.mjs', '--engines', 'chromium']],
], { env });
if (failed.length) stop(failed[0].error.code, `${failed.map((f) => `"${f.title}"`).join(', ')} failed, so the browser tests did not run`);
await step(RUNNER, 'npx', ['web-test-runner']);
console.log(`\nnpm test took ${((Date.now() - started) / 60000).toFixed(1)} min`);
console.log(summary());
