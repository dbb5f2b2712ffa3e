/**
 * One headless run of a batch job: validate, run to the end without traces, report. Pure (no
 * worker, no clock), so the worker and the tests run the very same function, and the report equals
 * what `npm run sim -- <file> --seed N --json` prints for that scenario and seed (perf aside).
 */
import { createRun, validateScenario, type Report } from '@/simulations/index';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';

export interface BatchJob {
  doc: ScenarioDoc;
  seed: number;
  /** Overrides the scenario's run duration. */
  durationMs?: number;
}

export type BatchResult = { ok: true; report: Report } | { ok: false; error: string };

/** Never throws: an invalid scenario, or an engine failure, comes back as `{ ok: false, error }`. */
export function runJob(job: BatchJob): BatchResult {
  try {
    const v = validateScenario(job.doc);
    if (!v.ok) return { ok: false, error: v.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ') };
    const run = createRun(v.scenario, { seed: job.seed, durationMs: job.durationMs, trace: false });
    run.finish();
    return { ok: true, report: run.report() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
