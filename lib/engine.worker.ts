/// <reference lib="webworker" />
/**
 * The engine in a Web Worker: the page's main thread only draws. The worker runs the very same
 * `simulations/` code as the CLI, so a scenario and seed give the same report in both.
 */
import { expose } from 'comlink';
import { consoleEngineApi } from './console/engine-console';
import { createRun, validateScenario, withPerf, type Incident, type Report, type Run, type RunOptions, type Snapshot, type SnapshotCursor, type Trace, type ValidationIssue, type WatchCondition } from '@/simulations/index';

let run: Run | undefined;
const CHUNK_EVENTS = 2000;
/** Breaker transitions already handed to the page, per link. */
let transitionsSeen = new Map<string, number>();

export type BreakerTransition = Report['links'][string]['breakerTransitions'][number];
/** A snapshot plus what the engine's snapshot does not carry: every breaker transition since the last call. */
export type LiveSnapshot = Snapshot & { reached: boolean; breakerTransitions: Record<string, BreakerTransition[]>; hit?: Incident };

/**
 * Transitions since the last call (at most the last 20 per link). A HALF_OPEN that lasts a few
 * milliseconds falls between two snapshots; the page still gets to show that it happened.
 */
function newTransitions(r: Run): Record<string, BreakerTransition[]> {
  const out: Record<string, BreakerTransition[]> = {};
  for (const [id, link] of r.restLinks) {
    const all = link.stats.transitions;
    const from = transitionsSeen.get(id) ?? 0;
    if (all.length <= from) continue;
    out[id] = all.slice(Math.max(from, all.length - 20));
    transitionsSeen.set(id, all.length);
  }
  return out;
}

export const engineApi = {
  /** The request console (lib/console/engine-console.ts). */
  ...consoleEngineApi(() => run),
  /** Validates and starts a run; returns the problems instead when the scenario is invalid. */
  start(input: unknown, opts: RunOptions = {}): { ok: true; warnings: ValidationIssue[] } | { ok: false; errors: ValidationIssue[] } {
    const v = validateScenario(input);
    if (!v.ok) return v;
    run = createRun(v.scenario, opts);
    transitionsSeen = new Map();
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

  /**
   * Advances towards simulated time `untilMs` (Infinity: the end of the run) for at most
   * `budgetMs` of this worker's wall time, then returns a snapshot. The budget keeps a heavy
   * scenario, or "as fast as possible", from starving the page of fresh snapshots.
   */
  advance(untilMs: number, budgetMs: number, cursor?: SnapshotCursor, breakOn: WatchCondition[] = []): LiveSnapshot {
    const r = need();
    const target = Math.min(untilMs, r.durationMs);
    const t0 = performance.now();
    let reached = false;
    // Pause on event: the run stops right after the event whose incident matched (not at the end of a chunk).
    r.breakOn(breakOn);
    let hit: Incident | undefined;
    for (;;) {
      // A chunk small enough to check the clock often, large enough that checking costs nothing.
      const n = r.advanceTo(target, CHUNK_EVENTS);
      if ((hit = r.hit)) break;
      if (n < CHUNK_EVENTS) {
        reached = true;
        break;
      }
      if (performance.now() - t0 >= budgetMs) break;
    }
    return { ...r.snapshot(cursor), reached, breakerTransitions: newTransitions(r), ...(hit ? { hit } : {}) };
  },

  snapshot(cursor?: SnapshotCursor): Snapshot {
    return need().snapshot(cursor);
  },

  /** Injects a fault from the current simulated time on. */
  inject(fault: unknown): { ok: true; index: number } | { ok: false; error: string } {
    return need().inject(fault);
  },

  /** A recent sampled request's trace (the worker keeps the last 100 finished), or undefined. */
  trace(id: number): Trace | undefined {
    return run?.trace(id);
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
