// `npm test`: every check in order — type-check, lint, unit tests, end-to-end tests — then one closing line,
// `tests: N passed, N failed`, computed from the runners' JSON reports (CI reads that line). A failing step does not
// stop the later ones, so one run shows everything that is wrong. Exits non-zero if anything failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './helpers.mjs';
import { countPlaywright, countVitest, summaryLine } from './test-summary.mjs';

const reports = join(root, 'reports');
const unitReport = join(reports, 'unit.json');
const e2eReport = join(reports, 'e2e.json');
mkdirSync(reports, { recursive: true });
// Reports from an earlier run must never be counted as this run's.
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

const steps = [];

async function step(name, command, args) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const code = await run(command, args);
  const seconds = (Date.now() - started) / 1000;
  steps.push({ name, code, seconds });
  console.log(`=== ${name}: ${code === 0 ? 'ok' : `failed (exit code ${code})`} in ${seconds.toFixed(1)} s`);
  return code;
}

function readReport(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`could not read ${path}: ${error.message}`);
    return null;
  }
}

const typecheck = await step('typecheck', 'tsc', ['--noEmit']);
const lint = await step('lint', 'eslint', ['.', '--max-warnings=0']);
const unit = await step('unit', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitReport}`,
]);
const e2e = await step('e2e', process.execPath, [join(root, 'scripts', 'e2e.mjs')]);

const counts = [
  { name: 'typecheck', passed: 0, failed: typecheck === 0 ? 0 : 1, skipped: 0, notes: [] },
  { name: 'lint', passed: 0, failed: lint === 0 ? 0 : 1, skipped: 0, notes: [] },
  { name: 'unit', ...countVitest(readReport(unitReport), unit) },
  { name: 'e2e', ...countPlaywright(readReport(e2eReport), e2e) },
];

console.log('\n=== summary');
for (const { name, code, seconds } of steps) {
  const count = counts.find((c) => c.name === name);
  const tally = name === 'unit' || name === 'e2e' ? `${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped` : '';
  console.log(`${name.padEnd(10)} ${(code === 0 ? 'ok' : 'FAILED').padEnd(7)} ${seconds.toFixed(1).padStart(6)} s  ${tally}`);
}
for (const note of counts.flatMap((c) => c.notes)) console.log(`  ${note}`);

const failed = counts.some((c) => c.failed > 0) || steps.some((s) => s.code !== 0);
console.log(summaryLine(counts));
process.exit(failed ? 1 : 0);
