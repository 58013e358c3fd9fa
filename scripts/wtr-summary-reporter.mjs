// Prints one plain closing line, "tests: N passed, N failed, N skipped", counted over every
// test in every browser, so CI and people read the same number.
function count(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter() {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && s.errors?.length) acc.failed += s.errors.length;
      }
      last = acc;
    },
    stop() {
      if (last) process.stdout.write(`\ntests: ${last.passed} passed, ${last.failed} failed, ${last.skipped} skipped\n`);
    },
  };
}
