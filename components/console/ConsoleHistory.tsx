'use client';
/** The requests sent so far, newest first: status, simulated latency, who answered, the body, and "show trace". */
import { useState } from 'react';
import type { ConsoleEntry } from '@/lib/console/console-store';
import { fmtMs } from '@/components/panels/trace/waterfall-layout';

interface Props {
  entries: ConsoleEntry[];
  lit?: number;
  onLight(n: number | undefined): void;
}

function statusTone(s: number | undefined): string {
  if (s === undefined) return 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200';
  if (s < 300) return 'bg-[#009E73] text-white';
  if (s < 500) return 'bg-[#E69F00] text-black';
  return 'bg-[#D55E00] text-white';
}

export function ConsoleHistory({ entries, lit, onLight }: Props) {
  const [open, setOpen] = useState<number>();
  if (entries.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No requests yet. Send one: it goes out as a real HTTP request from this page.</p>;
  return (
    <ol className="flex min-h-0 flex-col gap-1 overflow-y-auto pr-1" data-testid="console-history">
      {entries.map((e) => (
        <li key={e.n} className={`rounded-md border px-2 py-1 text-sm ${lit === e.n ? 'border-[#0072B2]' : 'border-slate-200 dark:border-slate-700'}`} data-testid="console-entry" data-status={e.status} data-state={e.state}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-xs text-slate-500">#{e.n}</span>
            <span className="font-mono">
              {e.method} {e.path}
            </span>
            {e.state === 'pending' && <span className="text-xs text-slate-500">waiting for the simulation…</span>}
            {e.state === 'failed' && <span className="text-xs text-[#B54A00]">{e.error}</span>}
            {e.status !== undefined && (
              <span className={`rounded px-1.5 font-mono text-xs font-bold ${statusTone(e.status)}`} data-testid="console-status">
                {e.status} {e.result?.outcome && e.result.outcome !== 'ok' ? e.result.outcome : ''}
              </span>
            )}
            {e.latencyMs !== undefined && !Number.isNaN(e.latencyMs) && (
              <span className="tabular-nums" data-testid="console-latency" title="Simulated time from the request to its answer">
                {fmtMs(e.latencyMs)} simulated
              </span>
            )}
            {e.state === 'done' && (
              <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="console-answered-by">
                {e.viaMsw ? `answered by the service worker (msw)${e.mode === 'paused' ? ', run was paused: clock advanced to the answer' : ''}` : 'answered by the app server, not the simulation'}
                {e.wallMs !== undefined ? ` · ${e.wallMs} ms real` : ''}
              </span>
            )}
            <span className="ml-auto flex gap-1">
              {e.result && e.result.nodes.length > 0 && (
                <button type="button" className="rounded px-1.5 text-xs text-[#0072B2] hover:underline dark:text-[#56B4E9]" onClick={() => onLight(lit === e.n ? undefined : e.n)} data-testid="console-show-trace" aria-pressed={lit === e.n}>
                  {lit === e.n ? 'Hide trace' : 'Show trace'}
                </button>
              )}
              {e.body !== undefined && (
                <button type="button" className="rounded px-1.5 text-xs text-slate-600 hover:underline dark:text-slate-300" onClick={() => setOpen(open === e.n ? undefined : e.n)} aria-expanded={open === e.n}>
                  {open === e.n ? 'Hide body' : 'Body'}
                </button>
              )}
            </span>
          </div>
          {e.result && lit === e.n && <p className="text-xs text-slate-600 dark:text-slate-300">Path: {e.result.nodes.join(' → ')} · trace #{e.result.id} · started at {fmtMs(e.result.startedAtMs)} simulated</p>}
          {open === e.n && <pre className="mt-1 max-h-40 overflow-auto rounded bg-slate-100 p-1.5 font-mono text-xs dark:bg-slate-900" data-testid="console-body-text">{e.body}</pre>}
        </li>
      ))}
    </ol>
  );
}
