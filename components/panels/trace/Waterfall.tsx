'use client';
/**
 * One trace as a waterfall: a row per span, indented by depth, its bar on a time axis shared by
 * all rows. Rows take the keyboard focus (arrow keys, roving tabindex); the focused or hovered
 * span's details show underneath.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Trace } from '@/simulations/index';
import { SpanBar } from './SpanBar';
import { SpanDetails } from './SpanDetails';
import { fmtMs, layoutWaterfall } from './waterfall-layout';

const LABEL_COL = 'minmax(9rem,16rem)';

export function Waterfall({ trace }: { trace: Trace }) {
  const w = useMemo(() => layoutWaterfall(trace), [trace]);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const at = Math.min(active, w.rows.length - 1);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLUListElement>) => {
      const last = w.rows.length - 1;
      const next = e.key === 'ArrowDown' ? Math.min(last, at + 1) : e.key === 'ArrowUp' ? Math.max(0, at - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
      if (next < 0) return;
      e.preventDefault();
      e.stopPropagation();
      setActive(next);
      (list.current?.children[next] as HTMLElement | undefined)?.focus();
    },
    [w.rows.length, at],
  );

  const answeredAt = (w.answeredMs / w.axisMs) * 100;
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-1">
      <div className="grid text-xs text-slate-500 dark:text-slate-400" style={{ gridTemplateColumns: `${LABEL_COL} minmax(0,1fr)` }} aria-hidden="true">
        <span className="px-1">span</span>
        <div className="relative mr-2 h-4">
          {w.ticks.map((t, i) => (
            <span key={t} className={`absolute whitespace-nowrap tabular-nums ${i === 0 ? '' : t >= w.axisMs * 0.97 ? '-translate-x-full' : '-translate-x-1/2'}`} style={{ left: `${(t / w.axisMs) * 100}%` }}>
              {fmtMs(t)}
            </span>
          ))}
        </div>
      </div>
      <ul ref={list} className="relative min-h-0 flex-1 overflow-y-auto rounded-md border border-slate-200 dark:border-slate-700" aria-label="Spans of the request, as a waterfall" onKeyDown={onKeyDown} data-testid="trace-waterfall">
        {w.rows.map((r, i) => (
          <li
            key={r.span.id}
            tabIndex={i === at ? 0 : -1}
            aria-label={`${r.label}, from ${fmtMs(r.startMs)} to ${fmtMs(r.endMs)}${r.span.note ? `: ${r.span.note}` : ''}`}
            onFocus={() => setActive(i)}
            onMouseEnter={() => setActive(i)}
            data-testid="span-row"
            data-kind={r.span.kind}
            className={`grid h-[1.6rem] items-center border-b border-slate-100 text-sm outline-none dark:border-slate-800 ${i === at ? 'bg-[#0072B2]/10 dark:bg-[#56B4E9]/12' : ''} focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-[#0072B2]`}
            style={{ gridTemplateColumns: `${LABEL_COL} minmax(0,1fr)` }}
          >
            <span className="truncate px-1" style={{ paddingLeft: `${0.25 + r.depth * 0.8}rem` }} title={`${r.span.name} — ${r.span.target}`}>
              <span className={r.depth === 0 ? 'font-semibold' : ''}>{r.span.name}</span>
              {r.span.kind !== 'request' && r.span.name !== r.span.target && <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">{r.span.target}</span>}
            </span>
            <div className="relative mr-2 h-full">
              {w.ticks.map((t) => (
                <span key={t} aria-hidden="true" className="absolute inset-y-0 w-px bg-slate-200/70 dark:bg-slate-700/60" style={{ left: `${(t / w.axisMs) * 100}%` }} />
              ))}
              {w.axisMs > w.answeredMs && <span aria-hidden="true" className="absolute inset-y-0 border-l border-dashed border-slate-500" style={{ left: `${answeredAt}%` }} />}
              <SpanBar row={r} />
            </div>
          </li>
        ))}
      </ul>
      <SpanDetails row={w.rows[at]} answeredMs={w.answeredMs} axisMs={w.axisMs} />
    </div>
  );
}
