'use client';
/** One domain event: a summary line that expands to the event's JSON, exactly as the engine produced it. */
import { memo } from 'react';
import type { DomainEvent } from '@/simulations/index';

export function formatEventTime(ms: number): string {
  const m = Math.floor(ms / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

export const EventRow = memo(function EventRow({ event, open, onToggle }: { event: DomainEvent; open: boolean; onToggle: (id: string) => void }) {
  return (
    <li className="border-b border-slate-100 dark:border-slate-800" data-testid="event-row">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => onToggle(event.id)}
        className="grid w-full grid-cols-[1rem_6rem_minmax(8rem,14rem)_minmax(0,1fr)_auto] items-baseline gap-2 px-2 py-1 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:hover:bg-slate-800/60"
      >
        <span aria-hidden="true" className="text-slate-400">
          {open ? '▾' : '▸'}
        </span>
        <span className="font-mono text-xs tabular-nums text-slate-500 dark:text-slate-400" title="Simulated time">
          {formatEventTime(event.timestamp)}
        </span>
        <span className="truncate font-mono font-semibold text-slate-900 dark:text-slate-100">{event.type}</span>
        <span className="truncate text-slate-700 dark:text-slate-300">
          {event.aggregateType} <span className="font-mono">{event.aggregateId}</span> · v{event.version}
        </span>
        <span className="font-mono text-xs text-slate-400">{event.id}</span>
      </button>
      {open && (
        <pre className="mx-2 mb-2 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs leading-snug text-slate-800 dark:bg-slate-800 dark:text-slate-100" data-testid="event-json">
          {JSON.stringify(event, null, 2)}
        </pre>
      )}
    </li>
  );
});
