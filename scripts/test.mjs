// npm test: everything, in the order that fails fastest. Ends with the test runner's plain
// summary line ("tests: N passed, N failed, N skipped").
import { run } from './run.mjs';

const steps = [
  ['browsers', 'node', ['scripts/ensure-browsers.mjs']],
  ['build (tokens, themes, entries, bundle, types, manifest)', 'node', ['scripts/build.mjs']],
  ['typecheck (src, tests, stories)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['contrast of every brand × mode', 'node', ['scripts/contrast.mjs', '--quiet']],
  ['size budgets', 'node', ['scripts/size.mjs']],
  ['accessibility pages up to date with their data', 'node', ['scripts/a11y-docs.mjs', '--check']],
  // Chromium here; `npm run test:audit` runs the same in Firefox and WebKit too (≈ 40 s).
  ['arki-audit from the packed tarball: broken page fails, good page passes (Chromium)', 'node', ['scripts/audit-smoke.mjs', '--engines', 'chromium']],
  ['unit, keyboard and form tests, and accessibility checks 1–8 over every story, in Chromium, Firefox, WebKit', 'npx', ['web-test-runner']],
];

for (const [title, cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  try {
    await run(cmd, args, { env: { ...process.env, CI: process.env.CI ?? '' } });
  } catch (e) {
    console.error(`\n✗ ${title} failed after ${((Date.now() - t) / 1000).toFixed(1)} s`);
    console.log(`\nchecks: 0 passed, 1 failed`);
    process.exit(e.code || 1);
  }
  // The runner's summary line must stay the last line printed.
  if (title !== steps.at(-1)[0]) console.log(`✓ ${title} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
