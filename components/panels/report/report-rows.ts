/**
 * The final report as table rows for people: the numbers `npm run sim` prints, written the same
 * way (ms with the CLI's precision, shares to a tenth of a percent), keyed by the report's ids.
 */
import type { Report } from '@/simulations/index';

export type Cell = string | number;
export interface Table {
  id: string;
  title: string;
  note?: string;
  head: string[];
  rows: { id: string; cells: Cell[] }[];
}

/** Milliseconds as the CLI writes them: 3 significant-ish digits, never a misleading "0". */
export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
export const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '–');
const count = (n: number) => n.toLocaleString('en-US');

/** "OPEN 20.1 s → HALF_OPEN 25.1 s → …": the first few transitions, and how many more. */
export function breakerStory(ts: Report['links'][string]['breakerTransitions']): string {
  if (ts.length === 0) return '–';
  const shown = ts.slice(0, 4).map((t) => `${t.to} ${(t.atMs / 1000).toFixed(1)} s`);
  return shown.join(' → ') + (ts.length > 4 ? ` … (${ts.length} in all)` : '');
}

export function reportTables(r: Report): Table[] {
  const tables: Table[] = [
    {
      id: 'clients',
      title: 'Clients',
      note: 'end to end; latency of successful requests, ms',
      head: ['sent', 'ok', 'in flight', 'error', 'timeout', 'rejected', 'short-circ.', 'rate-lim.', 'p50', 'p95', 'p99'],
      rows: Object.entries(r.clients).map(([id, c]) => ({
        id,
        cells: [count(c.sent), pct(c.succeeded, c.sent), count(c.inFlight), count(c.failures.error), count(c.failures.timeout), count(c.failures.rejected), count(c.failures.shortCircuited), count(c.failures.rateLimited), ms(c.latencyMs.p50), ms(c.latencyMs.p95), ms(c.latencyMs.p99)],
      })),
    },
    {
      id: 'services',
      title: 'Services',
      note: 'wait = queued for a worker; response = arrival to answer, ms',
      head: ['arrivals', 'completed', 'failed', 'rejected', 'util.', 'wait mean', 'wait p99', 'resp. p50', 'resp. p99'],
      rows: Object.entries(r.nodes).map(([id, n]) => ({
        id,
        cells: [count(n.arrivals), count(n.completed), count(n.failed), count(n.rejected), `${(n.utilization * 100).toFixed(1)}%`, ms(n.waitMs.mean), ms(n.waitMs.p99), ms(n.responseMs.p50), ms(n.responseMs.p99)],
      })),
    },
    {
      id: 'links',
      title: 'Links',
      head: ['calls', 'retries', 'errors', 'timeouts', 'short-circ.', 'rate-lim.', 'breaker transitions'],
      rows: Object.entries(r.links).map(([id, l]) => ({
        id,
        cells: [count(l.calls), count(l.retries), count(l.errors), count(l.timeouts), count(l.shortCircuited), count(l.rateLimited), breakerStory(l.breakerTransitions)],
      })),
    },
    {
      id: 'queues',
      title: 'Queues and subscriptions',
      head: ['enqueued', 'acked', 'redelivered', 'dead-lettered', 'rejected', 'depth at end', 'max depth'],
      rows: Object.entries(r.queues).map(([id, q]) => ({
        id,
        cells: [count(q.enqueued), count(q.acked), count(q.redelivered), count(q.deadLettered), count(q.rejected), count(q.depthAtEnd), count(q.maxDepth)],
      })),
    },
    {
      id: 'consistency',
      title: 'Consistency lag',
      note: 'write acknowledged at its origin → consumer processed, ms',
      head: ['count', 'mean', 'p50', 'p95', 'p99', 'max'],
      rows: Object.entries(r.consistency).map(([id, c]) => ({ id, cells: [count(c.lagMs.count), ms(c.lagMs.mean), ms(c.lagMs.p50), ms(c.lagMs.p95), ms(c.lagMs.p99), ms(c.lagMs.max)] })),
    },
  ];
  return tables.filter((t) => t.rows.length > 0);
}
