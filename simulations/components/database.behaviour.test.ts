/**
 * The database against theory: its pool is an M/M/c station (Erlang C, Erlang B), one hot row's
 * lock is an M/D/1 queue (waits ≈ ρD/2(1−ρ), share that waits = ρ by PASTA), contention falls as
 * rows grow. Tolerances are about 4 sd, measured over 20 seeds (see each case).
 */
import { describe, expect, it } from 'vitest';
import { erlangC } from '../run/queueing.fixtures';
import { binomialSd, client, constant, exponential, poissonTraffic, rest, simulate, type Topology } from '../test-support/scenarios';

type DbParams = Record<string, unknown>;
const db = (p: DbParams = {}, id = 'db') => ({ id, kind: 'database', ...p }) as never;
const ops = (name: string) => ({ operations: [{ name, weight: 1 }] });

/** One client sending `op` at `rate`/s (Poisson) straight to a database. */
function oneClient(op: string, rate: number, p: DbParams, extra: Partial<Topology> = {}): Topology {
  return { durationMs: 100_000, warmupMs: 1_000, nodes: [client('c', poissonTraffic(rate), ops(op)), db(p)], links: [rest('c', 'db')], ...extra };
}

const values = (t: Topology) => {
  const r = simulate(t);
  return { r, v: r.patterns.db.values, s: r.patterns.db.summaries! };
};

describe('database: the connection pool is an M/M/c station', () => {
  it('mean wait for a connection matches Erlang C; utilisation is a/c (M/M/4, ρ = 0.6)', () => {
    // λ = 240/s, mean query 10 ms → a = 2.4. Over 20 seeds the ratio measured/theory had sd 4.3 %: tolerance 17 %.
    const { v, s } = values(oneClient('GET /api/users/{id}', 240, { connections: 4, readTime: exponential(10) }, { durationMs: 200_000 }));
    const wq = (erlangC(4, 2.4) * 10) / (4 - 2.4);
    expect(Math.abs(s.connectionWaitMs.mean / wq - 1)).toBeLessThan(0.17);
    expect(v.poolUtilisation).toBeCloseTo(0.6, 1);
    expect(Math.abs(v.poolUtilisation - 0.6)).toBeLessThan(0.015); // sd 0.0036
    expect(v.lockWaits).toBe(0); // reads take no locks
  });

  it('with no room to wait, the share rejected is Erlang B (M/M/2/2, a = 1.5 → 0.310)', () => {
    const { v } = values(oneClient('GET /api/users/{id}', 150, { connections: 2, waitCapacity: 0, readTime: exponential(10) }));
    const b = 1.125 / 3.625;
    const share = v.rejected / v.queries;
    expect(Math.abs(share - b)).toBeLessThan(4 * binomialSd(b, v.queries));
  });

  it('a request that cannot get a connection within the acquire timeout is rejected', () => {
    const { r, v } = values(oneClient('GET /api/reports', 20, { connections: 1, readTime: constant(100), acquireTimeoutMs: 1_000 }, { durationMs: 20_000 }));
    expect(v.acquireTimeouts).toBeGreaterThan(50);
    expect(v.rejected).toBe(v.acquireTimeouts);
    expect(r.clients.c.failures.rejected).toBe(v.acquireTimeouts);
    // Nobody served waited longer than the timeout: 1 s in line + 100 ms of query at most (histogram error 1 %).
    expect(r.clients.c.latencyMs.max).toBeLessThan(1_100 * 1.01);
    expect(r.clients.c.latencyMs.max).toBeGreaterThan(1_000);
  });
});

describe('database: row locks', () => {
  it('one hot row is an M/D/1 queue: ρ of the writes wait, ρD/2(1−ρ) on average', () => {
    // 100 writes/s of 5 ms each on one row: ρ = 0.5, Wq = 2.5 ms over all writes.
    // Over 20 seeds: share sd 0.0066 (tolerance 0.027), Wq ratio sd 3.1 % (tolerance 12 %).
    const { v, s } = values(oneClient('PUT /api/users/{id}', 100, { connections: 1000, rows: 1, transactionTime: constant(5) }));
    const share = v.lockWaits / v.writes;
    expect(Math.abs(share - 0.5)).toBeLessThan(0.027);
    const wqAll = s.lockWaitMs.mean * share;
    expect(Math.abs(wqAll / 2.5 - 1)).toBeLessThan(0.12);
  });

  it('more rows, fewer collisions: the share of writes that wait is λD/rows', () => {
    const share = (rows: number) => {
      const { v } = values(oneClient('PUT /api/users/{id}', 100, { connections: 1000, rows, transactionTime: constant(5) }));
      return { share: v.lockWaits / v.writes, n: v.writes };
    };
    const ten = share(10);
    expect(Math.abs(ten.share - 0.05)).toBeLessThan(4 * binomialSd(0.05, ten.n));
    expect(share(1000).share).toBeLessThan(0.002);
  });

  it('hot rows bring the collisions back even in a large table', () => {
    const run = (hotRowShare: number) => values(oneClient('PUT /api/stock/{sku}', 100, { connections: 1000, rows: 100_000, hotRows: 5, hotRowShare, transactionTime: constant(5) }, { durationMs: 30_000 })).v;
    const cold = run(0);
    const hot = run(0.5);
    expect(cold.lockWaits / cold.writes).toBeLessThan(0.005);
    // Half the writes spread over 5 rows: each hot row sees 10/s × 5 ms → ρ 0.05; a hot write waits ~5 % of the time.
    expect(hot.lockWaits / hot.writes).toBeGreaterThan(0.015);
  });

  it('reads never wait for a lock, even on a row writers queue for', () => {
    const r = simulate({
      durationMs: 30_000,
      nodes: [client('readers', poissonTraffic(100), ops('GET /api/users/{id}')), client('writers', poissonTraffic(150), ops('PUT /api/users/{id}')), db({ connections: 1000, rows: 1, readTime: constant(3), transactionTime: constant(5) })],
      links: [rest('readers', 'db'), rest('writers', 'db')],
    });
    expect(r.patterns.db.values.lockWaits).toBeGreaterThan(1000);
    expect(r.clients.readers.latencyMs.max).toBeLessThan(3.05);
    // Writers do queue: ρ = 0.75 on the row, M/D/1 wait 7.5 ms on top of 5 ms.
    expect(r.clients.writers.latencyMs.mean).toBeGreaterThan(10);
  });

  it('writers blocked on a lock keep their connections: readers then wait for the pool (coupling)', () => {
    const topo = (writeRate: number): Topology => ({
      durationMs: 30_000,
      nodes: [client('readers', poissonTraffic(50), ops('GET /api/users/{id}')), client('writers', poissonTraffic(writeRate), ops('PUT /api/users/{id}')), db({ connections: 5, rows: 1, readTime: constant(2), transactionTime: constant(40), lockTimeoutMs: 2_000 })],
      links: [rest('readers', 'db'), rest('writers', 'db')],
    });
    const calm = simulate(topo(5));
    const jammed = simulate(topo(30)); // one row takes 25 writes/s of 40 ms: the rest pile up, holding connections while they wait
    expect(calm.clients.readers.latencyMs.p99).toBeLessThan(10);
    // Every connection is taken by a writer: one holds the row, the others wait for it.
    expect(jammed.patterns.db.values.maxBlockedOnLocks).toBe(4);
    expect(jammed.clients.readers.latencyMs.p50).toBeGreaterThan(20);
  });

  it('a write that waits past the lock timeout fails and rolls back', () => {
    const { r, v } = values(oneClient('PUT /api/users/{id}', 20, { connections: 1000, rows: 1, transactionTime: constant(100), lockTimeoutMs: 500 }, { durationMs: 20_000 }));
    expect(v.lockTimeouts).toBeGreaterThan(100);
    expect(r.clients.c.failures.error).toBe(v.lockTimeouts);
    // The row is never idle long and never held by a failed write: successes ≈ 10/s (100 ms each).
    expect(v.succeeded).toBeGreaterThan(0.9 * 10 * 19);
  });

  it('two rows locked in random order deadlock; locking them in key order never does', () => {
    const run = (sortedLocks: boolean) =>
      values(oneClient('POST /api/transfers', 50, { connections: 1000, rows: 2, rowsPerWrite: 2, sortedLocks, transactionTime: constant(10) }, { durationMs: 30_000 })).v;
    const random = run(false);
    const sorted = run(true);
    expect(random.deadlocks).toBeGreaterThan(20);
    expect(sorted.deadlocks).toBe(0);
    expect(sorted.failed).toBe(0);
  });
});

describe('database: bookkeeping', () => {
  it('counts writes and lock waits per origin, so a shared database shows who waits for whom', () => {
    const r = simulate({
      durationMs: 20_000,
      nodes: [client('orders', poissonTraffic(40), ops('POST /api/orders')), client('billing', poissonTraffic(10), ops('PUT /api/invoices/{id}')), db({ rows: 1, transactionTime: constant(5) })],
      links: [rest('orders', 'db'), rest('billing', 'db')],
    });
    const v = r.patterns.db.values;
    expect(v['writes.orders']).toBe(r.clients.orders.sent);
    expect(v['writes.billing']).toBe(r.clients.billing.sent);
    expect(v['lockWaits.orders'] + v['lockWaits.billing']).toBe(v.lockWaits);
    expect(v['lockWaits.billing']).toBeGreaterThan(0);
  });

  it('an outage refuses queries at once; an error burst fails them', () => {
    const { r, v } = values(
      oneClient('GET /api/users/{id}', 100, { readTime: constant(2) }, {
        durationMs: 20_000,
        faults: [
          { kind: 'outage', target: 'db', atMs: 5_000, durationMs: 2_000 },
          { kind: 'errorBurst', target: 'db', atMs: 10_000, durationMs: 2_000, errorRate: 0.5 },
        ],
      }),
    );
    const failedShare = v.failed / v.queries;
    // 2 s of 19 refused, half of 2 s failed: ≈ 0.158.
    expect(failedShare).toBeGreaterThan(0.13);
    expect(failedShare).toBeLessThan(0.19);
    expect(r.clients.c.latencyMs.max).toBeLessThan(2.05);
  });

  it('every query ends once or is still in flight (conservation), also under timeouts, deadlocks and faults', () => {
    const { r, v } = values(
      oneClient('PUT /api/users/{id}', 200, { connections: 3, waitCapacity: 20, acquireTimeoutMs: 300, rows: 3, rowsPerWrite: 2, transactionTime: exponential(10), lockTimeoutMs: 100 }, {
        durationMs: 20_000,
        faults: [{ kind: 'outage', target: 'db', atMs: 8_000, durationMs: 1_000 }],
      }),
    );
    expect(v.rejected).toBeGreaterThan(0);
    expect(v.deadlocks + v.lockTimeouts).toBeGreaterThan(0);
    expect(v.succeeded + v.failed + v.rejected + v.inFlightAtEnd).toBe(v.queries);
    const c = r.clients.c;
    expect(c.succeeded).toBe(v.succeeded);
  });

  it('same seed, same report', () => {
    const t = oneClient('PUT /api/users/{id}', 100, { rows: 5, rowsPerWrite: 2, hotRowShare: 0.3 }, { durationMs: 5_000 });
    expect(simulate(t)).toEqual(simulate(t));
  });
});
