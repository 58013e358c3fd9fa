// Prints one plain closing line, "tests: N passed, N failed, N skipped", counted over every
// test in every browser, so CI and people read the same number. It also writes the counts and
// the time each test file took in each browser to reports/wtr-<name>.json, so scripts/test.mjs
// can add up several runner invocations and `npm run test:timings` can show where time goes.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, acc, path = []) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
    acc.ms += t.duration ?? 0;
    acc.tests?.push({ name: [...path, t.name].join(' › '), ms: t.duration ?? 0 });
  }
  for (const s of suite.suites ?? []) count(s, acc, [...path, s.name]);
  return acc;
}

export function summaryReporter({ name = process.env.ARKI_WTR_RUN ?? 'all' } = {}) {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      const files = [];
      const slowest = [];
      const groups = {};
      for (const s of sessions) {
        const one = count(s.testResults, { passed: 0, failed: 0, skipped: 0, ms: 0, tests: [] });
        slowest.push(...one.tests.map((t) => ({ browser: s.browser.name, test: t.name, seconds: +(t.ms / 1000).toFixed(2) })));
        // The story sweep's time per check ("axe", "IBM", "ARIA snapshot", or the describe block).
        for (const t of one.tests) {
          const [block, first] = t.name.split(' › ');
          const key = `${s.browser.name} | ${block}${/^(axe|IBM|ARIA snapshot)$/.test(first) ? ` › ${first}` : ''}`;
          groups[key] = (groups[key] ?? 0) + t.ms / 1000;
        }
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && s.errors?.length) one.failed += s.errors.length;
        acc.passed += one.passed; acc.failed += one.failed; acc.skipped += one.skipped;
        files.push({ browser: s.browser.name, file: s.testFile.replace(process.cwd() + '/', ''), seconds: +(one.ms / 1000).toFixed(1) });
      }
      files.sort((a, b) => b.seconds - a.seconds);
      slowest.sort((a, b) => b.seconds - a.seconds);
      mkdirSync('reports', { recursive: true });
      writeFileSync(`reports/wtr-${name}.json`, JSON.stringify({ ...acc, files, slowest: slowest.slice(0, 100), groups: Object.fromEntries(Object.entries(groups).filter(([, v]) => v >= 5).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, +v.toFixed(1)])) }, null, 2));
      last = acc;
    },
    stop() {
      // scripts/test.mjs prints the line itself from the file, as the very last line of npm test.
      if (last && !process.env.ARKI_SUMMARY_BY_CALLER) process.stdout.write(`\ntests: ${last.passed} passed, ${last.failed} failed, ${last.skipped} skipped\n`);
    },
  };
}
