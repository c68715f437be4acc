// Prints one plain closing line, "N passed, N failed, N skipped", plus a line per browser,
// so a reader (or CI) sees at a glance how many tests really ran in each engine.
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = new Map();
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const walk = suite => {
          for (const test of suite.tests) {
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else counts.failed++;
          }
          suite.suites.forEach(walk);
        };
        if (session.testResults) walk(session.testResults);
        // a file that failed to load or threw outside a test counts as one failure
        if (!session.passed && (session.errors?.length || !session.testResults)) counts.failed++;
        perBrowser.set(name, counts);
      }
      const lines = [];
      for (const [name, c] of perBrowser) {
        lines.push(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
        passed += c.passed;
        failed += c.failed;
        skipped += c.skipped;
      }
      lines.push(`${passed} passed, ${failed} failed, ${skipped} skipped`);
      // after the default reporter's dynamic output has settled
      process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
    },
  };
}
