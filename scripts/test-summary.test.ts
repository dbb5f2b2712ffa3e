import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest, summaryLine } from './test-summary.mjs';

describe('countVitest', () => {
  it('takes passed, failed and skipped counts from the report', () => {
    const report = { numPassedTests: 7, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1, success: false, testResults: [] };
    expect(countVitest(report, 1)).toMatchObject({ passed: 7, failed: 2, skipped: 2 });
  });

  it('counts a file that failed before any test ran as one failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      success: false,
      testResults: [{ name: '/x/broken.test.ts', status: 'failed' as const, message: 'SyntaxError: oops', assertionResults: [] }],
    };
    const counts = countVitest(report, 1);
    expect(counts).toMatchObject({ passed: 3, failed: 1 });
    expect(counts.notes[0]).toContain('SyntaxError: oops');
  });

  it('counts an unexplained non-zero exit as one failure', () => {
    expect(countVitest({ numPassedTests: 4, numFailedTests: 0, success: true, testResults: [] }, 1).failed).toBe(1);
  });

  it('counts a missing report as one failure', () => {
    expect(countVitest(null, 0)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe('countPlaywright', () => {
  it('counts expected and flaky as passed, unexpected as failed', () => {
    const report = { stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 2 }, errors: [] };
    expect(countPlaywright(report, 1)).toMatchObject({ passed: 6, failed: 1, skipped: 2 });
  });

  it('counts errors outside tests (web server did not start) as one failure', () => {
    const report = { stats: { expected: 0, unexpected: 0 }, errors: [{ message: '\u001b[31mError: Timed out waiting for web server\u001b[39m' }] };
    const counts = countPlaywright(report, 1);
    expect(counts.failed).toBe(1);
    expect(counts.notes[0]).toContain('Error: Timed out waiting for web server');
  });

  it('counts a missing report as one failure', () => {
    expect(countPlaywright(null, 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe('summaryLine', () => {
  it('sums every runner into the line CI reads', () => {
    expect(summaryLine([{ passed: 3, failed: 0 }, { passed: 2, failed: 1 }])).toBe('tests: 5 passed, 1 failed');
  });
});
