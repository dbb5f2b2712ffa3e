'use client';
/** The focused or hovered span in words: what, where, when, how it ended and why. */
import { OUTCOME_COLOR } from '@/components/canvas/overlays/outcome-colors';
import { TraceLegend } from './TraceLegend';
import { fmtMs, outcomeText, type WaterfallRow } from './waterfall-layout';

const KIND_TEXT: Record<string, string> = {
  request: 'client request',
  call: 'call over a link (all attempts)',
  attempt: 'one attempt',
  backoff: 'retry backoff',
  wait: 'waiting',
  work: 'own work',
  network: 'network',
  publish: 'publish',
  service: 'visit to a service',
};

export function SpanDetails({ row, answeredMs, axisMs }: { row: WaterfallRow | undefined; answeredMs: number; axisMs: number }) {
  if (!row) return null;
  const s = row.span;
  return (
    <div className="min-h-[2.6rem] rounded-md border border-slate-200 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900" aria-live="polite" data-testid="span-details">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className="font-semibold">{s.name}</span>
        {s.name !== s.kind && <span className="text-slate-600 dark:text-slate-300">{KIND_TEXT[s.kind] ?? s.kind}</span>}
        <span className="font-mono text-xs text-slate-600 dark:text-slate-300">on {s.target}</span>
        <span className="tabular-nums">
          {fmtMs(row.startMs)} → {row.open ? 'still running' : fmtMs(row.endMs)} ({fmtMs(row.durationMs)})
        </span>
        {s.outcome && (
          <span className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: OUTCOME_COLOR[s.outcome] }} />
            {outcomeText(s)}
          </span>
        )}
        {row.abandoned && <span className="font-semibold text-slate-700 dark:text-slate-200">abandoned</span>}
        {axisMs > answeredMs && <span className="text-xs text-slate-500 dark:text-slate-400">(dashed line: the client had its answer at {fmtMs(answeredMs)})</span>}
      </div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="text-xs text-slate-600 dark:text-slate-300">{s.note ?? '\u00a0'}</span>
        <TraceLegend />
      </div>
    </div>
  );
}
