/**
 * Authoring a lesson as document commands: pure (document, arguments) → new document, so each edit
 * is one undoable step, autosaved and carried by share links like any other part of the scenario.
 * A command that changes nothing returns the same document (and records no undo step).
 */
import type { LessonInput as Lesson, LessonStepInput as LessonStep } from '@/simulations/lessons/schema';
import { setParameter } from '@/simulations/lessons/actions';
import { validateScenario } from '@/simulations/index';
import type { ScenarioDoc } from '../scenario-doc/types';

export type { Lesson, LessonStep };

/** A new step's words, for the author to replace. */
export const NEW_STEP: LessonStep = { title: 'New step', text: 'What to do, and why.' };

function withSteps(doc: ScenarioDoc, steps: LessonStep[], title = doc.lesson?.title): ScenarioDoc {
  return { ...doc, lesson: { ...(title !== undefined ? { title } : {}), steps } };
}

/** Starts a lesson with one step (a scenario without one). */
export function createLesson(doc: ScenarioDoc, title?: string): ScenarioDoc {
  if (doc.lesson) return doc;
  return withSteps(doc, [{ ...NEW_STEP, title: 'Press play', text: 'Start the run and watch what the scenario does as it is.' }], title);
}

/** Removes the lesson (also a broken one) from the scenario. */
export function removeLesson(doc: ScenarioDoc): ScenarioDoc {
  if (!('lesson' in doc)) return doc;
  const next = { ...doc };
  delete next.lesson;
  return next;
}

export function setLessonTitle(doc: ScenarioDoc, title: string): ScenarioDoc {
  const lesson = doc.lesson;
  if (!lesson) return doc;
  const clean = title.trim().slice(0, 120) || undefined;
  if (clean === lesson.title) return doc;
  return withSteps(doc, lesson.steps, clean);
}

/** Inserts a new step after `after` (at the end when omitted); returns its index. */
export function addStep(doc: ScenarioDoc, after?: number, step: LessonStep = NEW_STEP): { doc: ScenarioDoc; index: number } {
  const steps = [...(doc.lesson?.steps ?? [])];
  const index = after === undefined ? steps.length : Math.max(0, Math.min(after + 1, steps.length));
  steps.splice(index, 0, structuredClone(step));
  return { doc: withSteps(doc, steps), index };
}

export function removeStep(doc: ScenarioDoc, index: number): ScenarioDoc {
  const steps = doc.lesson?.steps ?? [];
  if (index < 0 || index >= steps.length) return doc;
  return withSteps(doc, steps.filter((_, i) => i !== index));
}

/** Moves a step up (-1) or down (+1); at either end it stays. Returns where it went. */
export function moveStep(doc: ScenarioDoc, index: number, by: -1 | 1): { doc: ScenarioDoc; index: number } {
  const steps = [...(doc.lesson?.steps ?? [])];
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return { doc, index };
  [steps[index], steps[to]] = [steps[to], steps[index]];
  return { doc: withSteps(doc, steps), index: to };
}

/**
 * Changes fields of one step. `undefined` removes an optional field (look, action, checkpoint);
 * the same values again change nothing.
 */
export function updateStep(doc: ScenarioDoc, index: number, patch: Partial<LessonStep>): ScenarioDoc {
  const steps = doc.lesson?.steps ?? [];
  const cur = steps[index];
  if (!cur) return doc;
  const next: Record<string, unknown> = { ...cur };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  if (JSON.stringify(next) === JSON.stringify(cur)) return doc;
  return withSteps(doc, steps.map((s, i) => (i === index ? (next as LessonStep) : s)));
}

export type SetOutcome = { ok: true; doc: ScenarioDoc; changed: boolean } | { ok: false; error: string };

/** A "set" action applied to the document, checked by the engine's validator (never throws). */
export function applySet(doc: ScenarioDoc, target: string, path: string, value: unknown): SetOutcome {
  const r = setParameter(doc, target, path, value);
  if (!r.ok || !r.changed) return r.ok ? { ok: true, doc, changed: false } : r;
  const v = validateScenario(r.doc);
  if (!v.ok) return { ok: false, error: `the scenario would not be valid (${v.errors[0]?.path || 'scenario'}: ${v.errors[0]?.message})` };
  return { ok: true, doc: r.doc, changed: true };
}
