'use client';
/**
 * Splits React Flow's node changes: those about notes are handled here (selection, drag, resize), the rest go on to
 * the canvas's own handler unchanged. A drop commits one `moveNotes`; when notes and service nodes were dragged
 * together, both moves are one undo step. Sizes go on to the canvas handler too, which remembers them for every node.
 */
import { useCallback } from 'react';
import type { NodeChange } from '@xyflow/react';
import type { NoteAnnotation } from '@/simulations/scenario/annotations-schema';
import { annotationsOf, editNote, moveNotes } from '@/lib/annotations/commands';
import type { XY } from '@/lib/scenario-doc/types';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import type { FlowNode } from '@/components/canvas/nodes/flow-node';
import { annotationUiFor } from './annotation-ui';
import { annotationIdOf } from './note-flow';

export function useWithNoteChanges(onNodesChange: (changes: NodeChange<FlowNode>[]) => void) {
  const { doc } = usePlayground();
  return useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const store = annotationUiFor(doc);
      const theirs: NodeChange<FlowNode>[] = [];
      const dragging = new Map<string, XY>();
      const dropped = new Map<string, XY>();
      const select = new Map<string, boolean>();
      let resized: { id: string; width: number; height: number; final: boolean } | undefined;
      let resizeAt: XY | undefined;
      const resizing = changes.some((c) => c.type === 'dimensions' && c.resizing !== undefined);
      for (const c of changes) {
        const id = 'id' in c ? annotationIdOf(c.id) : undefined;
        if (id === undefined) {
          theirs.push(c);
          continue;
        }
        if (c.type === 'dimensions') {
          theirs.push(c);
          if (c.resizing !== undefined && c.dimensions) resized = { id, ...c.dimensions, final: !c.resizing };
        } else if (c.type === 'position' && c.position) {
          if (resizing) resizeAt = c.position;
          else (c.dragging ? dragging : dropped).set(id, c.position);
        } else if (c.type === 'select') select.set(id, c.selected);
      }

      const s = store.getState();
      if (select.size > 0) {
        const next = new Set(s.selected);
        for (const [id, on] of select) {
          if (on) next.add(id);
          else next.delete(id);
        }
        store.setState({ selected: [...next] });
      }
      if (dragging.size > 0) store.setState({ drag: new Map([...store.getState().drag, ...dragging]) });
      if (resized && !resized.final) {
        const prev = s.resize?.id === resized.id ? s.resize.box : undefined;
        const at = resizeAt ?? prev ?? annotationsOf(doc.getState().doc).find((a): a is NoteAnnotation => a.id === resized.id && a.kind === 'note')?.position ?? { x: 0, y: 0 };
        store.setState({ resize: { id: resized.id, box: { x: at.x, y: at.y, width: resized.width, height: resized.height } } });
      } else if (resized?.final) {
        const box = s.resize?.id === resized.id ? s.resize.box : undefined;
        const r = resized;
        doc.getState().apply((d) => editNote(d, r.id, { width: r.width, height: r.height, ...(box ? { position: box } : {}) }));
        store.setState({ resize: undefined });
      }

      const nodeDrop = theirs.some((c) => c.type === 'position' && !c.dragging);
      if (dropped.size > 0) {
        doc.getState().apply((d) => moveNotes(d, dropped));
        if (store.getState().drag.size > 0) store.setState({ drag: new Map() });
      }
      if (dropped.size > 0 && nodeDrop) {
        // The service nodes dropped in the same gesture: their move joins the notes' undo step.
        const history = doc.temporal.getState();
        history.pause();
        try {
          onNodesChange(theirs);
        } finally {
          history.resume();
        }
      } else if (theirs.length > 0) onNodesChange(theirs);
    },
    [doc, onNodesChange],
  );
}
