'use client';
/**
 * Recent sampled requests, newest first: a listbox (arrow keys, Home/End; selection follows the
 * keyboard focus) whose rows say client, operation, duration and outcome in colour and text.
 */
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import type { TraceSummary } from '@/simulations/index';
import { OUTCOME_COLOR, OUTCOME_LABEL } from '@/components/canvas/overlays/outcome-colors';
import { fmtMs } from './waterfall-layout';

const optionId = (id: number) => `trace-option-${id}`;

export function TraceList({ traces, selected, onSelect }: { traces: TraceSummary[]; selected: number | undefined; onSelect: (id: number) => void }) {
  const ref = useRef<HTMLUListElement>(null);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLUListElement>) => {
      if (traces.length === 0) return;
      const at = traces.findIndex((t) => t.id === selected);
      let next: number;
      if (e.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(traces.length - 1, at + 1);
      else if (e.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(0, at - 1);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = traces.length - 1;
      else return;
      e.preventDefault();
      e.stopPropagation();
      onSelect(traces[next].id);
      ref.current?.querySelector(`#${optionId(traces[next].id)}`)?.scrollIntoView({ block: 'nearest' });
    },
    [traces, selected, onSelect],
  );

  return (
    <ul
      ref={ref}
      role="listbox"
      tabIndex={0}
      aria-label="Sampled requests, newest first"
      aria-activedescendant={selected !== undefined && traces.some((t) => t.id === selected) ? optionId(selected) : undefined}
      onKeyDown={onKeyDown}
      className="min-h-0 flex-1 overflow-y-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-700"
      data-testid="trace-list"
    >
      {traces.map((t) => (
        <TraceOption key={t.id} t={t} selected={t.id === selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}

const TraceOption = memo(function TraceOption({ t, selected, onSelect }: { t: TraceSummary; selected: boolean; onSelect: (id: number) => void }) {
  const color = OUTCOME_COLOR[t.outcome];
  return (
    <li
      id={optionId(t.id)}
      role="option"
      aria-selected={selected}
      onClick={() => onSelect(t.id)}
      data-testid="trace-row"
      data-outcome={t.outcome}
      data-spans={t.spanCount}
      className={`grid cursor-pointer grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-2 border-b border-l-4 border-b-slate-100 px-2 py-1 text-sm dark:border-b-slate-800 ${
        selected ? 'bg-[#0072B2]/12 dark:bg-[#56B4E9]/15' : 'hover:bg-slate-100 dark:hover:bg-slate-800/60'
      }`}
      style={{ borderLeftColor: color }}
    >
      <span className="truncate font-mono text-slate-900 dark:text-slate-100" title={t.op}>
        {t.op}
      </span>
      <span className="font-mono text-xs tabular-nums text-slate-700 dark:text-slate-200">{fmtMs(t.durationMs)}</span>
      <span className="truncate text-xs text-slate-500 dark:text-slate-400">
        #{t.id} · {t.client} · at {fmtMs(t.startMs)}
      </span>
      <span className="flex items-center gap-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
        <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: color }} />
        {OUTCOME_LABEL[t.outcome]}
        {t.degraded ? ' (degraded)' : ''}
      </span>
    </li>
  );
});
