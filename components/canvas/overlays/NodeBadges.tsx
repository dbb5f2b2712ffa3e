'use client';
/**
 * Live numbers on a node. Every value is its own narrow selector returning a primitive, rounded
 * to what is shown, so a badge re-renders only when its text would change.
 */
import { memo } from 'react';
import { lastValue, lastRate } from '@/lib/run/series';
import { patternKindOf } from '@/simulations/components/registry';
import type { NodeKind } from '@/simulations/index';
import { useRun } from '@/components/playground/PlaygroundProvider';
import { formatCount, formatMs, formatPercent, formatRate } from '@/components/run/format';
import { PATTERN_UI, type PatternBadge } from '@/components/canvas/patterns/registry';
import { UtilisationRing } from './UtilisationRing';
import { clientSuccess } from './node-numbers';

export const NodeBadges = memo(function NodeBadges({ nodeId, kind }: { nodeId: string; kind: string }) {
  const live = useRun((s) => s.status !== 'idle' && s.status !== 'invalid');
  if (kind === 'client') return <ClientBadges id={nodeId} live={live} />;
  if (kind === 'queue' || kind === 'topic') return <BacklogBadges id={nodeId} live={live} queue={kind === 'queue'} />;
  if (patternKindOf(kind)) return <PatternBadges id={nodeId} live={live} badges={PATTERN_UI[kind as NodeKind]?.badges ?? []} />;
  return <ServiceBadges id={nodeId} live={live} />;
});

function Stat({ label, value, testId, warn }: { label: string; value: string; testId: string; warn?: boolean }) {
  return (
    <div className="flex items-baseline justify-between gap-2 leading-tight">
      <span className="text-slate-600 dark:text-slate-300">{label}</span>
      <span data-testid={testId} className={`font-mono font-semibold tabular-nums ${warn ? 'text-[#a34700] dark:text-[#ff9a5c]' : 'text-slate-900 dark:text-white'}`}>
        {value}
      </span>
    </div>
  );
}

// Fixed height and `contain: strict`: a changing number re-lays out this box only, never the
// node around it or the rest of the page (a 50-node graph updates its badges several times a second).
const ROW = 'mt-1.5 flex items-center gap-2 overflow-hidden border-t border-slate-200 pt-1.5 pl-1 text-xs [contain:strict] dark:border-slate-700';

function ServiceBadges({ id, live }: { id: string; live: boolean }) {
  const util = useRun((s) => {
    const u = s.nodes[id]?.utilization;
    return u === undefined ? -1 : Math.round(u * 100);
  });
  const queued = useRun((s) => s.nodes[id]?.queueDepth ?? 0);
  const inFlight = useRun((s) => s.nodes[id]?.inFlight ?? 0);
  return (
    <div className={`${ROW} h-[3rem]`} data-badges={id}>
      <UtilisationRing percent={live && util >= 0 ? util : undefined} />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <Stat label="queued" value={live ? formatCount(queued) : '–'} testId="badge-queue" warn={queued > 0} />
        <Stat label="in flight" value={live ? formatCount(inFlight) : '–'} testId="badge-inflight" />
      </div>
    </div>
  );
}

function BacklogBadges({ id, live, queue }: { id: string; live: boolean; queue: boolean }) {
  const depth = useRun((s) => s.nodes[id]?.queueDepth ?? 0);
  const unacked = useRun((s) => s.nodes[id]?.unacked ?? 0);
  // Age of the oldest waiting message: how far behind the consumers are (queues have one backlog).
  const oldestS = useRun((s) => (queue ? Math.round((lastValue(s.series, id, 'oldestAgeMs') ?? 0) / 100) / 10 : 0));
  return (
    <div className={`${ROW} flex-col items-stretch justify-start gap-0.5 ${queue ? 'h-[4.625rem]' : 'h-[3rem]'}`} data-badges={id}>
      <Stat label={queue ? 'backlog' : 'backlog (all subs)'} value={live ? formatCount(depth) : '–'} testId="badge-backlog" warn={depth > 0} />
      <Stat label="unacked" value={live ? formatCount(unacked) : '–'} testId="badge-unacked" />
      {queue && <Stat label="oldest" value={live ? `${oldestS} s` : '–'} testId="badge-oldest" warn={oldestS >= 1} />}
    </div>
  );
}

function ClientBadges({ id, live }: { id: string; live: boolean }) {
  const sent = useRun((s) => Math.round((lastRate(s.series, id, 'sent', s.windowMs) ?? 0) * 10) / 10);
  const ok = useRun((s) => {
    const v = clientSuccess(s.series[id]);
    return v === undefined ? -1 : Math.floor(v * 1000) / 1000;
  });
  return (
    <div className={`${ROW} h-[3rem] flex-col items-stretch justify-start gap-0.5`} data-badges={id}>
      <Stat label="sent" value={live ? formatRate(sent) : '–'} testId="badge-sent" />
      <Stat label="success" value={live && ok >= 0 ? `${ok < 1 ? '✗ ' : '✓ '}${formatPercent(ok)}` : '–'} testId="badge-success" warn={ok >= 0 && ok < 0.99} />
    </div>
  );
}

/** A pattern's own numbers: at most this many rows, so a node keeps its size on the canvas. */
const MAX_PATTERN_BADGES = 4;

/** Default wording of a metric: durations by name (…Ms), counts as counts, other numbers to 3 digits. */
export function formatMetric(metric: string, v: number): string {
  if (/Ms$/.test(metric)) return formatMs(v);
  if (Number.isInteger(v)) return formatCount(v);
  return String(Number(v.toPrecision(3)));
}

function PatternBadges({ id, live, badges }: { id: string; live: boolean; badges: readonly PatternBadge[] }) {
  const shown = badges.slice(0, MAX_PATTERN_BADGES);
  // Rows are 1.625rem apart (as in the other badge boxes), so the height is known before any number arrives.
  const rows = Math.max(1, shown.length || 2);
  return (
    <div className={`${ROW} flex-col items-stretch justify-start gap-0.5`} style={{ height: `${rows * 1.625 - 0.25}rem` }} data-badges={id}>
      {shown.length > 0 ? shown.map((b) => <MetricStat key={b.metric} id={id} live={live} badge={b} />) : <GaugeStats id={id} live={live} />}
    </div>
  );
}

function MetricStat({ id, live, badge }: { id: string; live: boolean; badge: PatternBadge }) {
  const { metric, format, warnAbove } = badge;
  // Two primitives: the text as shown and whether it is over the line, so the badge re-renders only when either changes.
  const text = useRun((s) => {
    const v = s.nodes[id]?.metrics?.[metric];
    return v === undefined ? undefined : format ? format(v) : formatMetric(metric, v);
  });
  const warn = useRun((s) => {
    const v = s.nodes[id]?.metrics?.[metric];
    return warnAbove !== undefined && v !== undefined && v > warnAbove;
  });
  const value = live && text !== undefined ? `${warn ? '⚠ ' : ''}${text}` : '–';
  return <Stat label={badge.label} value={value} testId={`badge-${metric}`} warn={live && warn} />;
}

/** A pattern kind that names no badges: what its gauge always has. */
function GaugeStats({ id, live }: { id: string; live: boolean }) {
  const queued = useRun((s) => s.nodes[id]?.queueDepth ?? 0);
  const inFlight = useRun((s) => s.nodes[id]?.inFlight ?? 0);
  return (
    <>
      <Stat label="queued" value={live ? formatCount(queued) : '–'} testId="badge-queue" warn={queued > 0} />
      <Stat label="in flight" value={live ? formatCount(inFlight) : '–'} testId="badge-inflight" />
    </>
  );
}
