// Turns the runners' JSON reports into pass/fail counts for the final `tests: N passed, N failed` line.
// Pure functions (no file access) so they can be unit-tested; scripts/test-all.mjs reads the files.

/**
 * Counts from a vitest JSON report (`--reporter=json`). A test file that fails before any test runs (a syntax error,
 * a throwing import) has no failed tests, so it counts as one failure; so does a non-zero exit that the report does
 * not explain (an unhandled error).
 */
export function countVitest(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, notes: ['unit: reports/unit.json is missing'] };
  const notes = [];
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      failed += 1;
      notes.push(`unit: ${file.name} failed outside any test: ${firstLine(file.message)}`);
    }
  }
  if (failed === 0 && (exitCode !== 0 || report.success === false)) {
    failed = 1;
    notes.push(`unit: vitest exited with code ${exitCode} without a failing test (see its output above)`);
  }
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return { passed: report.numPassedTests ?? 0, failed, skipped, notes };
}

/**
 * Counts from a Playwright JSON report. `flaky` (passed on a retry) counts as passed; errors outside tests (the web
 * server did not start, a spec did not load) and an unexplained non-zero exit count as one failure.
 */
export function countPlaywright(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, notes: ['e2e: reports/e2e.json is missing'] };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const notes = [];
  let failed = unexpected;
  const errors = report.errors ?? [];
  if (errors.length > 0) {
    failed += 1;
    notes.push(`e2e: ${errors.length} error(s) outside tests, first: ${firstLine(errors[0].message)}`);
  } else if (failed === 0 && exitCode !== 0) {
    failed = 1;
    notes.push(`e2e: playwright exited with code ${exitCode} without a failing test (see its output above)`);
  }
  return { passed: expected + flaky, failed, skipped, notes };
}

/** The closing line CI looks for. */
export function summaryLine(counts) {
  const passed = counts.reduce((sum, count) => sum + count.passed, 0);
  const failed = counts.reduce((sum, count) => sum + count.failed, 0);
  return `tests: ${passed} passed, ${failed} failed`;
}

function firstLine(text) {
  // eslint-disable-next-line no-control-regex -- strip ANSI colour codes from runner messages
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').find((line) => line.trim() !== '')?.trim() ?? '(no message)';
}
