// Annotation commands: each edit is one new document (one undo step), a no-op returns the same document, and the
// engine's view of the scenario (simulationKey) never changes.
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS } from '@/simulations/scenario/annotations-schema';
import { validateScenario } from '@/simulations/index';
import { removeElements } from '../scenario-doc/commands';
import { starterDoc } from '../scenario-doc/defaults';
import { simulationKey } from '../scenario-doc/simulation-key';
import type { ScenarioDoc } from '../scenario-doc/types';
import { addArrow, addNote, annotationsOf, editNote, moveNotes, removeAnnotations, setArrowEnd, setArrowLabel } from './commands';

const base = (): ScenarioDoc => starterDoc();
const firstNode = (d: ScenarioDoc) => d.nodes[0].id;

describe('notes', () => {
  it('adds a note with a fresh id that no node, link or annotation uses, at a rounded position', () => {
    const d0 = base();
    const a = addNote(d0, { x: 10.4, y: -3.6 }, 'this is the bottleneck');
    const b = addNote(a.doc, { x: 0, y: 0 });
    expect(a.id).toBe('note-1');
    expect(b.id).toBe('note-2');
    expect(annotationsOf(b.doc)).toEqual([
      { kind: 'note', id: 'note-1', position: { x: 10, y: -4 }, text: 'this is the bottleneck' },
      { kind: 'note', id: 'note-2', position: { x: 0, y: 0 }, text: '' },
    ]);
    expect(d0.annotations).toBeUndefined(); // the old document is untouched (undo keeps it)
    const clash = { ...d0, nodes: [{ ...d0.nodes[0], id: 'note-1' }, ...d0.nodes.slice(1)] } as ScenarioDoc;
    expect(addNote(clash, { x: 0, y: 0 }).id).toBe('note-2');
  });

  it('edits text (cut to the limit), colour and size; the same values again change nothing', () => {
    const { doc, id } = addNote(base(), { x: 0, y: 0 });
    const long = editNote(doc, id, { text: 'x'.repeat(NOTE_MAX_CHARS + 50) });
    expect((annotationsOf(long)[0] as { text: string }).text).toHaveLength(NOTE_MAX_CHARS);
    const blue = editNote(doc, id, { text: 'line 1\nline 2', color: 'blue', width: 50, height: 5000 });
    expect(annotationsOf(blue)[0]).toMatchObject({ text: 'line 1\nline 2', color: 'blue', width: 80, height: 1200 });
    expect(editNote(blue, id, { text: 'line 1\nline 2', color: 'blue' })).toBe(blue);
    expect(annotationsOf(editNote(blue, id, { color: 'yellow' }))[0]).not.toHaveProperty('color');
    expect(editNote(doc, 'nope', { text: 'x' })).toBe(doc);
  });

  it('moves notes in one step and leaves a move to the same place unrecorded', () => {
    const { doc, id } = addNote(base(), { x: 0, y: 0 });
    const moved = moveNotes(doc, new Map([[id, { x: 120.2, y: 40 }], [firstNode(doc), { x: 999, y: 999 }]]));
    expect(annotationsOf(moved)[0]).toMatchObject({ position: { x: 120, y: 40 } });
    expect(moved.nodes).toBe(doc.nodes); // a note drag never moves a service node
    expect(moveNotes(moved, new Map([[id, { x: 120, y: 40 }]]))).toBe(moved);
  });

  it('never changes what the engine runs: the simulation key ignores every annotation edit', () => {
    const d0 = base();
    const { doc, id } = addNote(d0, { x: 0, y: 0 }, 'hi');
    const edited = moveNotes(editNote(doc, id, { text: 'there', color: 'pink' }), new Map([[id, { x: 300, y: 9 }]]));
    const arrowed = addArrow(edited, { x: 0, y: 0, ref: id }, { x: 5, y: 5, ref: firstNode(edited) }).doc;
    expect(simulationKey(arrowed)).toBe(simulationKey(d0));
  });
});

describe('arrows', () => {
  it('adds an arrow from a note to a node, relabels it, re-aims an end, and validates', () => {
    const n = addNote(base(), { x: 0, y: 0 });
    const a = addArrow(n.doc, { x: 10, y: 10, ref: n.id }, { x: 200.7, y: 80, ref: firstNode(n.doc) }, '  the bottleneck  ');
    expect(annotationsOf(a.doc)[1]).toEqual({ kind: 'arrow', id: 'arrow-1', from: { x: 10, y: 10, ref: 'note-1' }, to: { x: 201, y: 80, ref: firstNode(n.doc) }, label: 'the bottleneck' });
    const unlabelled = setArrowLabel(a.doc, a.id, '   ');
    expect(annotationsOf(unlabelled)[1]).not.toHaveProperty('label');
    expect(setArrowLabel(a.doc, a.id, 'the bottleneck')).toBe(a.doc);
    const pinned = setArrowEnd(a.doc, a.id, 'to', { x: 500, y: 500 });
    expect(annotationsOf(pinned)[1]).toMatchObject({ to: { x: 500, y: 500 } });
    expect((annotationsOf(pinned)[1] as { to: object }).to).not.toHaveProperty('ref');
    expect(validateScenario(pinned)).toMatchObject({ ok: true });
  });

  it('deleting a note takes its arrows along; deleting a node does too when said; the last one removes the field', () => {
    const n = addNote(base(), { x: 0, y: 0 });
    const node = firstNode(n.doc);
    const a = addArrow(n.doc, { x: 0, y: 0, ref: n.id }, { x: 1, y: 1, ref: node });
    const free = addArrow(a.doc, { x: 0, y: 0 }, { x: 50, y: 50, ref: node });
    expect(annotationsOf(removeAnnotations(free.doc, [n.id])).map((x) => x.id)).toEqual([free.id]);
    const nodeGone = removeAnnotations(removeElements(free.doc, [node]), [], [node]);
    expect(annotationsOf(nodeGone).map((x) => x.id)).toEqual([n.id]);
    const empty = removeAnnotations(free.doc, [n.id, free.id]);
    expect(empty).not.toHaveProperty('annotations');
    expect(removeAnnotations(free.doc, ['nothing'])).toBe(free.doc);
  });
});

describe('unreadable annotations', () => {
  it('are skipped by every command and dropped by the next edit, keeping the readable ones', () => {
    const d = { ...base(), annotations: [{ kind: 'note', id: 'n1', position: { x: 0, y: 0 }, text: 'ok' }, { kind: 'blob' }] } as unknown as ScenarioDoc;
    expect(annotationsOf(d).map((a) => a.id)).toEqual(['n1']);
    const edited = editNote(d, 'n1', { text: 'still ok' });
    expect(edited.annotations).toEqual([{ kind: 'note', id: 'n1', position: { x: 0, y: 0 }, text: 'still ok' }]);
  });
});
