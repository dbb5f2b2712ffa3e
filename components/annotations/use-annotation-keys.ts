'use client';
/**
 * Keys for annotations, heard before the canvas's own shortcuts (registered first, capture phase): N adds a note,
 * A toggles the arrow tool, Enter types into the selected note, Esc leaves the tool or the selection, and
 * Delete/Backspace removes selected notes and arrows — together with selected nodes and links as one undo step, and
 * with the arrows attached to whatever goes. Never while someone types into a field.
 */
import { useEffect } from 'react';
import { annotationsOf, removeAnnotations } from '@/lib/annotations/commands';
import { removeElements } from '@/lib/scenario-doc/commands';
import type { XY } from '@/lib/scenario-doc/types';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { annotationUiFor } from './annotation-ui';
import { annotationIdOf } from './note-flow';
import type { AnnotationActions } from './use-annotation-actions';

function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t.closest('[data-no-shortcuts]')) return true;
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
}

/** As the canvas shortcuts: editing keys act only when focus is on the canvas, the palette or the page itself. */
function inCanvasScope(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement) || t === document.body || t === document.documentElement) return true;
  return !!t.closest('.react-flow, [data-canvas-scope]');
}

export function useAnnotationKeys(actions: AnnotationActions, pointer: () => XY | undefined) {
  const { doc, ui } = usePlayground();

  useEffect(() => {
    const store = annotationUiFor(doc);
    const onKeyDown = (e: KeyboardEvent) => {
      // Only in the editor: the presenter view and the other full-window views have keys of their own.
      if (e.defaultPrevented || e.isComposing || isTyping(e.target) || ui.getState().cheatSheetOpen || ui.getState().view !== 'edit') return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const done = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      const s = store.getState();
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      switch (key) {
        case 'n':
          done();
          actions.addNote(pointer());
          return;
        case 'a':
          done();
          actions.toggleArrowTool();
          return;
        case 'Escape':
          if (s.arrowTool || s.draft) {
            done();
            store.setState({ arrowTool: false, draft: undefined });
          } else if (s.selected.length > 0) store.setState({ selected: [] });
          return;
        case 'Enter': {
          const focused = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('.react-flow__node')?.dataset.id : undefined;
          const id = focused ? annotationIdOf(focused) : s.selected.length === 1 ? s.selected[0] : undefined;
          if (!id || !annotationsOf(doc.getState().doc).some((a) => a.kind === 'note' && a.id === id)) return;
          done();
          store.setState({ selected: [id], editing: id });
          return;
        }
        case 'Delete':
        case 'Backspace': {
          if (!inCanvasScope(e.target)) return;
          const { selectedNodes, selectedLinks } = ui.getState();
          const gone = [...selectedNodes, ...selectedLinks];
          const attached = annotationsOf(doc.getState().doc).some((a) => a.kind === 'arrow' && [a.from.ref, a.to.ref].some((r) => r && gone.includes(r)));
          // Nothing of ours is involved: the canvas's own Delete handles it.
          if (s.selected.length === 0 && !attached) return;
          done();
          doc.getState().apply((d) => removeAnnotations(gone.length > 0 ? removeElements(d, selectedNodes, selectedLinks) : d, s.selected, gone));
          store.setState({ selected: [], editing: undefined });
          if (gone.length > 0) ui.getState().select([], []);
          return;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [doc, ui, actions, pointer]);
}
