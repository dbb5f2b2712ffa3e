'use client';
/**
 * Annotation arrows, drawn in the flow's own coordinates (React Flow's viewport portal), above nodes and links, so
 * they pan, zoom and appear in the PNG/SVG export with everything else. A click selects an arrow; a selected arrow
 * shows its two ends, which can be dragged onto a note, node, link or any point; a double-click edits its label.
 */
import { memo, useState } from 'react';
import { ViewportPortal, useReactFlow } from '@xyflow/react';
import type { ArrowAnnotation } from '@/simulations/scenario/annotations-schema';
import { ARROW_LABEL_MAX_CHARS } from '@/simulations/scenario/annotations-schema';
import { setArrowEnd, setArrowLabel } from '@/lib/annotations/commands';
import type { ArrowLine } from '@/lib/annotations/geometry';
import type { XY } from '@/lib/scenario-doc/types';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { useAnnotationUi, useAnnotationUiStore, type AnnotationUiState } from './annotation-ui';
import { refAt } from './hit';

export const ARROW_INK = '#c2410c';
const SELECTED_INK = '#0072b2';
const HEAD = 12;

function head(line: ArrowLine): { shaft: XY; points: string } {
  const dx = line.to.x - line.from.x;
  const dy = line.to.y - line.from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = line.to.x - ux * HEAD;
  const by = line.to.y - uy * HEAD;
  const w = HEAD / 2;
  return { shaft: { x: line.to.x - ux * (HEAD - 2), y: line.to.y - uy * (HEAD - 2) }, points: `${line.to.x},${line.to.y} ${bx - uy * w},${by + ux * w} ${bx + uy * w},${by - ux * w}` };
}

export const ArrowShape = memo(function ArrowShape({ line, ink, dashed }: { line: ArrowLine; ink: string; dashed?: boolean }) {
  const h = head(line);
  return (
    <>
      <line x1={line.from.x} y1={line.from.y} x2={h.shaft.x} y2={h.shaft.y} stroke={ink} strokeWidth={2.5} strokeLinecap="round" strokeDasharray={dashed ? '6 5' : undefined} />
      <polygon points={h.points} fill={ink} />
    </>
  );
});

interface Props {
  arrows: readonly ArrowAnnotation[];
  lines: ReadonlyMap<string, ArrowLine>;
  /** Drawn only: no selecting, re-aiming or labelling (the presenter view). */
  readOnly?: boolean;
}

export function ArrowLayer({ arrows, lines, readOnly = false }: Props) {
  const { doc, ui } = usePlayground();
  const store = useAnnotationUiStore();
  const flow = useReactFlow();
  const selected = useAnnotationUi((s) => s.selected);
  const draft = useAnnotationUi((s) => s.draft);
  const [labeling, setLabeling] = useState<string>();

  const select = (id: string, e: React.PointerEvent) => {
    e.stopPropagation();
    const add = e.ctrlKey || e.metaKey || e.shiftKey;
    store.setState({ selected: add ? [...new Set([...store.getState().selected, id])] : [id], editing: undefined });
    if (!add) ui.getState().select([], []);
  };

  /** Drags one end of a selected arrow; the drop attaches it to what is under the pointer, or pins it there. */
  const dragEnd = (a: ArrowAnnotation, which: 'from' | 'to', e: React.PointerEvent) => {
    e.stopPropagation();
    e.preventDefault();
    const at = (ev: PointerEvent | React.PointerEvent) => flow.screenToFlowPosition({ x: ev.clientX, y: ev.clientY }, { snapToGrid: false });
    store.setState({ draft: { from: a.from, to: a.to, arrowId: a.id, which } });
    const move = (ev: PointerEvent) => {
      const p = at(ev);
      const d = store.getState().draft;
      if (d) store.setState({ draft: { ...d, [which]: { x: p.x, y: p.y } } });
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      store.setState({ draft: undefined });
      const p = at(ev);
      const ref = refAt(ev.clientX, ev.clientY);
      const other = which === 'from' ? a.to.ref : a.from.ref;
      doc.getState().apply((d) => setArrowEnd(d, a.id, which, ref && ref !== other ? { x: p.x, y: p.y, ref } : { x: p.x, y: p.y }));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <ViewportPortal>
      <svg data-annotation-arrows="" className="absolute left-0 top-0 overflow-visible" width={1} height={1} aria-hidden="true">
        {arrows.map((a) => {
          const line = lines.get(a.id);
          if (!line || draft?.arrowId === a.id) return null;
          const on = !readOnly && selected.includes(a.id);
          return (
            <g key={a.id} data-arrow={a.id}>
              {!readOnly && (
                <line
                  x1={line.from.x}
                  y1={line.from.y}
                  x2={line.to.x}
                  y2={line.to.y}
                  stroke="transparent"
                  strokeWidth={16}
                  style={{ pointerEvents: 'stroke', cursor: 'pointer' }}
                  onPointerDown={(e) => select(a.id, e)}
                  onDoubleClick={() => setLabeling(a.id)}
                />
              )}
              <ArrowShape line={line} ink={on ? SELECTED_INK : ARROW_INK} />
              {on &&
                (['from', 'to'] as const).map((w) => (
                  <circle
                    key={w}
                    data-annotation-ui=""
                    data-arrow-end={w}
                    cx={line[w].x}
                    cy={line[w].y}
                    r={7}
                    fill="white"
                    stroke={SELECTED_INK}
                    strokeWidth={2}
                    style={{ pointerEvents: 'all', cursor: 'move' }}
                    onPointerDown={(e) => dragEnd(a, w, e)}
                  />
                ))}
            </g>
          );
        })}
        {draft && <DraftArrow draft={draft} lines={lines} />}
      </svg>
      {arrows.map((a) => {
        const line = lines.get(a.id);
        if (!line || (!a.label && labeling !== a.id)) return null;
        const mid = { x: (line.from.x + line.to.x) / 2, y: (line.from.y + line.to.y) / 2 };
        return (
          <div key={a.id} data-arrow={a.id} className="absolute left-0 top-0" style={{ transform: `translate(${mid.x}px, ${mid.y}px) translate(-50%, -130%)` }}>
            {labeling === a.id ? (
              <input
                autoFocus
                aria-label="Arrow label"
                defaultValue={a.label ?? ''}
                maxLength={ARROW_LABEL_MAX_CHARS}
                className="nodrag nopan pointer-events-auto w-48 rounded border border-[#0072b2] bg-white px-1.5 py-0.5 text-sm text-slate-900"
                onBlur={(e) => {
                  const v = e.currentTarget.value;
                  doc.getState().apply((d) => setArrowLabel(d, a.id, v));
                  setLabeling(undefined);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
                }}
              />
            ) : (
              <span
                className={`${readOnly ? '' : 'pointer-events-auto cursor-pointer'} block whitespace-nowrap rounded bg-white/90 px-1.5 text-sm font-semibold text-[#c2410c] dark:bg-slate-900/90 dark:text-[#fb923c]`}
                onPointerDown={readOnly ? undefined : (e) => select(a.id, e)}
                onDoubleClick={readOnly ? undefined : () => setLabeling(a.id)}
              >
                {a.label}
              </span>
            )}
          </div>
        );
      })}
    </ViewportPortal>
  );
}

/** The arrow being drawn or re-aimed: attached ends where they are, the moving end at the pointer. */
function DraftArrow({ draft, lines }: { draft: NonNullable<AnnotationUiState['draft']>; lines: ReadonlyMap<string, ArrowLine> }) {
  const placed = draft.arrowId ? lines.get(draft.arrowId) : undefined;
  const from = draft.which === 'from' || !placed ? { x: draft.from.x, y: draft.from.y } : placed.from;
  const to = draft.which === 'to' || !placed ? { x: draft.to.x, y: draft.to.y } : placed.to;
  return <ArrowShape line={{ from, to }} ink={SELECTED_INK} dashed />;
}
