'use client';
/**
 * The arrow tool: while it is on, a surface over the canvas takes the pointer. Press where the arrow starts (a note, a
 * node, a link or empty canvas), drag, release where it points. The new arrow is selected and the tool turns off;
 * Esc or a click without a drag cancels.
 */
import { useReactFlow } from '@xyflow/react';
import { addArrow } from '@/lib/annotations/commands';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { useAnnotationUi, useAnnotationUiStore } from './annotation-ui';
import { refAt } from './hit';

/** Shorter drags (in screen pixels) are clicks, not arrows. */
const MIN_DRAG = 12;

export default function ArrowTool() {
  const { doc, ui } = usePlayground();
  const store = useAnnotationUiStore();
  const on = useAnnotationUi((s) => s.arrowTool);
  const flow = useReactFlow();
  if (!on) return null;

  const at = (e: React.PointerEvent) => flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });

  return (
    <div
      data-annotation-ui=""
      data-testid="arrow-tool"
      role="application"
      aria-label="Arrow tool: drag from where the arrow starts to what it points at; Esc cancels"
      className="absolute inset-0 z-[5] cursor-crosshair"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const p = at(e);
        const ref = refAt(e.clientX, e.clientY);
        const start = ref ? { x: p.x, y: p.y, ref } : { x: p.x, y: p.y };
        store.setState({ draft: { from: start, to: { x: p.x, y: p.y }, which: 'to' } });
        e.currentTarget.dataset.startX = String(e.clientX);
        e.currentTarget.dataset.startY = String(e.clientY);
      }}
      onPointerMove={(e) => {
        const d = store.getState().draft;
        if (!d || d.arrowId) return;
        const p = at(e);
        store.setState({ draft: { ...d, to: { x: p.x, y: p.y } } });
      }}
      onPointerUp={(e) => {
        const d = store.getState().draft;
        store.setState({ draft: undefined });
        if (!d || d.arrowId) return;
        const moved = Math.hypot(e.clientX - Number(e.currentTarget.dataset.startX), e.clientY - Number(e.currentTarget.dataset.startY));
        if (moved < MIN_DRAG) return;
        const p = at(e);
        const ref = refAt(e.clientX, e.clientY);
        const end = ref && ref !== d.from.ref ? { x: p.x, y: p.y, ref } : { x: p.x, y: p.y };
        let id = '';
        doc.getState().apply((cur) => {
          const r = addArrow(cur, d.from, end);
          id = r.id;
          return r.doc;
        });
        store.setState({ arrowTool: false, selected: [id], editing: undefined });
        ui.getState().select([], []);
      }}
    />
  );
}
