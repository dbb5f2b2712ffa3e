/** A variant's graph as a small SVG (the gallery's preview), with what it changed against A outlined in its colour. */
import { previewOf } from '@/lib/presets/preview';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';

export function VariantPreview({ doc, color, marked }: { doc: ScenarioDoc; color: string; marked: ReadonlySet<string> }) {
  const p = previewOf(doc);
  return (
    <svg viewBox={p.viewBox} preserveAspectRatio="xMidYMid meet" className="h-full w-full" role="img" aria-label={`${doc.nodes.length} nodes, ${doc.links?.length ?? 0} links`}>
      <g className="fill-none" strokeWidth={5} strokeLinecap="round">
        {p.links.map((l) => (
          <path key={l.id} d={l.d} strokeDasharray={l.dashed ? '16 12' : undefined} stroke={marked.has(l.id) ? color : undefined} strokeWidth={marked.has(l.id) ? 10 : 5} className={marked.has(l.id) ? undefined : 'stroke-slate-500 dark:stroke-slate-400'} />
        ))}
      </g>
      {p.links.map((l) => (
        <polygon key={l.id} points={l.arrow} fill={marked.has(l.id) ? color : undefined} className={marked.has(l.id) ? undefined : 'fill-slate-500 dark:fill-slate-400'} />
      ))}
      {p.nodes.map((n) => (
        <g key={n.id}>
          {marked.has(n.id) && <rect x={n.x - 12} y={n.y - 12} width={n.w + 24} height={n.h + 24} rx={18} fill="none" stroke={color} strokeWidth={8} />}
          <rect x={n.x} y={n.y} width={n.w} height={n.h} rx={12} className="fill-white stroke-slate-300 dark:fill-slate-900 dark:stroke-slate-600" strokeWidth={4} />
          <rect x={n.x} y={n.y} width={16} height={n.h} rx={6} fill={n.accent} />
          <rect x={n.x + 36} y={n.y + 22} width={n.w * 0.55} height={14} rx={7} className="fill-slate-400 dark:fill-slate-500" />
          <rect x={n.x + 36} y={n.y + 50} width={n.w * 0.38} height={10} rx={5} className="fill-slate-200 dark:fill-slate-700" />
        </g>
      ))}
    </svg>
  );
}
