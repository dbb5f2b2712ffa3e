'use client';
/**
 * Request traces: the recent sampled requests on the left, the picked one's spans as a waterfall
 * on the right. Snapshots carry only summaries; the spans are fetched from the worker on demand.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatTrace, type Trace } from '@/simulations/index';
import { OUTCOME_COLOR, OUTCOME_LABEL } from '@/components/canvas/overlays/outcome-colors';
import { useDriver, usePlayground } from '@/components/playground/PlaygroundProvider';
import { TraceList } from './trace/TraceList';
import { Waterfall } from './trace/Waterfall';
import { fmtMs } from './trace/waterfall-layout';
import { useRecentTraces } from './trace/use-recent-traces';

const BUTTON = 'h-[1.9rem] rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

interface Picked {
  id: number;
  trace?: Trace;
  /** The worker no longer holds it (only the latest 100 are kept). */
  gone?: boolean;
}

export function TracePanel() {
  const traces = useRecentTraces();
  const driver = useDriver();
  const { run } = usePlayground();
  const [failedOnly, setFailedOnly] = useState(false);
  const [picked, setPicked] = useState<Picked>();
  const shown = useMemo(() => (failedOnly ? traces.filter((t) => t.outcome !== 'ok') : traces), [traces, failedOnly]);

  // A reset starts a new run whose request ids mean other requests: forget the pick.
  useEffect(
    () =>
      run.subscribe((s, prev) => {
        if (s.nowMs < prev.nowMs || (s.traces.length === 0 && prev.traces.length > 0)) setPicked(undefined);
      }),
    [run],
  );

  const select = useCallback(
    (id: number) => {
      setPicked((p) => (p?.id === id ? p : { id }));
      void driver?.trace(id).then((t) => setPicked((p) => (p?.id === id ? { id, trace: t, gone: !t } : p)));
    },
    [driver],
  );

  return (
    <div className="flex h-full min-h-0 gap-3" data-testid="trace-panel">
      <div className="flex min-h-0 w-[19rem] shrink-0 flex-col gap-1.5">
        <div className="flex items-center gap-2 text-sm">
          <label className="flex items-center gap-1.5 text-slate-700 dark:text-slate-200">
            <input type="checkbox" checked={failedOnly} onChange={(e) => setFailedOnly(e.target.checked)} className="h-4 w-4 accent-[#0072B2]" data-testid="trace-failed-only" />
            Failed only
          </label>
          <span className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
            {shown.length} of {traces.length}
          </span>
        </div>
        {traces.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 p-2 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
            No sampled requests yet. Press Play: the first 20 requests of each client after the warm-up are traced, then 1 in 50.
          </p>
        ) : (
          <TraceList traces={shown} selected={picked?.id} onSelect={select} />
        )}
      </div>
      <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-1">
        {picked?.trace ? (
          <>
            <TraceHeader trace={picked.trace} onRefresh={() => select(picked.id)} />
            <Waterfall key={picked.trace.id} trace={picked.trace} />
          </>
        ) : (
          <p className="m-auto max-w-md text-center text-sm text-slate-600 dark:text-slate-300">
            {picked?.gone
              ? `Request #${picked.id} is no longer kept: the worker holds the latest 100 traces.`
              : picked
                ? 'Loading the trace…'
                : 'Pick a request on the left (↑ ↓ in the list) to see its spans as a waterfall: queue waits, work, each downstream call and its attempts, backoffs, timeouts and breaker rejections.'}
          </p>
        )}
      </div>
    </div>
  );
}

function TraceHeader({ trace, onRefresh }: { trace: Trace; onRefresh: () => void }) {
  const outcome = trace.outcome ?? 'ok';
  const stillRunning = trace.spans.some((s) => s.endMs === undefined);
  const [copied, setCopied] = useState(false);
  // The clipboard may be refused (no permission, insecure context): the button then just says nothing.
  const copy = () => void navigator.clipboard?.writeText(formatTrace(trace)).then(() => setCopied(true), () => undefined);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="trace-header">
      <span className="font-mono font-semibold">{trace.op}</span>
      <span className="text-slate-600 dark:text-slate-300">
        #{trace.id} from {trace.client} at {fmtMs(trace.startMs)}
      </span>
      <span className="tabular-nums font-semibold">{fmtMs((trace.endMs ?? trace.startMs) - trace.startMs)}</span>
      <span className="flex items-center gap-1 font-semibold">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ background: OUTCOME_COLOR[outcome] }} />
        {OUTCOME_LABEL[outcome]}
        {trace.degraded ? ' (degraded)' : ''}
      </span>
      <span className="text-xs text-slate-500 dark:text-slate-400">
        {trace.spans.length} spans{trace.truncated ? ' (more were not recorded)' : ''}
      </span>
      <span className="ml-auto flex gap-1.5">
        {stillRunning && (
          <button type="button" className={BUTTON} onClick={onRefresh} title="Abandoned work is still running in the callee: fetch its latest state">
            ↻ Refresh
          </button>
        )}
        <button type="button" className={BUTTON} onClick={copy} title="Copy the span tree as indented text">
          {copied ? 'Copied' : 'Copy as text'}
        </button>
      </span>
    </div>
  );
}
