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

  /** Advances by up to `n` events (for "as fast as possible"): bounded work per message keeps the page responsive. */
  advanceEvents(n: number, cursor?: SnapshotCursor): Snapshot {
    const r = need();
    r.step(n);
    return r.snapshot(cursor);
  },

  snapshot(cursor?: SnapshotCursor): Snapshot {
    return need().snapshot(cursor);
  },

  /** Injects a fault from the current simulated time on. */
  inject(fault: unknown): { ok: true; index: number } | { ok: false; error: string } {
    return need().inject(fault);
  },

  /** The report so far (or final, once done). */
  report(): Report {
    return need().report();
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
