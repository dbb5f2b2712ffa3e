/**
 * The API gateway: bad credentials are answered 401 at the edge and never reach a service, each
 * client has its own token bucket (429), routes follow the links' path prefixes (404 otherwise), and
 * its processing time adds to every request.
 */
import { describe, expect, it } from 'vitest';
import { binomialSd, client, constant, constantTraffic, poissonTraffic, rest, service, simulate, type Topology } from '../test-support/scenarios';

type Extra = Record<string, unknown>;
const OPS = [
  { name: 'GET /api/users/{id}', weight: 3 },
  { name: 'POST /api/users', weight: 1 },
  { name: 'GET /api/orders/{id}', weight: 2 },
];

/** Web and partner clients → gateway → users and orders. */
function edge(gw: Extra = {}, opts: { web?: Topology['nodes'][number]; partner?: Topology['nodes'][number]; durationMs?: number; faults?: Topology['faults'] } = {}): Topology {
  return {
    durationMs: opts.durationMs ?? 60_000,
    nodes: [
      opts.web ?? client('web', poissonTraffic(50), { operations: OPS }),
      opts.partner ?? client('partner', poissonTraffic(20), { operations: OPS }),
      { id: 'gw', kind: 'gateway', processingTime: constant(2), ...gw } as never,
      service('users', { workers: 1000, serviceTime: constant(10) }),
      service('orders', { workers: 1000, serviceTime: constant(10) }),
    ],
    links: [rest('web', 'gw'), rest('partner', 'gw'), rest('gw', 'users'), rest('gw', 'orders')],
    faults: opts.faults ?? [],
  };
}

const run = (t: Topology) => {
  const r = simulate(t);
  return { r, v: r.patterns.gw.values };
};
const arrivals = (r: ReturnType<typeof simulate>) => r.nodes.users.arrivals + r.nodes.orders.arrivals;

describe('gateway: authentication at the edge', () => {
  it('10 % bad credentials: about 10 % answered 401, and the services see only the rest', () => {
    const { r, v } = run(edge({ badCredentialsShare: 0.1 }));
    expect(Math.abs(v.unauthorizedShare - 0.1)).toBeLessThan(4 * binomialSd(0.1, v.requests));
    expect(r.clients.web.failures.rejected + r.clients.partner.failures.rejected).toBe(v.unauthorized);
    expect(arrivals(r)).toBe(v.forwarded);
    expect(v.forwarded + v.unauthorized + v.inFlightAtEnd).toBe(v.requests);
  });

  it('raising the share to 40 %: the extra 401s are exactly the load the services no longer get', () => {
    const low = run(edge({ badCredentialsShare: 0.05 }));
    const high = run(edge({ badCredentialsShare: 0.4 }));
    expect(low.v.requests).toBe(high.v.requests); // same traffic under the same seed
    const more401 = high.v.unauthorized - low.v.unauthorized;
    const lessLoad = arrivals(low.r) - arrivals(high.r);
    expect(more401).toBeGreaterThan(0.3 * high.v.requests);
    expect(Math.abs(lessLoad - more401)).toBeLessThanOrEqual(2); // ± requests still in flight at the end
  });
});

describe('gateway: per-client rate limits', () => {
  it("a partner sending 20/s against a 10/s limit (burst 5) gets 5 + 10/s through; the web client, unlimited, none limited", () => {
    const { r, v } = run(edge({ clientLimits: { partner: { refillPerSec: 10, capacity: 5 } } }, { partner: client('partner', constantTraffic(20), { operations: OPS }) }));
    const admitted = v['requests.partner'] - v['rateLimited.partner'];
    // Constant arrivals every 50 ms, one token every 100 ms: 5 + 60 s × 10/s, give or take the last token.
    expect(admitted).toBeGreaterThanOrEqual(604);
    expect(admitted).toBeLessThanOrEqual(606);
    expect(v['rateLimited.web']).toBe(0);
    expect(r.clients.partner.failures.rateLimited).toBe(v['rateLimited.partner']);
  });

  it('the default per-client limit gives each client its own bucket, not one shared', () => {
    const { v } = run(edge({ rateLimitPerSec: 30, rateLimitBurst: 10 }, { web: client('web', constantTraffic(25), { operations: OPS }), partner: client('partner', constantTraffic(25), { operations: OPS }) }));
    // Each client at 25/s is under its own 30/s; one bucket of 30/s for both (50/s) would refuse 40 %.
    expect(v.rateLimited).toBe(0);
  });

  it('credentials are checked before the limit: rejected callers do not spend it', () => {
    // Partner at 20/s, half of it with bad credentials, limit 12/s: the 10/s good ones fit.
    const { v } = run(edge({ badCredentialsShare: 0.5, clientLimits: { partner: { refillPerSec: 12, capacity: 20 } } }));
    expect(v['rateLimited.partner'] / v['requests.partner']).toBeLessThan(0.02);
  });
});

describe('gateway: routing and added latency', () => {
  it('routes by path prefix; an operation without a route is a 404 that reaches nobody', () => {
    const ops = [...OPS, { name: 'GET /api/payments/{id}', weight: 2 }];
    const { r, v } = run(edge({}, { web: client('web', poissonTraffic(50), { operations: ops }) }));
    const web = r.clients.web;
    // Web's share of payments calls is 2/8 of its traffic; the partner never asks for payments.
    expect(Math.abs(v.unrouted / web.sent - 0.25)).toBeLessThan(4 * binomialSd(0.25, web.sent));
    expect(web.failures.error).toBe(v.unrouted);
    expect(v['forwarded.users']).toBe(r.nodes.users.arrivals);
    expect(v['forwarded.orders']).toBe(r.nodes.orders.arrivals);
  });

  it('a link labelled with a path serves it; "/" catches the rest; the longest prefix wins', () => {
    const ops = [
      { name: 'GET /api/customers/{id}', weight: 1 },
      { name: 'GET /api/customers/{id}/orders', weight: 1 },
      { name: 'GET /health', weight: 1 },
    ];
    const t = edge({}, { web: client('web', constantTraffic(30), { operations: ops }) });
    t.nodes = t.nodes.filter((n) => n.id !== 'partner');
    t.links = [
      rest('web', 'gw'),
      rest('gw', 'users', { label: '/api/customers' }),
      rest('gw', 'orders', { label: '/api/customers/{id}/orders'}),
      rest('gw', 'crm', { label: '/' }),
    ];
    t.nodes.push(service('crm', { workers: 100, serviceTime: constant(1) }));
    const { r, v } = run(t);
    expect(v.unrouted).toBe(0);
    // A template path matches literally only: `/api/customers/{id}/orders` is the op's own text here.
    expect(r.nodes.orders.arrivals).toBeGreaterThan(500);
    expect(r.nodes.users.arrivals).toBeGreaterThan(500);
    expect(r.nodes.crm.arrivals).toBeGreaterThan(500);
    expect(r.nodes.users.arrivals + r.nodes.orders.arrivals + r.nodes.crm.arrivals).toBe(v.forwarded);
  });

  it('its processing time adds to every call: 2 ms gateway + 10 ms service = 12 ms', () => {
    const { r } = run(edge());
    expect(r.clients.web.latencyMs.p50).toBeGreaterThan(11.8);
    expect(r.clients.web.latencyMs.max).toBeLessThan(12.2);
  });
});

describe('gateway: faults and bookkeeping', () => {
  it('runs as dropped from the palette (defaults only): with no route, every request is a 404', () => {
    const r = simulate({ nodes: [client('web', poissonTraffic(20)), { id: 'gw', kind: 'gateway' } as never], links: [rest('web', 'gw')] });
    const v = r.patterns.gw.values;
    expect(v.unrouted).toBe(v.requests - v.inFlightAtEnd);
    expect(r.clients.web.failures.error).toBe(v.unrouted);
  });

  const messy = () =>
    edge(
      { badCredentialsShare: 0.05, rateLimitPerSec: 15, maxInFlight: 30, clientLimits: { web: { refillPerSec: 45, capacity: 20 } } },
      {
        web: client('web', poissonTraffic(50), { operations: [...OPS, { name: 'DELETE /api/carts/{id}', weight: 1 }] }),
        faults: [
          { kind: 'outage', target: 'gw', atMs: 10_000, durationMs: 2_000 },
          { kind: 'latencySpike', target: 'users', atMs: 20_000, durationMs: 10_000, extraMs: 500 },
          { kind: 'outage', target: 'orders', atMs: 22_000, durationMs: 4_000 },
        ],
        durationMs: 29_000,
      },
    );

  it('every request ends exactly once: each way out adds up to what came in', () => {
    const { r, v } = run(messy());
    for (const k of ['unauthorized', 'rateLimited', 'unrouted', 'rejected', 'errors', 'forwarded', 'inFlightAtEnd']) expect(v[k], k).toBeGreaterThan(0);
    const leftAtGateway = v.unauthorized + v.rateLimited + v.unrouted + v.rejected + v.errors;
    const inFlightForwarded = v.forwarded - v.answeredOk - v.answeredFailed;
    expect(leftAtGateway + v.answeredOk + v.answeredFailed + v.inFlightAtEnd).toBe(v.requests);
    expect(inFlightForwarded).toBeLessThanOrEqual(v.inFlightAtEnd);
    expect(r.clients.web.sent + r.clients.partner.sent).toBe(v.requests);
    expect(v['requests.web'] + v['requests.partner']).toBe(v.requests);
  });

  it('same seed, same report', () => {
    expect(simulate(messy())).toEqual(simulate(messy()));
  });
});
