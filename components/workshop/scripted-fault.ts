/**
 * The presenter's `f` key: which fault to inject now. The next lesson step's fault, if that step
 * injects one (the teacher is ahead of the script); otherwise the scenario's first planned fault
 * (doc.faults[0]), moved to now. Pure, so the choice is tested without a browser.
 */

/** A fault as the engine takes it (see simulations/faults/schedule.ts); only `atMs` is touched here. */
export type FaultLike = Record<string, unknown> & { kind: string; target: string; atMs?: number };

export interface ScriptedFault {
  fault: FaultLike;
  /** Where it came from, for the notice: "lesson step 3" or "the scenario's first fault". */
  source: string;
}

interface DocLike {
  faults?: readonly unknown[];
  lesson?: unknown;
}

const isFault = (f: unknown): f is FaultLike => typeof f === 'object' && f !== null && typeof (f as FaultLike).kind === 'string' && typeof (f as FaultLike).target === 'string';

/** The fault `f` injects with lesson step `lessonStep` on screen, or undefined when there is none to inject. */
export function scriptedFault(doc: DocLike, lessonStep: number): ScriptedFault | undefined {
  const steps = (doc.lesson as { steps?: unknown } | undefined)?.steps;
  const next = Array.isArray(steps) ? (steps[lessonStep + 1] as { action?: { kind?: unknown; fault?: unknown } } | undefined) : undefined;
  if (next?.action?.kind === 'fault' && isFault(next.action.fault)) return { fault: { ...next.action.fault, atMs: 0 }, source: `lesson step ${lessonStep + 2}` };
  const first = doc.faults?.[0];
  if (isFault(first)) return { fault: { ...first, atMs: 0 }, source: "the scenario's first fault" };
  return undefined;
}
