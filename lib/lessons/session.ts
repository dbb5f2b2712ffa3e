/**
 * Where a lesson is, apart from the document: from which simulated time the current step's
 * checkpoint is watched, and which checkpoints have been reached (and when). UI state — never
 * undone or shared — kept per playground (one store per UI store), so the lesson tab and the
 * presenter's step card show the same thing.
 *
 * The rule a person sees: moving between steps never changes the scenario; a step's action happens
 * only when its "Do it" button is pressed. A checkpoint counts events from the moment its step was
 * opened or its action done — and from 0 s when the run restarts (a changed parameter restarts it).
 */
import { createStore } from 'zustand/vanilla';
import type { WatchCondition } from '@/simulations/watch/condition';
import type { RunState } from '../stores/run-store';
import type { UiStore } from '../stores/ui-store';
import { checkpointIn, type Reached } from './progress';

export interface LessonSession {
  /** The step being watched and the simulated time its watch began. */
  step: number;
  sinceMs: number;
  /** Checkpoints reached, by step index. */
  reached: Record<number, Reached>;
  /** The last action's outcome, for the step it was done on. */
  done?: { step: number; text: string; ok: boolean };
  /** Which lesson this is about (its steps' titles and checkpoints): another lesson starts afresh. */
  lesson?: string;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore() {
  return createStore<LessonSession>()(() => ({ step: 0, sinceMs: 0, reached: {} }));
}

const sessions = new WeakMap<UiStore, SessionStore>();

/** The session of the playground whose UI store this is. */
export function sessionOf(ui: UiStore): SessionStore {
  let s = sessions.get(ui);
  if (!s) sessions.set(ui, (s = createSessionStore()));
  return s;
}

/** The session for a lesson: the same one goes on; another one (a different scenario opened) forgets every ✓. */
export function forLesson(s: LessonSession, signature: string, nowMs: number): LessonSession {
  if (s.lesson === signature) return s;
  return { step: s.step, sinceMs: s.lesson === undefined ? s.sinceMs : nowMs, reached: s.lesson === undefined ? s.reached : {}, lesson: signature };
}

/** The session after the shown step became `step` (by any means: buttons, keys, the presenter). */
export function openStep(s: LessonSession, step: number, nowMs: number): LessonSession {
  return s.step === step ? s : { ...s, step, sinceMs: nowMs, done: undefined };
}

/** After the step's action: a fault is watched from now; a change that restarts the run, from 0 s. */
export function actionDone(s: LessonSession, step: number, restarts: boolean, nowMs: number, text: string, ok: boolean): LessonSession {
  if (!ok) return { ...s, done: { step, text, ok } };
  const reached = { ...s.reached };
  delete reached[step];
  return { ...s, step, sinceMs: restarts ? 0 : nowMs, reached, done: { step, text, ok } };
}

/** Looks for the current step's checkpoint in the run; a run that went back in time restarted, so the watch starts at 0 s. */
export function observe(s: LessonSession, checkpoint: WatchCondition | undefined, run: Pick<RunState, 'incidents' | 'series' | 'nowMs'>): LessonSession {
  const since = run.nowMs < s.sinceMs ? 0 : s.sinceMs;
  if (!checkpoint || s.reached[s.step]) return since === s.sinceMs ? s : { ...s, sinceMs: since };
  const hit = checkpointIn(checkpoint, run, since);
  if (!hit) return since === s.sinceMs ? s : { ...s, sinceMs: since };
  return { ...s, sinceMs: since, reached: { ...s.reached, [s.step]: hit } };
}
