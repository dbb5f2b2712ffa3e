'use client';
/**
 * Pause on event, on the canvas: where the run stopped gets a pulsing ring (a node) or a glowing
 * line (a link), and a banner says what happened in one line, with a Continue button. Rendered
 * inside <ReactFlow> (the editor's canvas and the presenter's), so it follows pan and zoom.
 */
import { Panel, ViewportPortal, useInternalNode } from '@xyflow/react';
import type { Incident } from '@/simulations/index';
import { useDoc, useDriver, useRun } from '@/components/playground/PlaygroundProvider';
import { formatClock } from '@/components/run/format';

const AMBER = '#E69F00';

function useCentre(id: string | undefined): { x: number; y: number } | undefined {
  const n = useInternalNode(id ?? '');
  if (!id || !n) return undefined;
  const p = n.internals.positionAbsolute;
  return { x: p.x + (n.measured.width ?? 0) / 2, y: p.y + (n.measured.height ?? 0) / 2 };
}

function NodeRing({ id }: { id: string }) {
  const n = useInternalNode(id);
  if (!n) return null;
  const p = n.internals.positionAbsolute;
  const w = n.measured.width ?? 120;
  const h = n.measured.height ?? 60;
  const pad = 10;
  const box = { left: p.x - pad, top: p.y - pad, width: w + 2 * pad, height: h + 2 * pad };
  return (
    <div data-testid="hit-highlight" data-target={id} className="pointer-events-none absolute" style={box}>
      <div className="absolute inset-0 rounded-2xl border-4 motion-safe:animate-ping" style={{ borderColor: AMBER, opacity: 0.6 }} />
      <div className="absolute inset-0 rounded-2xl border-4" style={{ borderColor: AMBER }} />
    </div>
  );
}

function LinkGlow({ id, from, to }: { id: string; from: string; to: string }) {
  const a = useCentre(from);
  const b = useCentre(to);
  if (!a || !b) return null;
  const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const r = 26;
  return (
    <div data-testid="hit-highlight" data-target={id} className="pointer-events-none absolute left-0 top-0" style={{ width: 1, height: 1 }}>
      <svg className="absolute overflow-visible" width="1" height="1" aria-hidden="true">
        <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={AMBER} strokeWidth={14} strokeLinecap="round" opacity={0.35} className="motion-safe:animate-pulse" />
        <circle cx={m.x} cy={m.y} r={r} fill="none" stroke={AMBER} strokeWidth={5} />
        <circle cx={m.x} cy={m.y} r={r + 8} fill="none" stroke={AMBER} strokeWidth={3} opacity={0.5} className="motion-safe:animate-pulse" />
      </svg>
    </div>
  );
}

function Where({ hit }: { hit: Incident }) {
  const link = useDoc((s) => (hit.linkId ? s.doc.links?.find((l) => l.id === hit.linkId) : undefined));
  if (link) return <LinkGlow id={link.id} from={link.from} to={link.to} />;
  if (hit.nodeId) return <NodeRing id={hit.nodeId} />;
  return null;
}

export function HitBanner({ hit, large = false }: { hit: Incident; large?: boolean }) {
  const driver = useDriver();
  return (
    <div
      role="status"
      data-testid="hit-banner"
      className={`flex items-center gap-3 rounded-lg border-2 bg-white px-4 py-2 shadow-lg dark:bg-slate-900 ${large ? 'w-[min(56vw,60rem)] text-2xl' : 'w-[min(52vw,40rem)] text-sm'}`}
      style={{ borderColor: AMBER }}
    >
      <span className="font-mono font-semibold tabular-nums text-slate-700 dark:text-slate-200" title="Simulated time of the event">
        {formatClock(hit.atMs)}
      </span>
      <span className="min-w-0 flex-1 text-slate-900 dark:text-slate-100" data-testid="hit-text">
        {hit.text}
      </span>
      <button
        type="button"
        data-testid="hit-continue"
        onClick={() => void driver?.play()}
        className="shrink-0 rounded-md border border-[#0072B2] bg-[#0072B2] px-3 py-1 font-medium text-white hover:bg-[#005f94] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2]"
      >
        Continue
      </button>
    </div>
  );
}

/** Mount inside <ReactFlow>. `large`: the presenter's text size. */
export function PauseHighlight({ large = false }: { large?: boolean }) {
  const hit = useRun((s) => s.hit);
  if (!hit) return null;
  return (
    <>
      <ViewportPortal>
        <Where hit={hit} />
      </ViewportPortal>
      {/* Below the editor's own top-centre strip (variants), clear of the toolbars. */}
      <Panel position="top-center" style={{ marginTop: large ? 12 : 64 }}>
        <HitBanner hit={hit} large={large} />
      </Panel>
    </>
  );
}
