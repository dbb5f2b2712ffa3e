/**
 * The key numbers of a finished run, read from its Report: what the variant comparison table and
 * the sweep chart show. Pure. A metric a scenario does not have (no clients, no queues, no read
 * model, no saga) is `undefined`, never 0, so a table can say "–" instead of a false zero.
 */
import type { FailureKind, Report, Summary } from '@/simulations/index';

export type MetricId =
  | 'p50'
  | 'p95'
  | 'p99'
  | 'successRate'
  | 'errors.error'
  | 'errors.timeout'
  | 'errors.rejected'
  | 'errors.shortCircuited'
  | 'errors.rateLimited'
  | 'throughput'
  | 'maxQueueDepth'
  | 'deadLettered'
  | 'lagP95'
  | 'staleReads'
  | 'compensations';

export interface Metric {
  id: MetricId;
  label: string;
  unit: string;
  better: 'lower' | 'higher';
  /** One line for a tooltip: what the number is made of. */
  help: string;
  of(report: Report): number | undefined;
}

const clientsOf = (r: Report) => Object.values(r.clients);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Quantile `q` of all clients' successful-request latency together. Each client reports only its
 * own summary, so the clients' distributions are mixed by request count, each one piecewise-linear
 * through (0, 0), (p50, .5), (p95, .95), (p99, .99), (max, 1). Exact for a single client (what a
 * sweep usually has); an approximation between the known points when several clients mix.
 */
export function mixedQuantile(summaries: Summary[], q: number): number | undefined {
  const parts = summaries.filter((s) => s.count > 0);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return pick(parts[0], q);
  const total = sum(parts.map((s) => s.count));
  const cdf = (x: number) => sum(parts.map((s) => (s.count / total) * pieceCdf(s, x)));
  // The mixture's CDF is piecewise linear between the union of all knots: find the segment, then solve.
  const knots = [...new Set(parts.flatMap((s) => [0, s.p50, s.p95, s.p99, s.max]))].sort((a, b) => a - b);
  let prev = knots[0];
  for (const k of knots) {
    const fk = cdf(k);
    if (fk >= q) {
      const fp = cdf(prev);
      return fk === fp ? k : prev + ((q - fp) / (fk - fp)) * (k - prev);
    }
    prev = k;
  }
  return knots[knots.length - 1];
}

function pick(s: Summary, q: number): number {
  return q === 0.5 ? s.p50 : q === 0.95 ? s.p95 : q === 0.99 ? s.p99 : pieceQuantile(s, q);
}

function points(s: Summary): [number, number][] {
  return [
    [0, 0],
    [s.p50, 0.5],
    [s.p95, 0.95],
    [s.p99, 0.99],
    [s.max, 1],
  ];
}

function pieceCdf(s: Summary, x: number): number {
  const p = points(s);
  if (x >= s.max) return 1;
  for (let i = 1; i < p.length; i++) {
    const [x1, f1] = p[i];
    const [x0, f0] = p[i - 1];
    if (x < x1) return x1 === x0 ? f0 : f0 + ((x - x0) / (x1 - x0)) * (f1 - f0);
  }
  return 1;
}

function pieceQuantile(s: Summary, q: number): number {
  const p = points(s);
  for (let i = 1; i < p.length; i++) {
    const [x1, f1] = p[i];
    const [x0, f0] = p[i - 1];
    if (q <= f1) return f1 === f0 ? x1 : x0 + ((q - f0) / (f1 - f0)) * (x1 - x0);
  }
  return s.max;
}

const latency = (q: number) => (r: Report) => mixedQuantile(clientsOf(r).map((c) => c.latencyMs), q);

/** A count over the clients, or undefined when the scenario has none. */
const clientCount = (f: (c: Report['clients'][string]) => number) => (r: Report) => {
  const cs = clientsOf(r);
  return cs.length === 0 ? undefined : sum(cs.map(f));
};

const FAILURE_LABELS: Record<FailureKind, [string, string]> = {
  error: ['errors (5xx)', 'requests that ended in an error answer'],
  timeout: ['timeouts', 'requests the caller gave up on at its deadline'],
  rejected: ['rejected', 'requests refused by a full queue or a bulkhead'],
  shortCircuited: ['short-circuited', 'requests an open circuit breaker failed fast'],
  rateLimited: ['rate-limited', 'requests refused by a rate limiter'],
};

const failureMetric = (kind: FailureKind): Metric => ({
  id: `errors.${kind}`,
  label: FAILURE_LABELS[kind][0],
  unit: 'requests',
  better: 'lower',
  help: `Client requests that failed as ${kind}: ${FAILURE_LABELS[kind][1]}.`,
  of: clientCount((c) => c.failures[kind]),
});

/** Sum of a named value over the pattern nodes that report it, or undefined when none does. */
const patternSum = (kinds: readonly string[], value: string) => (r: Report) => {
  const vs = Object.values(r.patterns)
    .filter((p) => kinds.includes(p.kind) && typeof p.values[value] === 'number')
    .map((p) => p.values[value]);
  return vs.length === 0 ? undefined : sum(vs);
};

export const METRICS: readonly Metric[] = [
  { id: 'p50', label: 'p50 latency', unit: 'ms', better: 'lower', help: 'Median end-to-end latency of successful client requests.', of: latency(0.5) },
  { id: 'p95', label: 'p95 latency', unit: 'ms', better: 'lower', help: '95th percentile end-to-end latency of successful client requests.', of: latency(0.95) },
  { id: 'p99', label: 'p99 latency', unit: 'ms', better: 'lower', help: '99th percentile end-to-end latency of successful client requests.', of: latency(0.99) },
  {
    id: 'successRate',
    label: 'success rate',
    unit: '%',
    better: 'higher',
    help: 'Share of the client requests sent after the warm-up that succeeded.',
    of: (r) => {
      const sent = sum(clientsOf(r).map((c) => c.sent));
      return sent === 0 ? undefined : (100 * sum(clientsOf(r).map((c) => c.succeeded))) / sent;
    },
  },
  failureMetric('error'),
  failureMetric('timeout'),
  failureMetric('rejected'),
  failureMetric('shortCircuited'),
  failureMetric('rateLimited'),
  {
    id: 'throughput',
    label: 'throughput',
    unit: 'req/s',
    better: 'higher',
    help: 'Successful client requests per simulated second after the warm-up.',
    of: (r) => {
      const span = r.simulatedMs - r.warmupMs;
      const cs = clientsOf(r);
      return cs.length === 0 || span <= 0 ? undefined : (sum(cs.map((c) => c.succeeded)) * 1000) / span;
    },
  },
  {
    id: 'maxQueueDepth',
    label: 'max queue depth',
    unit: 'messages',
    better: 'lower',
    help: 'The deepest any queue or subscription got during the run.',
    of: (r) => {
      const qs = Object.values(r.queues);
      return qs.length === 0 ? undefined : Math.max(...qs.map((q) => q.maxDepth));
    },
  },
  {
    id: 'deadLettered',
    label: 'dead-lettered',
    unit: 'messages',
    better: 'lower',
    help: 'Messages moved to a dead-letter queue after their last failed delivery.',
    of: (r) => {
      const qs = Object.values(r.queues);
      return qs.length === 0 ? undefined : sum(qs.map((q) => q.deadLettered));
    },
  },
  {
    id: 'lagP95',
    label: 'consistency lag p95',
    unit: 'ms',
    better: 'lower',
    help: 'Worst consumer’s 95th percentile time from a write being acknowledged to the consumer reflecting it.',
    of: (r) => {
      const ls = Object.values(r.consistency).filter((c) => c.lagMs.count > 0);
      return ls.length === 0 ? undefined : Math.max(...ls.map((c) => c.lagMs.p95));
    },
  },
  { id: 'staleReads', label: 'stale reads', unit: 'reads', better: 'lower', help: 'Reads a read model answered before it reflected the latest write.', of: patternSum(['readModel'], 'staleReads') },
  {
    id: 'compensations',
    label: 'compensations',
    unit: 'sagas',
    better: 'lower',
    help: 'Sagas that failed part-way and undid every done step.',
    of: patternSum(['sagaOrchestrator', 'sagaParticipant'], 'compensated'),
  },
];

export function metricById(id: string): Metric | undefined {
  return METRICS.find((m) => m.id === id);
}

/** Every metric of one report, keyed by id (undefined where the scenario lacks it). */
export function metricsOf(report: Report): Record<MetricId, number | undefined> {
  return Object.fromEntries(METRICS.map((m) => [m.id, m.of(report)])) as Record<MetricId, number | undefined>;
}
