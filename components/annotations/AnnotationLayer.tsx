'use client';
/**
 * Everything annotations add inside the canvas (a child of <ReactFlow>): the arrows, the arrow tool, the keys, and the
 * message when a scenario holds annotations that cannot be drawn. The notes themselves are React Flow nodes
 * (useWithNotes), so the canvas draws them wherever it is shown — the editor, the presenter view, a picture export.
 */
import { Suspense, lazy, useCallback, useEffect, useRef } from 'react';
import { Panel, useReactFlow } from '@xyflow/react';
import { annotationsOf } from '@/lib/annotations/commands';
import { annotationProblems } from '@/lib/annotations/problems';
import type { XY } from '@/lib/scenario-doc/types';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { annotationUiFor, storedHidden, useAnnotationUi } from './annotation-ui';
import { AnnotationButtons } from './AnnotationButtons';
import { useAnnotationActions } from './use-annotation-actions';
import { useAnnotationKeys } from './use-annotation-keys';

// Arrows and the arrow tool load on first need: the playground's first load has no room for them.
const Arrows = lazy(() => import('./Arrows'));
const ArrowTool = lazy(() => import('./ArrowTool'));

function useCounts() {
  const count = useDoc((s) => annotationsOf(s.doc).length);
  const arrows = useDoc((s) => annotationsOf(s.doc).some((a) => a.kind === 'arrow'));
  const hidden = useAnnotationUi((s) => s.hidden);
  return { count, arrows, hidden };
}

/**
 * The read-only layer for a canvas that only shows the system (the presenter view): the arrows, and one button to
 * hide or show all annotations. Use with `useWithNotes(nodes, sizes, true)` for the notes.
 */
export function AnnotationView() {
  const { arrows, hidden, count } = useCounts();
  const actions = useAnnotationActions();
  return (
    <>
      {!hidden && arrows && (
        <Suspense fallback={null}>
          <Arrows readOnly />
        </Suspense>
      )}
      {count > 0 && (
        <Panel position="bottom-left">
          <button
            type="button"
            onClick={actions.toggleHidden}
            aria-pressed={hidden}
            className="rounded-md border border-slate-300 bg-white/95 px-3 py-1.5 text-base font-medium text-slate-700 shadow-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900/95 dark:text-slate-200"
          >
            {hidden ? `Show notes (${count})` : 'Hide notes'}
          </button>
        </Panel>
      )}
    </>
  );
}

export function AnnotationLayer() {
  const { doc, ui } = usePlayground();
  const flow = useReactFlow();
  const { arrows, hidden } = useCounts();
  const tool = useAnnotationUi((s) => s.arrowTool || s.draft !== undefined);

  // Where the pointer last was over the canvas: N puts the note there.
  const lastPointer = useRef<{ x: number; y: number } | undefined>(undefined);
  const pointer = useCallback((): XY | undefined => {
    const p = lastPointer.current;
    return p ? flow.screenToFlowPosition(p, { snapToGrid: false }) : undefined;
  }, [flow]);
  const actions = useAnnotationActions();
  useAnnotationKeys(actions, pointer);

  useEffect(() => {
    const store = annotationUiFor(doc);
    if (storedHidden()) store.setState({ hidden: true });
    let told: string | undefined;
    const check = (raw: unknown, prevRaw: unknown) => {
      if (raw === prevRaw) return;
      const s = store.getState();
      const ids = new Set(annotationsOf(doc.getState().doc).map((a) => a.id));
      // Undo or an opened scenario can take away what was selected or being typed into.
      if (s.selected.some((id) => !ids.has(id)) || (s.editing && !ids.has(s.editing))) store.setState({ selected: s.selected.filter((id) => ids.has(id)), editing: s.editing && ids.has(s.editing) ? s.editing : undefined });
      const problem = annotationProblems(doc.getState().doc);
      if (problem && problem !== told) ui.getState().notify(problem, 'warn');
      told = problem;
    };
    check(doc.getState().doc.annotations, undefined);
    const unsubscribe = doc.subscribe((s, prev) => check(s.doc.annotations, prev.doc.annotations));

    const onPointerMove = (e: PointerEvent) => {
      const inCanvas = e.target instanceof Element && !!e.target.closest('.react-flow');
      lastPointer.current = inCanvas ? { x: e.clientX, y: e.clientY } : undefined;
    };
    // A press anywhere else on the canvas lets go of selected arrows (React Flow looks after the notes).
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest('.react-flow') || e.target.closest('[data-arrow], [data-annotation-ui], .react-flow__node-toolbar')) return;
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      const s = store.getState();
      const arrowIds = new Set(annotationsOf(doc.getState().doc).filter((a) => a.kind === 'arrow').map((a) => a.id));
      if (s.selected.some((id) => arrowIds.has(id))) store.setState({ selected: s.selected.filter((id) => !arrowIds.has(id)) });
    };
    document.addEventListener('pointermove', onPointerMove, { passive: true });
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      unsubscribe();
      document.removeEventListener('pointermove', onPointerMove);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [doc, ui]);

  return (
    <>
      {!hidden && (arrows || tool) && (
        <Suspense fallback={null}>
          <Arrows />
        </Suspense>
      )}
      {tool && (
        <Suspense fallback={null}>
          <ArrowTool />
        </Suspense>
      )}
      <AnnotationButtons />
    </>
  );
}
