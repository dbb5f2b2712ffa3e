'use client';
/**
 * A link's live label (rate and error share of the latest window) and, for a REST link with a
 * circuit breaker, a tile in the Hystrix dashboard's manner: state in words and colour, failure
 * rate, calls short-circuited, and rate-limited calls when a limiter is configured.
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { errorShare } from '@/lib/run/traffic';
import { useDoc, useRun } from '@/components/playground/PlaygroundProvider';
import { formatCount, formatPercent, formatRate } from '@/components/run/format';
import { BREAKER_LOOK, type BreakerState } from './outcome-colors';

export const LinkBadges = memo(function LinkBadges({ linkId, kind }: { linkId: string; kind: string }) {
  const live = useRun((s) => s.status !== 'idle' && s.status !== 'invalid');
  const rps = useRun((s) => round1(s.traffic[linkId]?.rps ?? 0));
  const err = useRun((s) => {
    const t = s.traffic[linkId];
    return t ? Math.round(errorShare(t) * 1000) / 1000 : 0;
  });
  const policies = useDoc((s) => policiesOf(s.doc.links, linkId));
  if (!live) return null;
  const unit = kind === 'rest' ? '' : ' msg';
  return (
    <div className="flex flex-col items-center gap-1" data-link-badges={linkId}>
      {/* A fixed, contained box around the pill: its text changes several times a second, and only
          this box is laid out again, not the graph around it. */}
      <div className="pointer-events-none flex h-[1.25rem] w-[11rem] justify-center overflow-hidden [contain:strict]">
        <div
          data-testid="link-rate"
          className="whitespace-nowrap rounded-md bg-white/90 px-1.5 font-mono text-[0.7rem] font-semibold leading-5 tabular-nums text-slate-800 shadow-sm ring-1 ring-slate-300 dark:bg-slate-900/90 dark:text-slate-100 dark:ring-slate-600"
        >
          {formatRate(rps).replace('/s', `${unit}/s`)}
          {err > 0 && (
            <span className="text-[#a34700] dark:text-[#ff9a5c]">
              {' · '}
              {formatPercent(err)} err
            </span>
          )}
        </div>
      </div>
      {(policies & HAS_BREAKER) !== 0 && <BreakerTile linkId={linkId} limiter={(policies & HAS_LIMITER) !== 0} />}
      {(policies & (HAS_BREAKER | HAS_LIMITER)) === HAS_LIMITER && <LimiterTile linkId={linkId} />}
    </div>
  );
});

const HAS_BREAKER = 1;
const HAS_LIMITER = 2;

/** Which tiles a link needs, as a bit set (a primitive, so the selector stays cheap and stable). */
function policiesOf(links: readonly { id: string }[] | undefined, id: string): number {
  const l = links?.find((x) => x.id === id) as { circuitBreaker?: unknown; rateLimiter?: unknown } | undefined;
  return (l?.circuitBreaker ? HAS_BREAKER : 0) | (l?.rateLimiter ? HAS_LIMITER : 0);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

const TILE = 'min-w-[9.5rem] rounded-md border-2 bg-white px-2 py-1 text-[0.7rem] leading-4 shadow-sm dark:bg-slate-900';

function BreakerTile({ linkId, limiter }: { linkId: string; limiter: boolean }) {
  const state = useRun((s) => (s.links[linkId]?.breaker ?? 'CLOSED') as BreakerState);
  // Resilience4j reports -1 until minimumNumberOfCalls are recorded.
  const failure = useRun((s) => {
    const f = s.links[linkId]?.failureRate;
    return f === undefined || f < 0 ? -1 : Math.round(f);
  });
  const shortCircuited = useRun((s) => s.traffic[linkId]?.shortCircuitedTotal ?? 0);
  const rateLimited = useRun((s) => (limiter ? (s.traffic[linkId]?.rateLimitedTotal ?? 0) : 0));
  const look = BREAKER_LOOK[state] ?? BREAKER_LOOK.CLOSED;
  return (
    <div className={TILE} style={{ borderColor: look.color }} data-testid="breaker-tile" data-state={state} role="status" aria-label={`circuit breaker ${look.text}`}>
      <div className="-mx-2 -mt-1 mb-1 flex items-center gap-1 rounded-t-[0.2rem] px-2 py-0.5 font-bold tracking-wide text-white" style={{ background: look.color }}>
        <span aria-hidden="true">{look.glyph}</span>
        <span>Circuit {look.text}</span>
      </div>
      <Line label="failure rate" value={failure >= 0 ? `${failure}%` : '—'} title={failure >= 0 ? undefined : 'Not enough calls recorded yet (minimumNumberOfCalls)'} />
      <Line label="short-circuited" value={formatCount(shortCircuited)} testId="breaker-short-circuited" />
      {limiter && <Line label="rate-limited" value={formatCount(rateLimited)} testId="limiter-count" />}
      <History linkId={linkId} />
    </div>
  );
}

/**
 * The last few states the breaker went through, as glyphs (○ → ◐ → ●) with the time of the last
 * change. A HALF_OPEN trial often lasts milliseconds, less than one frame: this is where it shows.
 */
const SHOWN = 3;

function History({ linkId }: { linkId: string }) {
  const states = useRun(useShallow((s) => (s.breakerHistory[linkId] ?? []).slice(-SHOWN).map((t) => t.to)));
  const firstFrom = useRun((s) => s.breakerHistory[linkId]?.slice(-SHOWN)[0]?.from);
  const lastAt = useRun((s) => s.breakerHistory[linkId]?.at(-1)?.atMs);
  const all = useRun(useShallow((s) => (s.breakerHistory[linkId] ?? []).map((t) => `${t.to}@${t.atMs}`)));
  if (!states.length || firstFrom === undefined || lastAt === undefined) return null;
  const seq = [firstFrom, ...states] as BreakerState[];
  return (
    <div
      className="mt-0.5 flex items-center justify-between gap-2 border-t border-slate-200 pt-0.5 dark:border-slate-700"
      data-testid="breaker-history"
      data-history={all.map((x) => x.split('@')[0]).join(',')}
      title={all.map((x) => `${x.split('@')[0]} at ${(Number(x.split('@')[1]) / 1000).toFixed(2)} s`).join('\n')}
    >
      <span className="flex items-center gap-0.5 font-bold" aria-label={`recent states: ${seq.map((x) => BREAKER_LOOK[x].text).join(', ')}`}>
        {seq.map((st, i) => (
          <span key={i} className="flex items-center gap-0.5">
            {i > 0 && <span className="font-normal text-slate-400">→</span>}
            <span style={{ color: BREAKER_LOOK[st].color }}>{BREAKER_LOOK[st].glyph}</span>
          </span>
        ))}
      </span>
      <span className="whitespace-nowrap font-mono tabular-nums text-slate-600 dark:text-slate-300" title="Simulated time of the last change">
        {(lastAt / 1000).toFixed(1)} s
      </span>
    </div>
  );
}

function LimiterTile({ linkId }: { linkId: string }) {
  const rateLimited = useRun((s) => s.traffic[linkId]?.rateLimitedTotal ?? 0);
  return (
    <div className={`${TILE} border-[#56B4E9]`} data-testid="limiter-tile">
      <Line label="rate-limited" value={formatCount(rateLimited)} testId="limiter-count" />
    </div>
  );
}

function Line({ label, value, testId, title }: { label: string; value: string; testId?: string; title?: string }) {
  return (
    <div className="flex justify-between gap-3" title={title}>
      <span className="text-slate-600 dark:text-slate-300">{label}</span>
      <span data-testid={testId} className="inline-block h-[1rem] w-[3.75rem] overflow-hidden text-right font-mono font-semibold tabular-nums text-slate-900 [contain:strict] dark:text-white">
        {value}
      </span>
    </div>
  );
}
