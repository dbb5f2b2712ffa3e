/**
 * fast-check arbitraries of small, valid scenarios: clients, services, queues and topics joined by
 * links of fitting kinds, with random policies, faults and short durations. REST calls between
 * services only go from a lower to a higher index (no sync cycles), and a service only produces into
 * a broker none of whose consumers comes at or before it (no message storms), so every run is short.
 */
import fc from 'fast-check';
import type { ScenarioInput } from '../scenario/schema';

type NodeInput = ScenarioInput['nodes'][number];
type LinkInput = NonNullable<ScenarioInput['links']>[number];
type FaultInput = NonNullable<ScenarioInput['faults']>[number];

const ms = (max: number) => fc.integer({ min: 0, max });
const prob = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

export const distributionArb = fc.oneof(
  fc.record({ type: fc.constant('constant' as const), value: ms(40) }),
  fc.record({ type: fc.constant('exponential' as const), mean: fc.double({ min: 0.5, max: 40, noNaN: true }) }),
  fc.tuple(ms(30), ms(30)).map(([a, b]) => ({ type: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({ type: fc.constant('erlang' as const), k: fc.integer({ min: 1, max: 4 }), mean: fc.double({ min: 1, max: 30, noNaN: true }) }),
  fc.tuple(fc.double({ min: 0.5, max: 10, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true })).map(([p50, f]) => ({ type: 'lognormal' as const, p50, p99: p50 * f })),
);

const trafficArb = fc.oneof(
  fc.record({ type: fc.constantFrom('constant' as const, 'poisson' as const), ratePerSec: fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 80, noNaN: true })) }),
  fc.record({ type: fc.constant('bursts' as const), ratePerSec: fc.integer({ min: 1, max: 100 }), baseRatePerSec: fc.integer({ min: 0, max: 10 }), onMs: fc.integer({ min: 1, max: 500 }), offMs: ms(500) }),
  fc.record({ type: fc.constant('ramp' as const), fromRatePerSec: fc.integer({ min: 0, max: 60 }), toRatePerSec: fc.integer({ min: 0, max: 60 }), rampMs: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ type: fc.constant('closed' as const), users: fc.integer({ min: 1, max: 5 }), thinkTime: distributionArb }),
);

const clientArb = fc.record(
  { traffic: trafficArb, keySpace: fc.integer({ min: 1, max: 20 }), startAtMs: ms(300), stopAtMs: ms(3000) },
  { requiredKeys: ['traffic'] },
);
const serviceArb = fc.record(
  {
    workers: fc.integer({ min: 1, max: 4 }),
    queueCapacity: fc.integer({ min: 0, max: 5 }),
    serviceTime: distributionArb,
    errorRate: prob,
    callMode: fc.constantFrom('sequential' as const, 'parallel' as const),
    callsHoldWorker: fc.boolean(),
  },
  { requiredKeys: [] },
);
const brokerArb = fc.record(
  { visibilityTimeoutMs: ms(300), maxReceives: fc.integer({ min: 0, max: 4 }), retryDelayMs: ms(200), capacity: fc.integer({ min: 0, max: 20 }), dlq: fc.nat() },
  { requiredKeys: [] },
);

const breakerArb = fc.record(
  {
    slidingWindowType: fc.constantFrom('COUNT_BASED' as const, 'TIME_BASED' as const),
    slidingWindowSize: fc.integer({ min: 1, max: 10 }),
    minimumNumberOfCalls: fc.integer({ min: 1, max: 10 }),
    failureRateThreshold: fc.integer({ min: 1, max: 100 }),
    slowCallRateThreshold: fc.integer({ min: 1, max: 100 }),
    slowCallDurationThreshold: fc.integer({ min: 1, max: 100 }),
    waitDurationInOpenState: fc.integer({ min: 1, max: 1000 }),
    permittedNumberOfCallsInHalfOpenState: fc.integer({ min: 1, max: 4 }),
    maxWaitDurationInHalfOpenState: ms(500),
    automaticTransitionFromOpenToHalfOpenEnabled: fc.boolean(),
  },
  { requiredKeys: [] },
);
const restExtraArb = fc.record(
  {
    latency: distributionArb,
    probability: prob,
    weight: fc.integer({ min: 0, max: 3 }),
    fallback: fc.boolean(),
    timeout: fc.record({ timeoutMs: fc.integer({ min: 1, max: 200 }) }),
    retry: fc.record({
      maxAttempts: fc.integer({ min: 1, max: 4 }),
      baseMs: ms(50),
      capMs: ms(200),
      jitter: fc.constantFrom('none' as const, 'full' as const, 'equal' as const, 'decorrelated' as const),
      retryOn: fc.subarray(['error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited'] as const),
    }),
    circuitBreaker: breakerArb,
    rateLimiter: fc.record({ capacity: fc.integer({ min: 1, max: 5 }), refillPerSec: fc.integer({ min: 1, max: 100 }), maxWaitMs: ms(100) }),
    bulkhead: fc.record({ maxConcurrentCalls: fc.integer({ min: 1, max: 3 }) }),
  },
  { requiredKeys: [] },
);
const produceExtraArb = fc.record(
  {
    latency: distributionArb,
    probability: prob,
    weight: fc.integer({ min: 0, max: 3 }),
    eventType: fc.constantFrom('user.registered', 'order.placed'),
    data: fc.constant({ id: '{aggregateId}', at: '{timestamp}', n: 1 }),
  },
  { requiredKeys: [] },
);
const deliverExtraArb = fc.record({ latency: distributionArb, concurrency: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: [] });

type LinkSpec = { kind: LinkInput['kind']; a: number; b: number; extra: Record<string, unknown> };
const linkSpecArb: fc.Arbitrary<LinkSpec> = fc.oneof(
  fc.record({ kind: fc.constant('rest' as const), a: fc.nat(), b: fc.nat(), extra: restExtraArb }),
  fc.record({ kind: fc.constantFrom('publish' as const, 'enqueue' as const), a: fc.nat(), b: fc.nat(), extra: produceExtraArb }),
  fc.record({ kind: fc.constantFrom('subscribe' as const, 'consume' as const), a: fc.nat(), b: fc.nat(), extra: deliverExtraArb }),
);
const faultSpecArb = fc.record({
  kind: fc.constantFrom('outage', 'errorBurst', 'latencySpike', 'partition', 'failFirst'),
  target: fc.nat(),
  atMs: ms(3000),
  durationMs: fc.integer({ min: 1, max: 2000 }),
  errorRate: prob,
  extraMs: fc.integer({ min: 1, max: 200 }),
  count: fc.integer({ min: 1, max: 20 }),
});

const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length === 0 ? undefined : xs[i % xs.length]);

/** Turns specs into links, dropping the ones that would not fit (no valid endpoints, a sync cycle, a message loop). */
function linksOf(specs: LinkSpec[], ids: { clients: string[]; services: string[]; queues: string[]; topics: string[] }): LinkInput[] {
  const callers = [...ids.clients, ...ids.services];
  const svcIndex = (id: string) => ids.services.indexOf(id);
  const deliver: LinkInput[] = [];
  const other: LinkInput[] = [];
  specs.forEach((s, i) => {
    const id = `l${i}`;
    if (s.kind === 'consume' || s.kind === 'subscribe') {
      const from = pick(s.kind === 'consume' ? ids.queues : ids.topics, s.a);
      const to = pick(ids.services, s.b);
      if (from && to) deliver.push({ id, kind: s.kind, from, to, ...s.extra } as LinkInput);
      return;
    }
    const from = pick(callers, s.a);
    const to = pick(s.kind === 'rest' ? ids.services : s.kind === 'publish' ? ids.topics : ids.queues, s.b);
    if (!from || !to) return;
    if (s.kind === 'rest' && svcIndex(from) >= 0 && svcIndex(from) >= svcIndex(to)) return;
    other.push({ id, kind: s.kind, from, to, ...s.extra } as LinkInput);
  });
  const firstConsumer = (broker: string) => Math.min(...deliver.filter((l) => l.from === broker).map((l) => svcIndex(l.to)));
  const kept = other.filter((l) => l.kind === 'rest' || svcIndex(l.from) < 0 || svcIndex(l.from) < firstConsumer(l.to));
  return [...kept, ...deliver];
}

export interface TopologyOptions {
  maxDurationMs?: number;
}

/** A valid scenario document (input form, before defaults), small enough to run in milliseconds. */
export function scenarioArb(opts: TopologyOptions = {}): fc.Arbitrary<ScenarioInput> {
  return fc
    .record({
      clients: fc.array(clientArb, { minLength: 1, maxLength: 3 }),
      services: fc.array(serviceArb, { minLength: 1, maxLength: 4 }),
      queues: fc.array(brokerArb, { maxLength: 2 }),
      topics: fc.array(brokerArb, { maxLength: 2 }),
      links: fc.array(linkSpecArb, { maxLength: 10 }),
      faults: fc.array(faultSpecArb, { maxLength: 3 }),
      durationMs: fc.integer({ min: 100, max: opts.maxDurationMs ?? 3000 }),
      windowMs: fc.integer({ min: 10, max: 1000 }),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    })
    .map((t) => {
      const ids = {
        clients: t.clients.map((_, i) => `c${i}`),
        services: t.services.map((_, i) => `s${i}`),
        queues: t.queues.map((_, i) => `q${i}`),
        topics: t.topics.map((_, i) => `t${i}`),
      };
      const nodes: NodeInput[] = [
        ...t.clients.map((c, i) => ({ id: ids.clients[i], kind: 'client' as const, ...c })),
        ...t.services.map((s, i) => ({ id: ids.services[i], kind: 'service' as const, ...s })),
        ...t.topics.map(({ dlq: _d, capacity: _c, ...b }, i) => ({ id: ids.topics[i], kind: 'topic' as const, ...b })),
      ];
      const links = linksOf(t.links, ids);
      // A dead-letter edge must lead forward too: the DLQ's consumers come after the source's.
      const consumers = (q: string) => links.filter((l) => l.from === q && l.kind === 'consume').map((l) => ids.services.indexOf(l.to));
      t.queues.forEach(({ dlq, ...q }, i) => {
        const target = dlq === undefined ? undefined : ids.queues[dlq % ids.queues.length];
        const forward = target !== undefined && target !== ids.queues[i] && Math.min(...consumers(target)) > Math.max(...consumers(ids.queues[i]));
        nodes.push({ id: ids.queues[i], kind: 'queue' as const, ...q, ...(forward ? { deadLetterQueue: target } : {}) });
      });
      const nodeIds = nodes.filter((n) => n.kind === 'service').map((n) => n.id); // faults act on services and links
      const linkIds = links.map((l) => l.id);
      const faults: FaultInput[] = [];
      for (const f of t.faults) {
        const onLink = f.kind === 'partition' || ((f.kind === 'outage' || f.kind === 'latencySpike') && f.target % 2 === 1);
        const target = pick(onLink ? linkIds : nodeIds, f.target);
        if (!target) continue;
        const at = { target, atMs: f.atMs };
        if (f.kind === 'failFirst') faults.push({ kind: 'failFirst', ...at, count: f.count });
        else if (f.kind === 'errorBurst') faults.push({ kind: 'errorBurst', ...at, durationMs: f.durationMs, errorRate: f.errorRate });
        else if (f.kind === 'latencySpike') faults.push({ kind: 'latencySpike', ...at, durationMs: f.durationMs, extraMs: f.extraMs });
        else faults.push({ kind: f.kind as 'outage' | 'partition', ...at, durationMs: f.durationMs });
      }
      return {
        version: 1 as const,
        name: 'random',
        seed: t.seed,
        run: { durationMs: t.durationMs, warmupMs: 0, windowMs: t.windowMs },
        nodes,
        links,
        faults,
      };
    });
}
