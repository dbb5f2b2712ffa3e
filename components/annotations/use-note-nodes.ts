'use client';
/** The canvas's node list with the notes in front of it in the array, so they are drawn behind the service nodes. */
import { useMemo } from 'react';
import type { NoteAnnotation } from '@/simulations/scenario/annotations-schema';
import { annotationsOf } from '@/lib/annotations/commands';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import type { FlowNode } from '@/components/canvas/nodes/flow-node';
import { useAnnotationUi } from './annotation-ui';
import { noteFlowId, toNoteNode } from './note-flow';

interface Size {
  width: number;
  height: number;
}

/** `readOnly` (the presenter view): notes shown as they are, never selected, dragged or typed into. */
export function useWithNotes(nodes: FlowNode[], sizes: ReadonlyMap<string, Size>, readOnly = false): FlowNode[] {
  const annotations = useDoc((s) => annotationsOf(s.doc));
  const hidden = useAnnotationUi((s) => s.hidden);
  const selected = useAnnotationUi((s) => s.selected);
  const drag = useAnnotationUi((s) => s.drag);
  const resize = useAnnotationUi((s) => s.resize);
  return useMemo(() => {
    if (hidden) return nodes;
    const notes = annotations.filter((a): a is NoteAnnotation => a.kind === 'note');
    if (notes.length === 0) return nodes;
    const sel = new Set(selected);
    const noteNodes = notes.map((n) =>
      readOnly ? toNoteNode(n, false, undefined, undefined, sizes.get(noteFlowId(n.id)), true) : toNoteNode(n, sel.has(n.id), drag.get(n.id), resize?.id === n.id ? resize.box : undefined, sizes.get(noteFlowId(n.id))),
    );
    // One list for React Flow; the note nodes are a different type, which the canvas never hands to the engine.
    return [...(noteNodes as unknown as FlowNode[]), ...nodes];
  }, [nodes, sizes, annotations, hidden, selected, drag, resize, readOnly]);
}
