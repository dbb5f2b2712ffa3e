/**
 * Annotation commands as pure functions: (document, arguments) → new document, like the canvas commands in
 * lib/scenario-doc/commands. A command that changes nothing returns the same document (no undo step). Commands work on
 * the valid entries only (see annotationsOf): an entry the editor could not read is dropped by the next edit.
 */
import { NOTE_MAX_CHARS, ARROW_LABEL_MAX_CHARS, NOTE_SIZE, readAnnotations, type Annotation, type ArrowAnnotation, type ArrowEnd, type NoteAnnotation } from '@/simulations/scenario/annotations-schema';
import { freshId, usedIds } from '../scenario-doc/ids';
import type { ScenarioDoc, XY } from '../scenario-doc/types';

export type NoteColor = NonNullable<NoteAnnotation['color']>;
export type NotePatch = Partial<Pick<NoteAnnotation, 'text' | 'color' | 'position' | 'width' | 'height'>>;

const read = new WeakMap<object, Annotation[]>();
const NONE: Annotation[] = [];

/** The document's readable annotations (cached per list, so React selectors can return it as it is). */
export function annotationsOf(doc: ScenarioDoc): Annotation[] {
  const raw: unknown = doc.annotations;
  if (raw === undefined) return NONE;
  if (typeof raw !== 'object' || raw === null) return readAnnotations(raw).items;
  let items = read.get(raw);
  if (!items) {
    items = readAnnotations(raw).items;
    read.set(raw, items);
  }
  return items;
}

function withAnnotations(doc: ScenarioDoc, items: Annotation[]): ScenarioDoc {
  if (items.length === 0) {
    const { annotations: _gone, ...rest } = doc;
    return rest;
  }
  return { ...doc, annotations: items };
}

function taken(doc: ScenarioDoc): Set<string> {
  const ids = usedIds(doc);
  for (const a of annotationsOf(doc)) ids.add(a.id);
  return ids;
}

const round = (v: number) => Math.round(v);
const roundXY = (p: XY): XY => ({ x: round(p.x), y: round(p.y) });
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function addNote(doc: ScenarioDoc, at: XY, text = '', color?: NoteColor): { doc: ScenarioDoc; id: string } {
  const id = freshId('note', taken(doc));
  const note: NoteAnnotation = { kind: 'note', id, position: roundXY(at), text: text.slice(0, NOTE_MAX_CHARS), ...(color && color !== 'yellow' ? { color } : {}) };
  return { doc: withAnnotations(doc, [...annotationsOf(doc), note]), id };
}

/** Text is cut to the limit; sizes are kept within bounds; `color: 'yellow'` (the default) is written as no colour. */
export function editNote(doc: ScenarioDoc, id: string, patch: NotePatch): ScenarioDoc {
  const items = annotationsOf(doc);
  const note = items.find((a): a is NoteAnnotation => a.kind === 'note' && a.id === id);
  if (!note) return doc;
  const next: NoteAnnotation = { ...note };
  if (patch.text !== undefined) next.text = patch.text.slice(0, NOTE_MAX_CHARS);
  if (patch.position) next.position = roundXY(patch.position);
  if (patch.width !== undefined) next.width = round(clamp(patch.width, NOTE_SIZE.minWidth, NOTE_SIZE.maxWidth));
  if (patch.height !== undefined) next.height = round(clamp(patch.height, NOTE_SIZE.minHeight, NOTE_SIZE.maxHeight));
  if (patch.color !== undefined) {
    if (patch.color === 'yellow') delete next.color;
    else next.color = patch.color;
  }
  if (JSON.stringify(next) === JSON.stringify(note)) return doc;
  return withAnnotations(doc, items.map((a) => (a === note ? next : a)));
}

/** Moves notes (one drag is one call, so one undo step); notes that end where they started are left alone. */
export function moveNotes(doc: ScenarioDoc, positions: ReadonlyMap<string, XY>): ScenarioDoc {
  let moved = false;
  const items = annotationsOf(doc).map((a) => {
    const to = a.kind === 'note' ? positions.get(a.id) : undefined;
    if (!to || a.kind !== 'note') return a;
    const p = roundXY(to);
    if (a.position.x === p.x && a.position.y === p.y) return a;
    moved = true;
    return { ...a, position: p };
  });
  return moved ? withAnnotations(doc, items) : doc;
}

function end(e: ArrowEnd): ArrowEnd {
  const p = roundXY(e);
  return e.ref ? { ...p, ref: e.ref } : p;
}

export function addArrow(doc: ScenarioDoc, from: ArrowEnd, to: ArrowEnd, label?: string): { doc: ScenarioDoc; id: string } {
  const id = freshId('arrow', taken(doc));
  const clean = label?.trim().slice(0, ARROW_LABEL_MAX_CHARS);
  const arrow: ArrowAnnotation = { kind: 'arrow', id, from: end(from), to: end(to), ...(clean ? { label: clean } : {}) };
  return { doc: withAnnotations(doc, [...annotationsOf(doc), arrow]), id };
}

/** Re-aims one end of an arrow (attach it to something else, or pin it to a point). */
export function setArrowEnd(doc: ScenarioDoc, id: string, which: 'from' | 'to', to: ArrowEnd): ScenarioDoc {
  const items = annotationsOf(doc);
  const arrow = items.find((a): a is ArrowAnnotation => a.kind === 'arrow' && a.id === id);
  if (!arrow) return doc;
  const next = end(to);
  const cur = arrow[which];
  if (cur.x === next.x && cur.y === next.y && cur.ref === next.ref) return doc;
  return withAnnotations(doc, items.map((a) => (a === arrow ? { ...arrow, [which]: next } : a)));
}

/** An empty label removes it. */
export function setArrowLabel(doc: ScenarioDoc, id: string, label: string): ScenarioDoc {
  const items = annotationsOf(doc);
  const arrow = items.find((a): a is ArrowAnnotation => a.kind === 'arrow' && a.id === id);
  const clean = label.trim().slice(0, ARROW_LABEL_MAX_CHARS) || undefined;
  if (!arrow || arrow.label === clean) return doc;
  const { label: _old, ...rest } = arrow;
  return withAnnotations(doc, items.map((a) => (a === arrow ? (clean ? { ...rest, label: clean } : rest) : a)));
}

/**
 * Removes annotations by id. Arrows attached to a removed note, or to a node or link id in `alsoGone` (removed in the
 * same step), go with it: an arrow from nothing to nothing explains nothing.
 */
export function removeAnnotations(doc: ScenarioDoc, ids: Iterable<string>, alsoGone: Iterable<string> = []): ScenarioDoc {
  const gone = new Set(ids);
  const items = annotationsOf(doc);
  const refs = new Set([...items.filter((a) => a.kind === 'note' && gone.has(a.id)).map((a) => a.id), ...alsoGone]);
  const kept = items.filter((a) => !gone.has(a.id) && !(a.kind === 'arrow' && ((a.from.ref && refs.has(a.from.ref)) || (a.to.ref && refs.has(a.to.ref)))));
  return kept.length === items.length ? doc : withAnnotations(doc, kept);
}
