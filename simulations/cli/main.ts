/** `npm run sim -- <file.json> [--seed N] [--duration-ms N] [--warmup-ms N] [--json]` */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runScenario, validateScenario, withPerf } from '../index';
import { parseArgs } from './args';
import { formatReport } from './format';

const MAX_BYTES = 5 * 1024 * 1024;

function fail(message: string, code: number): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(code);
}

const args = parseArgs(process.argv.slice(2));
if ('error' in args) fail(args.error, 2);

let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (e) {
  fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
}
if (Buffer.byteLength(text) > MAX_BYTES) fail(`${args.file} is larger than ${MAX_BYTES / 1024 / 1024} MB; a scenario is a few kB`, 2);

let json: unknown;
try {
  json = JSON.parse(text);
} catch (e) {
  fail(`${args.file} is not valid JSON: ${(e as Error).message}`, 2);
}

const v = validateScenario(json);
if (!v.ok) fail(`${args.file} is not a valid scenario:\n${v.errors.map((e) => `  ${e.path || '(scenario)'}: ${e.message}`).join('\n')}`, 2);
if (args.warmupMs !== undefined && args.warmupMs >= (args.durationMs ?? v.scenario.run.durationMs)) fail('--warmup-ms must be less than the duration', 2);
for (const w of v.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);

const t0 = performance.now();
const report = withPerf(runScenario(v.scenario, { seed: args.seed, durationMs: args.durationMs, warmupMs: args.warmupMs }), performance.now() - t0);
process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
