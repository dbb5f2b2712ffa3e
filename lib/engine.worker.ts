/// <reference lib="webworker" />
/**
 * The engine in a Web Worker: the page's main thread only draws. The worker runs the very same
 * `simulations/` code as the CLI, so a scenario and seed give the same report in both.
 */
import { expose } from 'comlink';
import { createRun, validateScenario, withPerf, type Report, type Run, type RunOptions, type Snapshot, type SnapshotCursor, type ValidationIssue } from '@/simulations/index';

let run: Run | undefined;

export const engineApi = {
  /** Validates and starts a run; returns the problems instead when the scenario is invalid. */
  start(input: unknown, opts: RunOptions = {}): { ok: true; warnings: ValidationIssue[] } | { ok: false; errors: ValidationIssue[] } {
    const v = validateScenario(input);
    if (!v.ok) return v;
    run = createRun(v.scenario, opts);
    return { ok: true, warnings: v.warnings };
  },

  /** Advances by simulated time and returns a snapshot since `cursor`. */
  advanceBy(ms: number, cursor?: SnapshotCursor): Snapshot {
    const r = need();
    r.advanceBy(ms);
    return r.snapshot(cursor);
  },

  /** Runs to the end and returns the report, with the wall time it took in this worker. */
  finish(): Report {
    const r = need();
    const t0 = performance.now();
    r.finish();
    return withPerf(r.report(), performance.now() - t0);
  },
};

export type EngineApi = typeof engineApi;

function need(): Run {
  if (!run) throw new Error('no run started');
  return run;
}

expose(engineApi);
