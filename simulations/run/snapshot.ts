/**
 * A compact view of a run for a UI a few times per frame: live gauges of every node and link,
 * the time-series windows and domain events that closed since the reader's cursor.
 */
import type { DomainEvent } from '../core/types';
import type { Incident } from '../events/incidents';
import type { BreakerState } from '../policies/circuit-breaker';
import type { SeriesRows } from '../metrics/timeseries';
import type { TraceSummary } from '../trace/types';
import type { Run } from './run';

export interface SnapshotCursor {
  /** Window index per series key already read. */
  windows?: number;
  /** Domain events already read. */
  events?: number;
  /** Finished traces already read. */
  traces?: number;
  /** Incidents already read. */
  incidents?: number;
}

export interface NodeGauge {
  queueDepth: number;
  inFlight: number;
  busy?: number;
  workers?: number;
  /** Messages handed out and not yet acknowledged (queues). */
  unacked?: number;
  /** A pattern kind's own live numbers (e.g. staleReads, compensated, locksHeld). */
  metrics?: Record<string, number>;
  faulted: boolean;
}

export interface LinkGauge {
  breaker?: BreakerState;
  failureRate?: number;
  slowCallRate?: number;
  notPermitted?: number;
  outbox?: number;
  faulted: boolean;
}

export interface ClientGauge {
  sent: number;
  succeeded: number;
  failed: number;
  inFlight: number;
}

export interface Snapshot {
  nowMs: number;
  durationMs: number;
  events: number;
  done: boolean;
  clients: Record<string, ClientGauge>;
  nodes: Record<string, NodeGauge>;
  links: Record<string, LinkGauge>;
  /** Windows closed since the cursor, per series key (node, link or subscription id). */
  series: Record<string, SeriesRows>;
  domainEvents: DomainEvent[];
  /** Sampled requests finished since the cursor (at most the 100 kept), oldest first; fetch one with `trace(id)`. */
  traces: TraceSummary[];
  /** Incidents since the cursor (at most the last 100), oldest first. */
  incidents: Incident[];
  activeFaults: number[];
  cursor: Required<SnapshotCursor>;
}

export function takeSnapshot(run: Run, cursor: SnapshotCursor = {}): Snapshot {
  const now = run.kernel.now;
  const faulted = (id: string) => run.faultSchedule.faults.some((f, i) => f.target === id && run.faultSchedule.active.has(i));
  const clients: Record<string, ClientGauge> = {};
  for (const [id, c] of run.clients) {
    const r = c.stats.report();
    clients[id] = { sent: r.sent, succeeded: r.succeeded, failed: r.failed, inFlight: c.stats.live };
  }
  const nodes: Record<string, NodeGauge> = {};
  for (const [id, s] of run.services) nodes[id] = { ...s.live(), faulted: faulted(id) };
  for (const [id, q] of run.queues) nodes[id] = { queueDepth: q.backlog.depth, inFlight: q.backlog.inFlightCount, unacked: q.backlog.inFlightCount, faulted: faulted(id) };
  for (const [id, t] of run.topics) {
    let depth = 0;
    let unacked = 0;
    for (const b of t.subscriptions) {
      depth += b.depth;
      unacked += b.inFlightCount;
    }
    nodes[id] = { queueDepth: depth, inFlight: unacked, unacked, faulted: faulted(id) };
  }
  for (const [id, p] of run.patterns) nodes[id] = { ...p.gauge(now), faulted: faulted(id) };
  const links: Record<string, LinkGauge> = {};
  for (const [id, l] of run.restLinks) {
    const b = l.breaker;
    const m = b?.metrics(now);
    links[id] = b && m ? { breaker: b.state, failureRate: m.failureRate, slowCallRate: m.slowCallRate, notPermitted: m.numberOfNotPermittedCalls, faulted: faulted(id) } : { faulted: faulted(id) };
  }
  for (const [id, l] of run.produceLinks) links[id] = { outbox: l.outboxSize, faulted: faulted(id) };
  for (const id of run.deliverLinks.keys()) links[id] = { faulted: faulted(id) };
  const from = cursor.windows ?? 0;
  const series: Record<string, SeriesRows> = {};
  let windows = from;
  for (const [key, p] of run.probes) {
    series[key] = p.series.since(from);
    windows = p.series.total;
  }
  const eventsFrom = cursor.events ?? 0;
  return {
    nowMs: now,
    durationMs: run.durationMs,
    events: run.kernel.processed,
    done: run.done,
    clients,
    nodes,
    links,
    series,
    domainEvents: run.eventLog.since(eventsFrom, 100),
    traces: run.tracer ? run.tracer.summariesSince(cursor.traces ?? 0) : [],
    incidents: run.incidents.since(cursor.incidents ?? 0, 100),
    activeFaults: [...run.faultSchedule.active],
    cursor: { windows, events: run.eventLog.total, traces: run.tracer?.finished ?? 0, incidents: run.incidents.total },
  };
}
