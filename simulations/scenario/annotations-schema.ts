/**
 * Annotations: sticky notes and arrows drawn on the canvas for a reader (a reviewer, a class). They travel with the
 * scenario (file, share link, short link, autosave) but the engine never reads them, and the rules never look at them.
 *
 * Bad annotation data never costs the reader the scenario: the field salvages what it can (`readAnnotations`) instead
 * of failing validation, and the editor says which entries it left out and why (lib/annotations/problems.ts).
 */
import { z } from 'zod';
import { idSchema, positionSchema } from './common';

export const MAX_ANNOTATIONS = 300;
export const NOTE_MAX_CHARS = 1000;
export const ARROW_LABEL_MAX_CHARS = 80;
export const NOTE_COLORS = ['yellow', 'blue', 'green', 'pink'] as const;
export const NOTE_SIZE = { minWidth: 80, maxWidth: 1200, minHeight: 40, maxHeight: 1200 } as const;

const coordinate = z.number().finite().min(-1e6, 'must be ≥ -1,000,000').max(1e6, 'must be at most 1,000,000');

export const noteSchema = z
  .strictObject({
    kind: z.literal('note'),
    id: idSchema,
    position: positionSchema.describe('Top-left corner on the canvas, in pixels'),
    text: z.string().max(NOTE_MAX_CHARS, `a note holds at most ${NOTE_MAX_CHARS} characters`).describe('What the note says (several lines allowed)'),
    color: z.enum(NOTE_COLORS).optional().describe('Paper colour (yellow unless set)'),
    width: z.number().finite().min(NOTE_SIZE.minWidth).max(NOTE_SIZE.maxWidth).optional().describe('Width in pixels (the default fits about 28 characters)'),
    height: z.number().finite().min(NOTE_SIZE.minHeight).max(NOTE_SIZE.maxHeight).optional().describe('Height in pixels (grows with the text unless set)'),
  })
  .describe('A sticky note');

export const arrowEndSchema = z
  .strictObject({
    x: coordinate.describe('Canvas x in pixels: where this end points when it is not attached (or its target is gone)'),
    y: coordinate.describe('Canvas y in pixels'),
    ref: idSchema.optional().describe('The note, node or link this end is attached to; it follows it when it moves'),
  })
  .describe('One end of an arrow');

export const arrowSchema = z
  .strictObject({
    kind: z.literal('arrow'),
    id: idSchema,
    from: arrowEndSchema.describe('Where the arrow starts (often a note)'),
    to: arrowEndSchema.describe('Where the arrowhead points'),
    label: z.string().max(ARROW_LABEL_MAX_CHARS, `an arrow label holds at most ${ARROW_LABEL_MAX_CHARS} characters`).optional().describe('Short text beside the arrow'),
  })
  .describe('An arrow from a note, node, link or point to another');

export const annotationSchema = z.discriminatedUnion('kind', [noteSchema, arrowSchema]);
export type Annotation = z.infer<typeof annotationSchema>;
export type NoteAnnotation = z.infer<typeof noteSchema>;
export type ArrowAnnotation = z.infer<typeof arrowSchema>;
export type ArrowEnd = z.infer<typeof arrowEndSchema>;

export interface AnnotationProblem {
  /** Path inside the annotations list, e.g. [1, 'text']. */
  path: (string | number)[];
  message: string;
}

/** The valid entries of whatever the field holds, in order (the first of two with one id wins), and what was left out. */
export function readAnnotations(raw: unknown): { items: Annotation[]; problems: AnnotationProblem[] } {
  if (raw === undefined) return { items: [], problems: [] };
  if (!Array.isArray(raw)) return { items: [], problems: [{ path: [], message: 'must be a list of notes and arrows' }] };
  const items: Annotation[] = [];
  const problems: AnnotationProblem[] = [];
  const ids = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    if (i >= MAX_ANNOTATIONS) {
      if (i === MAX_ANNOTATIONS) problems.push({ path: [i], message: `at most ${MAX_ANNOTATIONS} annotations; the rest are left out` });
      return;
    }
    const r = annotationSchema.safeParse(entry);
    if (!r.success) {
      const first = r.error.issues[0];
      problems.push({ path: [i, ...(first?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))], message: first?.message ?? 'not a note or an arrow' });
    } else if (ids.has(r.data.id)) {
      problems.push({ path: [i, 'id'], message: `duplicate annotation id "${r.data.id}"` });
    } else {
      ids.add(r.data.id);
      items.push(r.data);
    }
  });
  return { items, problems };
}

/** The document field. Never fails validation: bad entries are dropped from the parsed output (see the file comment). */
export const annotationsFieldSchema = z
  .array(annotationSchema)
  .max(MAX_ANNOTATIONS, `at most ${MAX_ANNOTATIONS} annotations`)
  .catch((ctx) => readAnnotations(ctx.value).items)
  .optional()
  .describe('Sticky notes and arrows on the canvas (ignored by the engine)');
