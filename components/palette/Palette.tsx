'use client';
/**
 * Every node kind the engine knows, from its registry: drag one onto the canvas, or click it
 * (Enter / Space) to add it in the middle of the view. Collapses to a column of icons.
 */
import { useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '@/simulations/index';
import { KindIcon } from '@/components/canvas/nodes/KindIcon';
import { KIND_ACCENT } from '@/components/canvas/nodes/kind-style';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { PALETTE_MIME, addNodeAt } from './add-node';

const KINDS = Object.keys(NODE_KINDS) as NodeKind[];

export function Palette() {
  const { doc, ui } = usePlayground();
  const flow = useStoreApi();
  const [collapsed, setCollapsed] = useState(false);

  const addAtCentre = (kind: NodeKind) => {
    const { width, height, transform, nodeLookup } = flow.getState();
    const [tx, ty, zoom] = transform;
    const occupied = [...nodeLookup.values()].map((n) => ({ ...n.internals.positionAbsolute, width: n.measured.width ?? 208, height: n.measured.height ?? 120 }));
    addNodeAt(doc, ui, kind, { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom }, occupied);
  };

  return (
    <aside
      aria-label="Components"
      data-canvas-scope
      className={`flex min-h-0 flex-col gap-1 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-950 ${collapsed ? 'w-14' : 'w-60'}`}
    >
      <div className={`flex items-center ${collapsed ? 'justify-center' : 'justify-between'} pb-1`}>
        {!collapsed && <h2 className="px-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Components</h2>}
        <button
          type="button"
          onClick={() => setCollapsed((c) => !c)}
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Expand the component palette' : 'Collapse the component palette'}
          title={collapsed ? 'Expand' : 'Collapse to icons'}
          className="grid h-7 w-7 place-items-center rounded text-slate-600 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:text-slate-300 dark:hover:bg-slate-800"
        >
          <svg viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
            <path d={collapsed ? 'm9 6 6 6-6 6' : 'm15 6-6 6 6 6'} />
          </svg>
        </button>
      </div>
      <ul className="flex flex-col gap-1.5">
        {KINDS.map((kind) => {
          const info = NODE_KINDS[kind];
          return (
            <li key={kind}>
              <button
                type="button"
                draggable
                data-kind={kind}
                onDragStart={(e) => {
                  e.dataTransfer.setData(PALETTE_MIME, kind);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => addAtCentre(kind)}
                aria-label={`Add ${info.title}: ${info.summary}`}
                title={collapsed ? `${info.title} — ${info.summary}` : 'Drag onto the canvas, or click to add in the middle'}
                className={`flex w-full cursor-grab items-start gap-2 rounded-lg border border-slate-200 bg-white text-left hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-[#0072B2] active:cursor-grabbing dark:border-slate-700 dark:bg-slate-900 dark:hover:border-slate-500 ${
                  collapsed ? 'justify-center p-2' : 'p-2'
                }`}
                style={{ borderLeft: `4px solid ${KIND_ACCENT[kind]}` }}
              >
                <KindIcon kind={kind} color={KIND_ACCENT[kind]} className="mt-0.5 h-5 w-5" />
                {!collapsed && (
                  <span className="min-w-0">
                    <span className="block text-sm font-semibold">{info.title}</span>
                    <span className="block text-xs leading-snug text-slate-600 dark:text-slate-400">{info.summary}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {!collapsed && <p className="mt-auto px-1 pt-3 text-xs text-slate-500 dark:text-slate-400">Drag onto the canvas, or click to add in the middle of the view. Press ? for shortcuts.</p>}
    </aside>
  );
}
