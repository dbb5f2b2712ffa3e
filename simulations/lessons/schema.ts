/**
 * A guided lesson a scenario can carry: steps of text, an optional action (change a parameter,
 * inject a fault, switch variant), what to look for, and an optional checkpoint that waits until
 * something happens in the run. The engine ignores lessons; the playground plays them.
 *
 * A broken lesson must not stop a scenario from opening, so the scenario schema accepts the field
 * leniently (`lessonField`) and the lesson player checks it strictly with `checkLesson`, which
 * names the path of every problem.
 */
import { z } from 'zod';
import { faultSchema } from '../faults/schedule';
import { watchConditionSchema, type WatchCondition } from '../watch/condition';

/** Fields a "set" action may not change: they say what a node or link is, not how it behaves. */
export const FIXED_FIELDS = new Set(['id', 'kind', 'from', 'to', 'position']);

const dotPath = z
  .string()
  .min(1, 'path must not be empty')
  .max(200, 'path must be at most 200 characters')
  .regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z0-9_$]+)*$/, 'path is a dot path such as "traffic.ratePerSec"')
  .refine((p) => !FIXED_FIELDS.has(p.split('.')[0]), 'a lesson may not change a node’s or link’s id, kind, ends or position')
  .describe('Dot path inside the node or link, e.g. "traffic.ratePerSec"');

/** A JSON value a parameter can take: a number, text, true/false, or an object such as a distribution. */
const settable = z.union([
  z.number().finite(),
  z.string().max(500),
  z.boolean(),
  z.record(z.string(), z.unknown()),
]);

export const lessonActionSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('set'),
        target: z.string().min(1, 'target must not be empty').max(64).describe('Node or link id'),
        path: dotPath,
        value: settable.describe('The new value'),
      })
      .describe('Change one parameter of a node or link (one undoable step; the run restarts)'),
    z.strictObject({ kind: z.literal('fault'), fault: faultSchema }).describe('Inject a fault now, into the running simulation (the document is not changed)'),
    z.strictObject({ kind: z.literal('variant'), name: z.string().min(1).max(40).describe('Variant name: "A" is the base, then "B", "C", …') }).describe('Switch to a variant'),
  ])
  .describe('What the step’s button does');

export const lessonStepSchema = z.strictObject({
  title: z.string().min(1, 'a step needs a title').max(120, 'title must be at most 120 characters'),
  text: z.string().max(2000, 'text must be at most 2000 characters').describe('What to do and why'),
  look: z.string().max(1000, '"look" must be at most 1000 characters').optional().describe('What to look for'),
  action: lessonActionSchema.optional(),
  checkpoint: watchConditionSchema.optional().describe('Wait until this happens before the step counts as done'),
});

export const lessonSchema = z
  .strictObject({
    title: z.string().max(120, 'title must be at most 120 characters').optional(),
    steps: z.array(lessonStepSchema).max(50, 'at most 50 steps'),
  })
  .describe('A guided lesson: steps with text, an action, what to look for, and a checkpoint');

/**
 * The field as the scenario schema holds it: a bad lesson reads as no lesson there (so the
 * scenario still opens and runs) and the player reports it with `checkLesson`.
 */
export const lessonField = lessonSchema.optional().catch(undefined);

export type LessonAction = z.infer<typeof lessonActionSchema>;
export type LessonStep = z.infer<typeof lessonStepSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
/** As a document holds it (before defaults are filled in). */
export type LessonInput = z.input<typeof lessonSchema>;
export type LessonStepInput = z.input<typeof lessonStepSchema>;
export type { WatchCondition };

export type LessonCheck = { ok: true; lesson: Lesson | undefined } | { ok: false; errors: { path: string; message: string }[] };

/** Strict check of a document's `lesson` field; paths start at `lesson` ("lesson.steps[2].checkpoint.on"). */
export function checkLesson(raw: unknown): LessonCheck {
  if (raw === undefined) return { ok: true, lesson: undefined };
  const r = lessonSchema.safeParse(raw);
  if (r.success) return { ok: true, lesson: r.data };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: pathOf(['lesson', ...i.path]), message: i.message })) };
}

/** As the validator writes paths (not imported from it: the scenario schema imports this file). */
function pathOf(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}
