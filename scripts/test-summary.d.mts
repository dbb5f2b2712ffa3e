// Types for scripts/test-summary.mjs, so its TypeScript test type-checks (allowJs is off).
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
}

export interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  success?: boolean;
  testResults?: { name: string; status: 'passed' | 'failed'; message: string; assertionResults: { status: string }[] }[];
}

export interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: { message?: string }[];
}

export function countVitest(report: VitestReport | null, exitCode: number): Counts;
export function countPlaywright(report: PlaywrightReport | null, exitCode: number): Counts;
export function summaryLine(counts: Pick<Counts, 'passed' | 'failed'>[]): string;
