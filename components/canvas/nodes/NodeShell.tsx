'use client';
/** The frame every node kind shares: accent, icon, label, summary, live badges, fault marker and handles. */
import { Handle, Position } from '@xyflow/react';
import type { NodeKind } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';
import { NodeBadges } from '@/components/canvas/overlays/NodeBadges';
import { useRun } from '@/components/playground/PlaygroundProvider';
import { KindIcon } from './KindIcon';
import { KIND_ACCENT, handlesOf, kindTitle } from './kind-style';
import { NodeLabel } from './NodeLabel';

export interface ShellProps {
  node: DocNode;
  selected: boolean;
  summary: string;
}

const HANDLE = 'h-3.5! w-3.5! border-2! bg-white! dark:bg-slate-900!';

export function NodeShell({ node, selected, summary }: ShellProps) {
  const kind = node.kind as NodeKind;
  const accent = KIND_ACCENT[kind];
  const ports = handlesOf(kind);
  const faulted = useRun((s) => s.nodes[node.id]?.faulted ?? false);
  const label = node.label || node.id;
  return (
    <div
      data-kind={kind}
      data-faulted={faulted || undefined}
      className={`relative w-[13rem] rounded-lg border-2 bg-white px-3 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
        selected ? 'border-[#0072B2] ring-2 ring-[#0072B2]/40' : 'border-slate-300 dark:border-slate-600'
      } ${faulted ? 'outline-2 outline-offset-4 outline-[#D55E00] outline-dashed' : ''}`}
    >
      <div aria-hidden="true" className="absolute inset-y-0 left-0 w-1.5 rounded-l-md" style={{ background: accent }} />
      {/* The kind sits on the top border like a legend, so it costs the label no room. */}
      <span className="absolute -top-2 left-4 rounded bg-white px-1 font-semibold uppercase leading-none tracking-wider text-slate-500 dark:bg-slate-900 dark:text-slate-400" style={{ fontSize: '0.6rem' }}>
        {kindTitle(kind)}
      </span>
      {ports.target && <Handle type="target" position={Position.Left} className={HANDLE} style={{ borderColor: accent }} />}
      <div className="flex items-center gap-2 pl-1">
        <KindIcon kind={kind} color={accent} />
        <NodeLabel id={node.id} label={label} />
      </div>
      <div className="mt-0.5 truncate pl-1 text-xs text-slate-600 dark:text-slate-300" title={summary}>
        {summary}
      </div>
      <NodeBadges nodeId={node.id} kind={kind} />
      {faulted && (
        <span role="img" aria-label="fault active" className="absolute -top-3 right-2 rounded bg-[#D55E00] px-1.5 text-[0.7rem] font-bold text-white">
          ⚡ FAULT
        </span>
      )}
      {ports.source && <Handle type="source" position={Position.Right} className={HANDLE} style={{ borderColor: accent }} />}
    </div>
  );
}
