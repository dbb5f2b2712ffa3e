'use client';
/** What the bar patterns mean; outcome colours are spelled out on every bar's label. */
import { KIND_COLOR } from './waterfall-layout';

const swatch = 'inline-block h-2.5 w-5 rounded-sm align-middle';

export function TraceLegend() {
  return (
    <span className="flex flex-wrap items-center gap-x-2.5 text-xs text-slate-600 dark:text-slate-300" aria-label="Legend">
      <span>
        <span className={swatch} style={{ background: KIND_COLOR.work }} /> work
      </span>
      <span>
        <span className={swatch} style={{ background: `radial-gradient(${KIND_COLOR.wait} 1.3px, transparent 1.5px) 0 0 / 5px 5px`, border: `1px solid ${KIND_COLOR.wait}` }} /> wait
      </span>
      <span>
        <span className="inline-block h-1 w-5 align-middle" style={{ background: KIND_COLOR.network }} /> network
      </span>
      <span>
        <span className={swatch} style={{ background: `repeating-linear-gradient(135deg, ${KIND_COLOR.backoff} 0 3px, transparent 3px 7px)`, border: `1px solid ${KIND_COLOR.backoff}` }} /> backoff
      </span>
      <span>
        <span className={swatch} style={{ background: 'repeating-linear-gradient(135deg, #009E73 0 6px, #009E7366 6px 10px)' }} /> abandoned
      </span>
      <span>
        <span className="inline-block h-2 w-2 rotate-45 align-middle" style={{ background: '#64748b' }} /> instant
      </span>
    </span>
  );
}
