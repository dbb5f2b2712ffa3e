'use client';
/**
 * The live charts, for the whole run or for what is selected on the canvas. Chart shapes follow
 * only the parts of the document they depend on (ids, kinds, labels, breakers), so moving a node
 * or tuning a parameter never rebuilds a chart.
 */
import { useMemo, useState } from 'react';
import { useDoc, useUi } from '@/components/playground/PlaygroundProvider';
import { ChartCard } from './ChartCard';
import { chartDocOf, chartsFor, type ChartDoc, type Scope } from './chart-specs';
import { useDark, useLargeText } from './use-dark';

export function ChartsTab() {
  const shape = useDoc((s) => JSON.stringify(chartDocOf(s.doc)));
  const node = useUi((s) => s.selectedNodes[0]);
  const link = useUi((s) => s.selectedLinks[0]);
  // "Whole run" sticks for the selection it was chosen with; selecting something else shows that.
  const [runPinnedFor, setRunPinnedFor] = useState<string | null>(null);
  const dark = useDark();
  const large = useLargeText();

  const chartDoc = useMemo(() => JSON.parse(shape) as ChartDoc, [shape]);
  const selectedKind = node ? 'node' : link ? 'link' : undefined;
  const selectedId = node ?? link ?? '';
  const wholeRun = runPinnedFor === selectedId;
  const scopeKind = wholeRun || !selectedKind ? 'run' : selectedKind;
  const specs = useMemo(() => chartsFor(chartDoc, toScope(scopeKind, selectedId)), [chartDoc, scopeKind, selectedId]);
  const selectionName = selectedKind ? nameOf(chartDoc, selectedKind, selectedId) : undefined;

  return (
    <div className="flex h-full min-h-0 min-w-0 flex-col gap-1.5">
      <div className="flex items-center gap-2 text-sm" role="radiogroup" aria-label="Charts for">
        <span className="text-slate-600 dark:text-slate-300">Charts for</span>
        <ScopeButton active={scopeKind === 'run'} onClick={() => setRunPinnedFor(selectedId)} testId="scope-run">
          Whole run
        </ScopeButton>
        <ScopeButton active={scopeKind !== 'run'} disabled={!selectedKind} onClick={() => setRunPinnedFor(null)} testId="scope-selection">
          {selectionName ? `Selected: ${selectionName}` : 'Selected (select a node or link)'}
        </ScopeButton>
      </div>
      <div className="grid min-h-0 min-w-0 flex-1 auto-cols-[minmax(19rem,1fr)] grid-flow-col gap-2 overflow-x-auto pb-1" data-testid="charts">
        {specs.map((spec) => (
          <ChartCard key={`${spec.id}|${spec.title}|${spec.series.map((s) => s.label).join(',')}`} spec={spec} dark={dark} large={large} />
        ))}
      </div>
    </div>
  );
}

function ScopeButton({ active, disabled, onClick, children, testId }: { active: boolean; disabled?: boolean; onClick: () => void; children: React.ReactNode; testId: string }) {
  return (
    <button
      type="button"
      role="radio"
      aria-checked={active}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
      className={`max-w-[20rem] truncate rounded-full border px-2.5 py-0.5 text-sm disabled:opacity-50 ${
        active ? 'border-[#0072B2] bg-[#0072B2] font-semibold text-white' : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800'
      }`}
    >
      {children}
    </button>
  );
}

function toScope(kind: 'run' | 'node' | 'link', id: string): Scope {
  return kind === 'run' ? { kind } : { kind, id };
}

function nameOf(doc: ChartDoc, kind: 'node' | 'link', id: string): string {
  const label = (x: string) => doc.nodes.find((n) => n.id === x)?.label ?? x;
  if (kind === 'node') return label(id);
  const l = doc.links.find((x) => x.id === id);
  return l ? `${label(l.from)} → ${label(l.to)}` : id;
}
