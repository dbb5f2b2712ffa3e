/**
 * Which charts the panel shows for the whole run or for the selected node or link, built from
 * the document (what exists) and read from the run store's buffers (what happened).
 */
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { OUTCOME_COLOR } from '@/components/canvas/overlays/outcome-colors';
import { maxColumns, pickColumns, sumColumns, weightedColumns } from './chart-data';
import { lineStyle, type ChartSpec, type SeriesSpec } from './chart-types';

export type Scope = { kind: 'run' } | { kind: 'node'; id: string } | { kind: 'link'; id: string };

const MAX_LINES = 8;

const PCT: SeriesSpec[] = [
  { label: 'p50', color: '#0072B2', width: 2 },
  { label: 'p95', color: '#E69F00', dash: [6, 3], width: 2 },
  { label: 'p99', color: '#D55E00', dash: [2, 2], width: 2 },
];

/** Client outcomes per second, in the order and colours of the traffic dots. */
const CLIENT_OUTCOMES = [
  { column: 'ok', label: 'ok', color: OUTCOME_COLOR.ok, fill: true, width: 2 },
  { column: 'error', label: 'error', color: OUTCOME_COLOR.error, dash: undefined },
  { column: 'timeout', label: 'timeout', color: OUTCOME_COLOR.timeout, dash: [6, 3] },
  { column: 'rejected', label: 'rejected', color: OUTCOME_COLOR.rejected, dash: [2, 2] },
  { column: 'shortCircuited', label: 'short-circuited', color: OUTCOME_COLOR.shortCircuited, dash: [8, 3, 2, 3] },
  { column: 'rateLimited', label: 'rate-limited', color: OUTCOME_COLOR.rateLimited, dash: [4, 4] },
];

interface Parts {
  name: (id: string) => string;
  clients: string[];
  services: string[];
  queues: string[];
  /** Subscription backlog keys, `topic:subscriber`. */
  subscriptions: { key: string; topic: string; subscriber: string }[];
  consumers: string[];
  breakers: { id: string; from: string; to: string }[];
}

/** The part of the document the charts depend on: a change elsewhere (a position, a parameter) leaves them be. */
export interface ChartDoc {
  nodes: { id: string; kind: string; label: string }[];
  links: { id: string; kind: string; from: string; to: string; breaker: boolean }[];
}

export function chartDocOf(doc: ScenarioDoc): ChartDoc {
  return {
    nodes: doc.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label || n.id })),
    links: (doc.links ?? []).map((l) => ({ id: l.id, kind: l.kind, from: l.from, to: l.to, breaker: l.kind === 'rest' && !!l.circuitBreaker })),
  };
}

function partsOf(doc: ChartDoc): Parts {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label]));
  const ids = (kind: string) => doc.nodes.filter((n) => n.kind === kind).map((n) => n.id);
  const links = doc.links;
  const subs = new Map<string, { key: string; topic: string; subscriber: string }>();
  for (const l of links) if (l.kind === 'subscribe') subs.set(`${l.from}:${l.to}`, { key: `${l.from}:${l.to}`, topic: l.from, subscriber: l.to });
  return {
    name: (id) => labels.get(id) ?? id,
    clients: ids('client'),
    services: ids('service'),
    queues: ids('queue'),
    subscriptions: [...subs.values()],
    consumers: [...new Set(links.filter((l) => l.kind === 'subscribe' || l.kind === 'consume').map((l) => l.to))],
    breakers: links.filter((l) => l.breaker).map((l) => ({ id: l.id, from: l.from, to: l.to })),
  };
}

export function chartsFor(doc: ChartDoc, scope: Scope): ChartSpec[] {
  const p = partsOf(doc);
  if (scope.kind === 'link') return linkCharts(doc, p, scope.id);
  if (scope.kind === 'node') {
    const node = doc.nodes.find((n) => n.id === scope.id);
    if (node?.kind === 'client') return clientCharts(p, [node.id], p.name(node.id));
    if (node?.kind === 'service') return serviceCharts(p, node.id);
    if (node?.kind === 'queue') return backlogCharts(p, [node.id], p.name(node.id));
    if (node?.kind === 'topic') return backlogCharts(p, p.subscriptions.filter((s) => s.topic === node.id).map((s) => s.key), p.name(node.id));
  }
  return runCharts(p);
}

function runCharts(p: Parts): ChartSpec[] {
  const backlogs = [...p.queues, ...p.subscriptions.map((s) => s.key)];
  return [
    ...clientCharts(p, p.clients, p.clients.length === 1 ? p.name(p.clients[0]) : 'all clients'),
    depthChart('run-depth', 'Queue depth and consumer lag', p.services, backlogs),
    lagChart(p, p.consumers),
    utilisationChart(p, p.services),
    breakerChart(p, p.breakers.map((b) => b.id), 'run'),
  ];
}

function clientCharts(p: Parts, clients: string[], who: string): ChartSpec[] {
  const several = clients.length > 1;
  const none = clients.length === 0 ? 'No client in this scenario: add one to send traffic.' : undefined;
  return [
    {
      id: `lat:${clients.join(',')}`,
      title: `End-to-end latency · ${who}`,
      note: several ? 'weighted by successful requests' : 'successful requests',
      unit: 'ms',
      series: PCT,
      keys: clients,
      empty: none,
      yMin: 0,
      build: (b, n) => weightedColumns(b, clients, ['p50', 'p95', 'p99'], 'ok', n),
    },
    {
      id: `thr:${clients.join(',')}`,
      title: `Throughput and errors · ${who}`,
      note: 'requests ended per second, by outcome',
      unit: 'rate',
      series: CLIENT_OUTCOMES.map(({ label, color, dash, fill, width }) => ({ label, color, dash, fill, width })),
      keys: clients,
      empty: none,
      yMin: 0,
      build: (b, n) => CLIENT_OUTCOMES.map((o) => sumColumns(b, clients, o.column, n, 'rate')),
    },
  ];
}

function depthChart(id: string, title: string, services: string[], backlogs: string[]): ChartSpec {
  const series: SeriesSpec[] = [];
  if (services.length) series.push({ label: 'waiting in services', color: '#0072B2', width: 2 });
  if (backlogs.length) series.push({ label: 'queued messages', color: '#E69F00', width: 2, fill: true }, { label: 'oldest message age', color: '#CC79A7', dash: [6, 3], right: true });
  return {
    id: `${id}:${services.join(',')}|${backlogs.join(',')}`,
    title,
    note: backlogs.length ? 'oldest age = how far consumers are behind' : 'requests waiting for a worker',
    unit: 'count',
    rightUnit: backlogs.length ? 'ms' : undefined,
    series,
    keys: [...services, ...backlogs],
    empty: series.length ? undefined : 'Nothing here waits in line.',
    yMin: 0,
    build: (b, n) => [
      ...(services.length ? [sumColumns(b, services, 'queueDepth', n)] : []),
      ...(backlogs.length ? [sumColumns(b, backlogs, 'depth', n), maxColumns(b, backlogs, 'oldestAgeMs', n)] : []),
    ],
  };
}

function lagChart(p: Parts, consumers: string[]): ChartSpec {
  const shown = consumers.slice(0, MAX_LINES);
  const one = shown.length === 1;
  return {
    id: `lag:${shown.join(',')}`,
    title: one ? `Consistency lag · ${p.name(shown[0])}` : 'Consistency lag (p95 per consumer)',
    note: 'write acknowledged → reflected downstream',
    unit: 'ms',
    series: one ? PCT : shown.map((c, i) => ({ label: p.name(c), ...lineStyle(i), width: 2 })),
    keys: shown.map((c) => `lag/${c}`),
    empty: shown.length ? undefined : 'No asynchronous consumer: every read is immediately consistent.',
    yMin: 0,
    build: (b, n) =>
      one
        ? pickColumns(b, ['p50', 'p95', 'p99'].map((column) => ({ key: `lag/${shown[0]}`, column, gapWhenZero: { column: 'count' } })), n)
        : pickColumns(b, shown.map((c) => ({ key: `lag/${c}`, column: 'p95', gapWhenZero: { column: 'count' } })), n),
  };
}

function utilisationChart(p: Parts, services: string[]): ChartSpec {
  const shown = services.slice(0, MAX_LINES);
  return {
    id: `util:${shown.join(',')}`,
    title: shown.length === 1 ? `Utilisation · ${p.name(shown[0])}` : 'Utilisation per service',
    note: services.length > MAX_LINES ? `first ${MAX_LINES} of ${services.length} services` : 'share of workers busy',
    unit: 'percent',
    series: shown.map((s, i) => ({ label: p.name(s), ...lineStyle(i), width: 2 })),
    keys: shown,
    empty: shown.length ? undefined : 'No service in this scenario.',
    yMin: 0,
    build: (b, n) => pickColumns(b, shown.map((key) => ({ key, column: 'utilization', as: 'percent' as const })), n),
  };
}

function breakerChart(p: Parts, links: string[], scope: string): ChartSpec {
  const shown = links.slice(0, MAX_LINES);
  return {
    id: `brk:${scope}:${shown.join(',')}`,
    title: 'Circuit breaker state',
    note: 'CLOSED · HALF-OPEN · OPEN over time',
    unit: 'count',
    series: shown.map((id) => ({ label: linkName(p, id), color: '#0072B2' })),
    keys: shown,
    band: true,
    empty: shown.length ? undefined : 'No circuit breaker configured on these calls.',
    build: (b, n) => pickColumns(b, shown.map((key) => ({ key, column: 'breaker' })), n),
  };
}

function linkName(p: Parts, id: string): string {
  const b = p.breakers.find((x) => x.id === id);
  return b ? `${p.name(b.from)} → ${p.name(b.to)}` : id;
}

function serviceCharts(p: Parts, id: string): ChartSpec[] {
  const name = p.name(id);
  const charts: ChartSpec[] = [
    {
      id: `svc-lat:${id}`,
      title: `Response time · ${name}`,
      note: 'queue wait + work + its own calls',
      unit: 'ms',
      series: PCT,
      keys: [id],
      yMin: 0,
      build: (b, n) => pickColumns(b, ['p50', 'p95', 'p99'].map((column) => ({ key: id, column, gapWhenZero: { column: 'completed' } })), n),
    },
    {
      id: `svc-thr:${id}`,
      title: `Throughput · ${name}`,
      note: 'per second',
      unit: 'rate',
      series: [
        { label: 'arrivals', color: '#0072B2', width: 2 },
        { label: 'completed', color: OUTCOME_COLOR.ok, dash: [6, 3], width: 2 },
        { label: 'failed', color: OUTCOME_COLOR.error, dash: [2, 2] },
        { label: 'rejected (full)', color: OUTCOME_COLOR.rejected, dash: [8, 3, 2, 3] },
      ],
      keys: [id],
      yMin: 0,
      build: (b, n) => pickColumns(b, ['arrivals', 'completed', 'failed', 'rejected'].map((column) => ({ key: id, column, as: 'rate' as const })), n),
    },
    {
      id: `svc-q:${id}`,
      title: `Queue and in flight · ${name}`,
      note: 'at the end of each window',
      unit: 'count',
      series: [
        { label: 'queued', color: '#E69F00', width: 2, fill: true },
        { label: 'busy workers', color: '#0072B2', dash: [6, 3] },
        { label: 'in flight', color: '#CC79A7', dash: [2, 2] },
      ],
      keys: [id],
      yMin: 0,
      build: (b, n) => pickColumns(b, ['queueDepth', 'busy', 'inFlight'].map((column) => ({ key: id, column })), n),
    },
    utilisationChart(p, [id]),
  ];
  if (p.consumers.includes(id)) charts.push(lagChart(p, [id]));
  const out = p.breakers.filter((l) => l.from === id).map((l) => l.id);
  if (out.length) charts.push(breakerChart(p, out, id));
  return charts;
}

function backlogCharts(p: Parts, keys: string[], name: string): ChartSpec[] {
  const labelOf = (k: string) => (k.includes(':') ? `→ ${p.name(k.split(':')[1])}` : name);
  const shown = keys.slice(0, MAX_LINES);
  return [
    {
      id: `bl-depth:${shown.join(',')}`,
      title: `Backlog · ${name}`,
      note: shown.length > 1 ? 'messages waiting, per subscription' : 'messages waiting and handed out',
      unit: 'count',
      series: shown.length === 1 ? [{ label: 'waiting', color: '#E69F00', width: 2, fill: true }, { label: 'unacked', color: '#0072B2', dash: [6, 3] }] : shown.map((k, i) => ({ label: labelOf(k), ...lineStyle(i), width: 2 })),
      keys: shown,
      empty: shown.length ? undefined : 'No subscriber yet: connect a service to receive these messages.',
      yMin: 0,
      build: (b, n) => (shown.length === 1 ? pickColumns(b, ['depth', 'inFlight'].map((column) => ({ key: shown[0], column })), n) : pickColumns(b, shown.map((key) => ({ key, column: 'depth' })), n)),
    },
    {
      id: `bl-age:${shown.join(',')}`,
      title: `Consumer lag · ${name}`,
      note: 'age of the oldest waiting message',
      unit: 'ms',
      series: shown.map((k, i) => ({ label: labelOf(k), ...lineStyle(i), width: 2 })),
      keys: shown,
      empty: shown.length ? undefined : 'No subscriber yet.',
      yMin: 0,
      build: (b, n) => pickColumns(b, shown.map((key) => ({ key, column: 'oldestAgeMs' })), n),
    },
    {
      id: `bl-flow:${shown.join(',')}`,
      title: `Message flow · ${name}`,
      note: 'per second, all subscriptions',
      unit: 'rate',
      series: [
        { label: 'enqueued', color: '#0072B2', width: 2 },
        { label: 'acked', color: OUTCOME_COLOR.ok, dash: [6, 3], width: 2 },
        { label: 'redelivered', color: OUTCOME_COLOR.timeout, dash: [2, 2] },
        { label: 'dead-lettered', color: OUTCOME_COLOR.error, dash: [8, 3, 2, 3] },
      ],
      keys: shown,
      empty: shown.length ? undefined : 'No subscriber yet.',
      yMin: 0,
      build: (b, n) => ['enqueued', 'acked', 'redelivered', 'deadLettered'].map((c) => sumColumns(b, shown, c, n, 'rate')),
    },
  ];
}

function linkCharts(doc: ChartDoc, p: Parts, id: string): ChartSpec[] {
  const link = doc.links.find((l) => l.id === id);
  if (!link) return runCharts(p);
  const name = `${p.name(link.from)} → ${p.name(link.to)}`;
  const charts: ChartSpec[] = [
    {
      id: `lnk-thr:${id}`,
      title: `Calls and outcomes · ${name}`,
      note: 'per second; attempts, retries included',
      unit: 'rate',
      series: [
        { label: 'calls', color: '#0072B2', width: 2 },
        { label: 'ok', color: OUTCOME_COLOR.ok, dash: [6, 3], width: 2 },
        { label: 'timeout', color: OUTCOME_COLOR.timeout, dash: [2, 2] },
        { label: 'short-circuited', color: OUTCOME_COLOR.shortCircuited, dash: [8, 3, 2, 3] },
        { label: 'rate-limited', color: OUTCOME_COLOR.rateLimited, dash: [4, 4] },
        { label: 'rejected', color: OUTCOME_COLOR.rejected, dash: [1, 3] },
        { label: 'retries', color: '#7a6a00', dash: [10, 4] },
      ],
      keys: [id],
      yMin: 0,
      build: (b, n) => pickColumns(b, ['calls', 'ok', 'timeouts', 'shortCircuited', 'rateLimited', 'rejected', 'retries'].map((column) => ({ key: id, column, as: 'rate' as const })), n),
    },
    {
      id: `lnk-err:${id}`,
      title: `Failed attempts · ${name}`,
      note: 'per second, every kind of failure',
      unit: 'rate',
      series: [{ label: 'failed', color: OUTCOME_COLOR.error, width: 2, fill: true }],
      keys: [id],
      yMin: 0,
      build: (b, n) => pickColumns(b, [{ key: id, column: 'failed', as: 'rate' }], n),
    },
  ];
  if (link.breaker) {
    charts.push(breakerChart(p, [id], id), {
      id: `lnk-fr:${id}`,
      title: `Breaker failure rate · ${name}`,
      note: 'of the sliding window, compared with the threshold',
      unit: 'percent',
      series: [{ label: 'failure rate', color: OUTCOME_COLOR.error, width: 2 }],
      keys: [id],
      yMin: 0,
      build: (b, n) => pickColumns(b, [{ key: id, column: 'failureRate' }], n),
    });
  }
  if (link.kind === 'subscribe' || link.kind === 'consume') charts.push(lagChart(p, [link.to]));
  return charts;
}
