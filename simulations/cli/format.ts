/** Plain-text tables of a report, for people reading a terminal. */
import type { Report } from '../run/report';
import type { Summary } from '../metrics/histogram';

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '-');

function table(title: string, head: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return '';
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  return `${title}\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n${cells.slice(1).map(line).join('\n')}\n`;
}

const lat = (s: Summary) => [ms(s.mean), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];

export function formatReport(r: Report): string {
  const out: string[] = [];
  out.push(`${r.scenario} — seed ${r.seed}, ${(r.simulatedMs / 1000).toFixed(1)} s simulated (${(r.warmupMs / 1000).toFixed(1)} s warm-up excluded), ${r.events.toLocaleString('en-US')} events`);
  if (r.perf) out.push(`ran in ${r.perf.wallMs.toFixed(0)} ms wall time, ${r.perf.eventsPerSec.toLocaleString('en-US')} events/s`);
  out.push('');
  out.push(
    table(
      'Clients (end-to-end; latency of successful requests, ms)',
      ['client', 'sent', 'ok', 'failed', 'in flight', 'error', 'timeout', 'rejected', 'short-circ.', 'rate-lim.', 'mean', 'p50', 'p95', 'p99', 'max'],
      Object.entries(r.clients).map(([id, c]) => [id, c.sent, `${c.succeeded} (${pct(c.succeeded, c.sent)})`, c.failed, c.inFlight, c.failures.error, c.failures.timeout, c.failures.rejected, c.failures.shortCircuited, c.failures.rateLimited, ...lat(c.latencyMs)]),
    ),
  );
  out.push(
    table(
      'Services (wait = queued before a worker took it; response = arrival to answer, ms)',
      ['node', 'arrivals', 'completed', 'failed', 'rejected', 'util.', 'wait mean', 'wait p99', 'resp mean', 'resp p50', 'resp p99'],
      Object.entries(r.nodes).map(([id, n]) => [id, n.arrivals, n.completed, n.failed, n.rejected, `${(n.utilization * 100).toFixed(1)}%`, ms(n.waitMs.mean), ms(n.waitMs.p99), ms(n.responseMs.mean), ms(n.responseMs.p50), ms(n.responseMs.p99)]),
    ),
  );
  out.push(
    table(
      'Links',
      ['link', 'calls', 'attempts', 'retries', 'ok', 'errors', 'timeouts', 'rejected', 'short-circ.', 'rate-lim.', 'breaker'],
      Object.entries(r.links).map(([id, l]) => [id, l.calls, l.attempts, l.retries, l.succeeded, l.errors, l.timeouts, l.rejected, l.shortCircuited, l.rateLimited, breakerStory(l.breakerTransitions)]),
    ),
  );
  out.push(
    table(
      'Queues and subscriptions',
      ['queue', 'enqueued', 'acked', 'redelivered', 'dead-lettered', 'rejected', 'depth at end', 'in flight', 'max depth'],
      Object.entries(r.queues).map(([id, q]) => [id, q.enqueued, q.acked, q.redelivered, q.deadLettered, q.rejected, q.depthAtEnd, q.inFlightAtEnd, q.maxDepth]),
    ),
  );
  out.push(
    table(
      'Consistency lag (origin write acknowledged → consumer processed, ms)',
      ['consumer', 'count', 'mean', 'p50', 'p95', 'p99', 'max'],
      Object.entries(r.consistency).map(([id, c]) => [id, c.lagMs.count, ...lat(c.lagMs)]),
    ),
  );
  for (const [id, p] of Object.entries(r.patterns ?? {})) {
    const values = Object.entries(p.values).map(([k, v]) => [k, Number.isInteger(v) ? v : v.toFixed(3)]);
    const timings = Object.entries(p.summaries ?? {}).map(([k, s]) => [`${k} (ms)`, `mean ${ms(s.mean)}  p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`]);
    out.push(table(`${id} (${p.kind})`, ['measure', 'value'], [...values, ...timings]));
  }
  return out.filter((s) => s !== '').join('\n');
}

function breakerStory(ts: { atMs: number; from: string; to: string }[]): string {
  if (ts.length === 0) return '-';
  const shown = ts.slice(0, 4).map((t) => `${t.to}@${(t.atMs / 1000).toFixed(1)}s`);
  return shown.join(' ') + (ts.length > 4 ? ` …(+${ts.length - 4})` : '');
}
