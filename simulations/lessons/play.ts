/**
 * Plays a lesson headlessly, as a person would in the playground: each step's action is done
 * (a "set" or "variant" starts a fresh run of the changed scenario, as editing does in the app; a
 * "fault" is injected into the running one, now), then the run goes on until the step's
 * checkpoint is met or the run ends. Used by the lesson tests: a checkpoint that never happens is
 * a lesson that does not teach what it says.
 */
import { applyPatch, deepClone, type Operation } from 'fast-json-patch';
import type { Incident } from '../events/incidents';
import { createRun, type Run } from '../run/run';
import type { SnapshotCursor } from '../run/snapshot';
import type { ScenarioInput } from '../scenario/schema';
import { parseScenario } from '../scenario/validate';
import { setParameter } from './actions';
import { findCheckpoint, lagWindowsOfRows, type LagWindow, type Reached } from './checkpoint';
import { checkLesson, type LessonAction } from './schema';

export interface StepOutcome {
  step: number;
  title: string;
  /** Set when the step has a checkpoint and it was met. */
  reached?: Reached;
  /** Simulated time the run had reached when the step's watch ended. */
  endMs: number;
  /** The action could not be done, or the checkpoint was never met. */
  problem?: string;
}

export interface PlayOptions {
  /** Simulated time between looks at the run (default: its chart window). A checkpoint waits at most until the run ends. */
  chunkMs?: number;
}

interface Playing {
  doc: ScenarioInput;
  run: Run;
  cursor: SnapshotCursor;
}

function start(doc: ScenarioInput): Playing {
  return { doc, run: createRun(parseScenario(doc), { trace: false }), cursor: {} };
}

/** Plays every step of the scenario's lesson in order; throws if the lesson itself is malformed. */
export function playLesson(scenario: ScenarioInput, opts: PlayOptions = {}): StepOutcome[] {
  const checked = checkLesson((scenario as { lesson?: unknown }).lesson);
  if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const steps = checked.lesson?.steps ?? [];
  let p = start(scenario);
  const out: StepOutcome[] = [];
  steps.forEach((step, i) => {
    let since = p.run.nowMs;
    if (step.action) {
      const done = perform(p, step.action);
      if (typeof done === 'string') {
        out.push({ step: i, title: step.title, endMs: p.run.nowMs, problem: done });
        return;
      }
      if (done !== p) since = 0;
      p = done;
    }
    if (!step.checkpoint) {
      out.push({ step: i, title: step.title, endMs: p.run.nowMs });
      return;
    }
    const reached = watch(p, step.checkpoint, since, opts.chunkMs);
    out.push({ step: i, title: step.title, endMs: p.run.nowMs, reached, problem: reached ? undefined : `checkpoint not met by the end of the run (${p.run.nowMs} ms)` });
  });
  return out;
}

function perform(p: Playing, a: LessonAction): Playing | string {
  if (a.kind === 'fault') {
    const r = p.run.inject({ ...a.fault, atMs: p.run.nowMs });
    return r.ok ? p : `the fault could not be injected: ${r.error}`;
  }
  if (a.kind === 'set') {
    const r = setParameter(p.doc, a.target, a.path, a.value);
    if (!r.ok) return r.error;
    try {
      return start(r.doc);
    } catch (e) {
      return `the changed scenario is not valid: ${(e as Error).message}`;
    }
  }
  const variant = (p.doc.variants ?? []).find((v) => v.name === a.name);
  if (!variant) return `variant ${a.name} not found`;
  // As the variants workspace does: a patch applies to the base without the fields every variant shares.
  const { variants: _v, lesson: _l, annotations: _a, ...core } = p.doc as ScenarioInput & { annotations?: unknown };
  try {
    return start(applyPatch(deepClone(core), variant.patch as Operation[], true, false).newDocument as ScenarioInput);
  } catch (e) {
    return `variant ${a.name} does not apply: ${(e as Error).message}`;
  }
}

/** Advances window by window, reading snapshots as the playground does, until the condition is met or the run ends. */
function watch(p: Playing, c: Parameters<typeof findCheckpoint>[0], since: number, chunkMs?: number): Reached | undefined {
  const step = chunkMs ?? p.run.windowMs;
  const incidents: Incident[] = [];
  const lags: LagWindow[] = [];
  for (;;) {
    const snap = p.run.snapshot(p.cursor);
    p.cursor = snap.cursor;
    incidents.push(...snap.incidents);
    lags.push(...lagWindowsOfRows(snap.series));
    const hit = findCheckpoint(c, incidents, lags, since);
    if (hit) return hit;
    if (p.run.done) return undefined;
    p.run.advanceBy(step);
  }
}
