/** A preset's graph as a small inline SVG (no client JavaScript): boxes in kind accents, sync links solid, async dashed. */
import { previewOf } from '@/lib/presets/preview';
import type { ScenarioInput } from '@/simulations/index';

export function PresetPreview({ scenario }: { scenario: Pick<ScenarioInput, 'nodes' | 'links'> }) {
  const p = previewOf(scenario);
  return (
    <svg viewBox={p.viewBox} preserveAspectRatio="xMidYMid meet" className="h-full w-full" aria-hidden="true" focusable="false">
      <g className="fill-none stroke-slate-500 dark:stroke-slate-400" strokeWidth={5} strokeLinecap="round">
        {p.links.map((l) => (
          <path key={l.id} d={l.d} strokeDasharray={l.dashed ? '16 12' : undefined} />
        ))}
      </g>
      <g className="fill-slate-500 dark:fill-slate-400">
        {p.links.map((l) => (
          <polygon key={l.id} points={l.arrow} />
        ))}
      </g>
      {p.nodes.map((n) => (
        <g key={n.id}>
          <rect x={n.x} y={n.y} width={n.w} height={n.h} rx={12} className="fill-white stroke-slate-300 dark:fill-slate-900 dark:stroke-slate-600" strokeWidth={4} />
          <rect x={n.x} y={n.y} width={16} height={n.h} rx={6} fill={n.accent} />
          {/* Two grey bars stand for the label and the summary line. */}
          <rect x={n.x + 36} y={n.y + 22} width={n.w * 0.55} height={14} rx={7} className="fill-slate-400 dark:fill-slate-500" />
          <rect x={n.x + 36} y={n.y + 50} width={n.w * 0.38} height={10} rx={5} className="fill-slate-200 dark:fill-slate-700" />
        </g>
      ))}
    </svg>
  );
}
