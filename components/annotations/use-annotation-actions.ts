'use client';
/** Adding a note, toggling the arrow tool and showing or hiding annotations: shared by the toolbar and the keys. */
import { useMemo } from 'react';
import { useStoreApi } from '@xyflow/react';
import { addNote, annotationsOf } from '@/lib/annotations/commands';
import type { XY } from '@/lib/scenario-doc/types';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { annotationUiFor, setHidden } from './annotation-ui';
import { NOTE_WIDTH } from './note-flow';

/** Repeated adds at one spot step down and right, so notes never hide each other exactly. */
const STAGGER = 24;

export type AnnotationActions = ReturnType<typeof useAnnotationActions>;

export function useAnnotationActions() {
  const { doc, ui } = usePlayground();
  const rf = useStoreApi();
  return useMemo(() => {
    const store = annotationUiFor(doc);
    /** The middle of what the canvas shows, in flow coordinates. */
    const viewCentre = (): XY => {
      const { width, height, transform } = rf.getState();
      const [x, y, zoom] = transform;
      return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
    };
    return {
      /** Adds an empty note centred on `at` (the view's middle by default), selected and ready to type into. */
      addNote: (at: XY = viewCentre()) => {
        if (store.getState().hidden) setHidden(store, false);
        const notes = annotationsOf(doc.getState().doc);
        let p = { x: Math.round(at.x - NOTE_WIDTH / 2), y: Math.round(at.y - 30) };
        while (notes.some((a) => a.kind === 'note' && a.position.x === p.x && a.position.y === p.y)) p = { x: p.x + STAGGER, y: p.y + STAGGER };
        let id = '';
        doc.getState().apply((d) => {
          const r = addNote(d, p);
          id = r.id;
          return r.doc;
        });
        ui.getState().select([], []);
        store.setState({ selected: [id], editing: id, arrowTool: false });
        // Focus leaves the button at once: a space typed before the note's field takes focus must not add another.
        if (document.activeElement instanceof HTMLButtonElement) document.activeElement.blur();
        return id;
      },
      toggleArrowTool: () => {
        const on = !store.getState().arrowTool;
        if (on && store.getState().hidden) setHidden(store, false);
        store.setState({ arrowTool: on, draft: undefined, editing: undefined });
      },
      toggleHidden: () => setHidden(store, !store.getState().hidden),
    };
  }, [doc, ui, rf]);
}
