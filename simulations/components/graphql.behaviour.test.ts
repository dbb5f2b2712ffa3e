/**
 * The GraphQL endpoint: a query costs its parse time plus the slowest resolver it selected (they run
 * in parallel), a failed nullable field gives partial data (answered, degraded), a failed required
 * field fails the query at once, and the client's selection set decides which resolvers run.
 */
import { describe, expect, it } from 'vitest';
import { binomialSd, client, constant, exponential, poissonTraffic, rest, service, simulate, type Topology } from '../test-support/scenarios';
import { selectedFields } from './graphql-query';

type Extra = Record<string, unknown>;

/** A web client → GraphQL → users, orders, recs (each with plenty of workers: no queueing). */
function api(opts: { gql?: Extra; ops?: string[]; users?: Extra; orders?: Extra; recs?: Extra; links?: Extra } = {}, extra: Partial<Topology> = {}): Topology {
  const ops = (opts.ops ?? ['query Dashboard']).map((name) => ({ name, weight: 1 }));
  return {
    durationMs: 60_000,
    nodes: [
      client('web', poissonTraffic(50), { operations: ops }),
      { id: 'gql', kind: 'graphql', parseTime: constant(2), ...opts.gql } as never,
      service('users', { workers: 1000, serviceTime: exponential(20), ...opts.users }),
      service('orders', { workers: 1000, serviceTime: exponential(20), ...opts.orders }),
      service('recs', { workers: 1000, serviceTime: exponential(20), ...opts.recs }),
    ],
    links: [rest('web', 'gql'), rest('gql', 'users', opts.links), rest('gql', 'orders', opts.links), rest('gql', 'recs', opts.links)],
    ...extra,
  };
}

const values = (t: Topology) => {
  const r = simulate(t);
  return { r, v: r.patterns.gql.values };
};

describe('graphql: response time is the slowest needed resolver', () => {
  it('constant resolvers of 10, 20 and 30 ms behind a 5 ms parse: every query takes 35 ms', () => {
    const { r } = values(
      api({ gql: { parseTime: constant(5) }, users: { serviceTime: constant(10) }, orders: { serviceTime: constant(20) }, recs: { serviceTime: constant(30) } }),
    );
    const l = r.clients.web.latencyMs;
    // The histogram reports within 1 %; in sequence it would be 65 ms.
    expect(l.p50).toBeGreaterThan(34.6);
    expect(l.p50).toBeLessThan(35.4);
    expect(l.max).toBeLessThan(35.4);
    expect(r.patterns.gql.summaries!.queryMs.p50).toBeCloseTo(l.p50, 6);
  });

  it('three exponential resolvers (mean 20 ms): mean = parse + 20·(1 + 1/2 + 1/3) ≈ 38.7 ms', () => {
    const { r, v } = values(api());
    // Max of 3 iid exp(20): mean 36.67, variance 400·(1 + 1/4 + 1/9) = 544 → sd 23.3; n ≈ 3,000 → se ≈ 0.43 ms.
    const n = r.clients.web.sent;
    const se = Math.sqrt(544.4 / n);
    expect(r.clients.web.latencyMs.mean).toBeGreaterThan(38.67 - 4 * se);
    expect(r.clients.web.latencyMs.mean).toBeLessThan(38.67 + 4 * se);
    expect(v.resolverCallsPerQuery).toBe(3);
    expect(v.complete).toBe(r.clients.web.succeeded);
  });

  it('selecting only `user` calls only its resolver: mean = 2 + 20 ms, the other services idle', () => {
    const { r, v } = values(api({ ops: ['query Profile { users { name } }'] }));
    const n = r.clients.web.sent;
    // One exp(20): sd 20 → se = 20/√n.
    expect(Math.abs(r.clients.web.latencyMs.mean - 22)).toBeLessThan((4 * 20) / Math.sqrt(n));
    expect(r.nodes.orders.arrivals).toBe(0);
    expect(r.nodes.recs.arrivals).toBe(0);
    expect(v.resolverCallsPerQuery).toBe(1);
  });

  it('a 50/50 mix of a 3-field and a 1-field operation: about 2 resolver calls per query', () => {
    const { r, v } = values(api({ ops: ['query Dashboard { users orders recs }', 'query Profile { users }'] }));
    const n = r.clients.web.sent;
    // Calls per query = 1 + 2·B, B ~ Bernoulli(1/2): sd of the mean = 2·0.5/√n.
    expect(Math.abs(v.resolverCallsPerQuery - 2)).toBeLessThan(4 / Math.sqrt(n));
    expect(r.nodes.users.arrivals).toBe(n);
    expect(Math.abs(r.nodes.recs.arrivals / n - 0.5)).toBeLessThan(4 * binomialSd(0.5, n));
  });

  it('without a selection set, each field is resolved with its link\'s call probability', () => {
    const t = api();
    t.links![3] = rest('gql', 'recs', { probability: 0.5 });
    const { r, v } = values(t);
    const n = r.clients.web.sent;
    expect(Math.abs(v.resolverCallsPerQuery - 2.5)).toBeLessThan((4 * 0.5) / Math.sqrt(n));
  });

  it('a field nobody resolves fails validation: an error, and no resolver is called', () => {
    const { r, v } = values(api({ ops: ['query { users invoices }'] }));
    expect(v.invalid).toBe(r.clients.web.sent);
    expect(r.clients.web.failures.error).toBe(r.clients.web.sent);
    expect(r.nodes.users.arrivals).toBe(0);
  });
});

describe('graphql: partial data', () => {
  it('recs failing 20 % of the time: ~20 % of queries answered with partial data, none failed', () => {
    const { r, v } = values(api({ recs: { errorRate: 0.2 } }));
    const c = r.clients.web;
    expect(c.succeeded).toBe(c.sent - c.inFlight);
    expect(c.degraded).toBe(v.partial);
    expect(v.failed).toBe(0);
    expect(v['fieldErrors.recs']).toBe(v.partial);
    expect(Math.abs(v.partialShare - 0.2)).toBeLessThan(4 * binomialSd(0.2, c.sent));
  });

  it('the same field marked required: ~20 % of queries fail instead, none partial', () => {
    const { r, v } = values(api({ gql: { requiredFields: 'users, recs' }, recs: { errorRate: 0.2 } }));
    const c = r.clients.web;
    expect(v.partial).toBe(0);
    expect(c.degraded).toBe(0);
    expect(v.failedRequiredField).toBe(v.failed);
    expect(c.failures.error).toBe(v.failed);
    expect(Math.abs(v.failed / c.sent - 0.2)).toBeLessThan(4 * binomialSd(0.2, c.sent));
  });

  it('a failed required field fails the query at once, without waiting for the slow fields', () => {
    // One user asking again as soon as answered: the number of queries measures their length.
    const t = (req: string) => {
      const top = api({ gql: { parseTime: constant(5), requiredFields: req }, users: { serviceTime: constant(100) }, orders: { serviceTime: constant(100) } });
      top.nodes[0] = client('web', { type: 'closed', users: 1, thinkTime: constant(0) }, { operations: [{ name: 'query Dashboard', weight: 1 }] });
      top.faults = [{ kind: 'outage', target: 'recs', atMs: 0, durationMs: 60_000 }];
      top.durationMs = 10_000;
      return simulate(top).clients.web;
    };
    // Nullable recs: each query waits for users and orders (105 ms) → ~95 in 10 s, all partial.
    const nullable = t('');
    expect(nullable.sent).toBeGreaterThan(90);
    expect(nullable.sent).toBeLessThan(100);
    expect(nullable.degraded).toBe(nullable.succeeded);
    // Required recs: refused at once by the down service → 5 ms a query → ~2,000 in 10 s, all failed.
    const required = t('recs');
    expect(required.sent).toBeGreaterThan(1_900);
    expect(required.succeeded).toBe(0);
  });
});

describe('graphql: capacity, faults, bookkeeping', () => {
  it('runs as dropped from the palette (defaults only): with no resolver links, every query is answered', () => {
    const r = simulate({ nodes: [client('web', poissonTraffic(20)), { id: 'gql', kind: 'graphql' } as never], links: [rest('web', 'gql')] });
    expect(r.clients.web.succeeded).toBe(r.clients.web.sent - r.clients.web.inFlight);
    expect(r.patterns.gql.values.resolverCallsPerQuery).toBe(0);
  });

  const busy = () =>
    api(
      { gql: { maxInFlight: 8, requiredFields: 'orders' }, users: { serviceTime: exponential(200) }, recs: { errorRate: 0.1 }, links: { timeout: { timeoutMs: 300 } } },
      { faults: [{ kind: 'outage', target: 'orders', atMs: 20_000, durationMs: 5_000 }, { kind: 'errorBurst', target: 'gql', atMs: 10_000, durationMs: 5_000, errorRate: 0.5 }], durationMs: 30_500 },
    );

  it('every query ends exactly once: complete + partial + failed + rejected + in flight = queries', () => {
    const { r, v } = values(busy());
    expect(v.rejected).toBeGreaterThan(0);
    expect(v.partial).toBeGreaterThan(0);
    expect(v.failed).toBeGreaterThan(0);
    expect(v.inFlightAtEnd).toBeGreaterThan(0);
    expect(v.complete + v.partial + v.failed + v.rejected + v.inFlightAtEnd).toBe(v.queries);
    expect(v.queries).toBe(r.clients.web.sent);
    expect(r.clients.web.failures.rejected).toBe(v.rejected);
  });

  it('a slowdown fault on the endpoint adds to every query', () => {
    const slow = values(api({}, { faults: [{ kind: 'latencySpike', target: 'gql', atMs: 0, durationMs: 60_000, extraMs: 50 }] })).r;
    const base = values(api()).r;
    const rise = slow.clients.web.latencyMs.mean - base.clients.web.latencyMs.mean;
    expect(rise).toBeGreaterThan(48);
    expect(rise).toBeLessThan(52);
  });

  it('same seed, same report', () => {
    expect(simulate(busy())).toEqual(simulate(busy()));
  });
});

describe('graphql: reading a selection set', () => {
  it.each([
    ['query Dashboard', undefined],
    ['query Dashboard { user orders recommendations }', ['user', 'orders', 'recommendations']],
    ['{ user(id: 7) { name email } orders(first: 5) { total } }', ['user', 'orders']],
    ['query { me: user { id } latest: orders }', ['user', 'orders']],
    ['query { user user }', ['user']],
    ['POST /api/graphql', undefined],
    ['GET /api/users/{id}', undefined],
    ['mutation Checkout { placeOrder(cart: 7) { id } }', ['placeOrder']],
  ] as const)('%s', (op, fields) => {
    expect(selectedFields(op)).toEqual(fields);
  });
});
