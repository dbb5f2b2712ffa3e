'use client';
/**
 * The recent domain events in the guide's shape, newest first, filterable by type and by
 * aggregate. Rows are capped (show more on demand) and refreshed a few times a second, so the
 * run store's 500 events stay cheap at any speed.
 */
import { useCallback, useMemo, useState } from 'react';
import { EVENTS_CAP } from '@/lib/stores/run-store';
import { EventRow } from './EventRow';
import { eventTypes, visibleEvents } from './event-filter';
import { useThrottledEvents } from './use-throttled-events';

const PAGE = 100;

const FIELD = 'h-[2rem] rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export function EventLog() {
  const [frozen, setFrozen] = useState(false);
  const events = useThrottledEvents(frozen);
  const [type, setType] = useState('');
  const [aggregate, setAggregate] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());

  const types = useMemo(() => eventTypes(events), [events]);
  const { rows, matched } = useMemo(() => visibleEvents(events, { type, aggregate }, limit), [events, type, aggregate, limit]);
  // Opening a row freezes the list: otherwise new events push the row away while it is being read.
  const toggle = useCallback((id: string) => {
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
    setFrozen(true);
  }, []);

  return (
    <div className="flex h-full min-h-0 flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-1.5 text-slate-600 dark:text-slate-300">
          Type
          <select value={type} onChange={(e) => setType(e.target.value)} className={FIELD} data-testid="event-type-filter">
            <option value="">All types</option>
            {type && !types.includes(type) && <option value={type}>{type}</option>}
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1.5 text-slate-600 dark:text-slate-300">
          Aggregate
          <input value={aggregate} onChange={(e) => setAggregate(e.target.value)} placeholder="id or type, e.g. user-12" className={`${FIELD} w-[12rem]`} data-testid="event-aggregate-filter" />
        </label>
        <button
          type="button"
          aria-pressed={frozen}
          onClick={() => setFrozen((f) => !f)}
          className={`h-[2rem] rounded-md border px-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-[#0072B2] ${
            frozen ? 'border-[#E69F00] bg-[#E69F00]/15 text-slate-900 dark:text-slate-100' : 'border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'
          }`}
          title="Stop the list from moving while you read it; the run goes on"
        >
          {frozen ? '▶ Follow live' : '❚❚ Freeze list'}
        </button>
        <span className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
          {events.length === 0 ? 'No events yet: a publish or enqueue link produces them.' : `${Math.min(matched, rows.length)} of ${matched} shown · the latest ${EVENTS_CAP} are kept`}
        </span>
      </div>
      <ul className="min-h-0 flex-1 overflow-y-auto rounded-md border border-slate-200 dark:border-slate-700" aria-label="Domain events, newest first" data-testid="event-log">
        {rows.map((e) => (
          <EventRow key={e.id} event={e} open={open.has(e.id)} onToggle={toggle} />
        ))}
        {matched > rows.length && (
          <li className="p-2 text-center">
            <button type="button" onClick={() => setLimit((l) => l + PAGE)} className={FIELD}>
              Show {Math.min(PAGE, matched - rows.length)} more
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
