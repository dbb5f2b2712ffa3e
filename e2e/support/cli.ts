/**
 * The command line's side of "the browser's numbers equal the CLI's": the same engine, run in the
 * test's Node process exactly as `npm run sim` runs it.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, runScenario, type Report } from '../../simulations/index';

const EXAMPLES = new URL('../../simulations/examples/', import.meta.url);

/** An example scenario from simulations/examples, with the run settings overridden. */
export function example(file: string, run: Record<string, number> = {}): Record<string, unknown> {
  const scenario = JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as { run?: Record<string, number> };
  return { ...scenario, run: { ...scenario.run, ...run } };
}

/** What `npm run sim -- <file> --seed <seed> --json` prints for this scenario. */
export function cliReport(scenario: unknown, seed: number): Report {
  return runScenario(parseScenario(scenario), { seed });
}

/** A report without its wall-clock figures, which differ by machine and by run. */
export function withoutPerf<T extends { perf?: unknown }>(report: T): Omit<T, 'perf'> {
  const { perf: _perf, ...rest } = report;
  return rest;
}
