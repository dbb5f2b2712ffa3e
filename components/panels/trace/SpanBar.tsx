'use client';
/** One span's bar on the shared time axis, with its label beside it (or on it, when it fills the row). */
import type { CSSProperties } from 'react';
import type { WaterfallRow } from './waterfall-layout';

function barStyle(r: WaterfallRow): CSSProperties {
  const c = r.color;
  const base: CSSProperties = { left: `${r.left}%`, width: `max(${r.width}%, 2px)` };
  if (r.style === 'marker') return { left: `${r.left}%` };
  if (r.style === 'thin') return { ...base, height: '0.25rem', background: c };
  if (r.style === 'hatched') return { ...base, background: `repeating-linear-gradient(135deg, ${c} 0 3px, transparent 3px 7px)`, border: `1px solid ${c}` };
  if (r.style === 'dotted') return { ...base, background: `radial-gradient(${c} 1.3px, transparent 1.5px) 0 0 / 5px 5px`, border: `1px solid ${c}` };
  // Work nobody waits for any more: striped, so it reads as "abandoned" without colour.
  if (r.abandoned) return { ...base, background: `repeating-linear-gradient(135deg, ${c} 0 6px, ${c}66 6px 10px)` };
  return { ...base, background: c };
}

export function SpanBar({ row }: { row: WaterfallRow }) {
  const end = row.left + row.width;
  // Beside the bar when there is room, on it (over a chip, for contrast on any colour) when not.
  const labelStyle: CSSProperties = end < 62 ? { left: `calc(${end}% + 0.4rem)` } : row.left > 38 ? { right: `calc(${100 - row.left}% + 0.4rem)` } : { left: `calc(${row.left}% + 0.3rem)` };
  return (
    <>
      {row.style === 'marker' ? (
        <span aria-hidden="true" className="absolute top-1/2 h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border border-white dark:border-slate-900" style={{ ...barStyle(row), background: row.color }} />
      ) : (
        <span
          aria-hidden="true"
          className={`absolute top-1/2 -translate-y-1/2 rounded-sm ${row.style === 'thin' ? '' : 'h-[0.85rem]'} ${row.open ? 'border-r-2 border-dashed border-r-slate-500' : ''}`}
          style={barStyle(row)}
        />
      )}
      <span className="pointer-events-none absolute top-1/2 -translate-y-1/2 whitespace-nowrap rounded bg-white/85 px-1 text-xs leading-tight text-slate-800 dark:bg-slate-900/85 dark:text-slate-100" style={labelStyle}>
        {row.label}
      </span>
    </>
  );
}
