/**
 * Two-phase commit: a commit costs two round trips to the slowest participant; any no vote aborts;
 * participants hold their locks in doubt between their vote and the decision, and a coordinator
 * crash in between leaves them there — blocking other writers on those rows — until it recovers.
 */
import { describe, expect, it } from 'vitest';
import { binomialSd, client, column, constant, constantTraffic, poissonTraffic, rest, service, simulate, start, type Topology } from '../test-support/scenarios';

type Params = Record<string, unknown>;
const node = (id: string, kind: string, p: Params = {}) => ({ id, kind, ...p }) as never;
const NET = constant(5);

/** Shop → coordinator → inventory and payments databases (5 ms network per call); a warehouse also writes to inventory. */
function shop(o: { rate?: number; tx?: Params; inventory?: Params; payments?: Params; warehouse?: number; durationMs?: number; faults?: Topology['faults']; links?: Params } = {}): Topology {
  const nodes = [
    client('shop', poissonTraffic(o.rate ?? 50), { operations: [{ name: 'POST /api/orders', weight: 1 }] }),
    node('tx', 'twoPhaseCoordinator', o.tx),
    node('inventory', 'database', { connections: 100, transactionTime: constant(10), ...o.inventory }),
    node('payments', 'database', { connections: 100, transactionTime: constant(10), ...o.payments }),
  ];
  const links = [rest('shop', 'tx'), rest('tx', 'inventory', { latency: NET, ...o.links }), rest('tx', 'payments', { latency: NET, ...o.links })];
  if (o.warehouse) {
    nodes.push(client('warehouse', poissonTraffic(o.warehouse), { operations: [{ name: 'PUT /api/stock/{sku}', weight: 1 }] }));
    links.push(rest('warehouse', 'inventory'));
  }
  return { durationMs: o.durationMs ?? 20_000, nodes, links, faults: o.faults ?? [] };
}

const coordinator = (t: Topology) => {
  const r = simulate(t);
  return { r, v: r.patterns.tx.values, s: r.patterns.tx.summaries! };
};

describe('two-phase commit', () => {
  // A REST link's latency is charged once per call (on the way there), so a round trip costs 5 ms here.
  it('commits after two round trips: prepare (5 + 10) + log 2 + commit (5 + 1) = 23 ms', () => {
    // A table so large that two transactions never meet on a row: nothing but the protocol costs time.
    const { r, v, s } = coordinator(shop({ inventory: { rows: 1e9 }, payments: { rows: 1e9 } }));
    expect(v.aborted).toBe(0);
    expect(v.committed + v.inFlightAtEnd).toBe(v.started);
    expect(s.commitLatencyMs.mean).toBeCloseTo(23, 6);
    expect(r.clients.shop.latencyMs.max).toBeLessThan(23 * 1.01);
    // Each participant prepared and committed every transaction, and let go of every lock.
    const inv = r.patterns.inventory.values;
    expect(inv.prepares - inv.commits).toBeGreaterThanOrEqual(0);
    expect(inv.prepares - inv.commits).toBeLessThanOrEqual(v.inFlightAtEnd);
    expect(inv.locksHeldAtEnd).toBeLessThanOrEqual(v.inFlightAtEnd);
    // In doubt from its vote (at 15 ms) until the COMMIT is applied (at 23 ms): 8 ms per participant.
    expect(s.inDoubtMs.mean).toBeCloseTo(8, 6);
  });

  it('one participant voting no aborts the transaction everywhere: the abort share is its failure rate', () => {
    const { r, v } = coordinator(shop({ payments: { errorRate: 0.2 }, durationMs: 60_000 }));
    const share = v.aborted / (v.committed + v.aborted);
    expect(Math.abs(share - 0.2)).toBeLessThan(4 * binomialSd(0.2, v.committed + v.aborted));
    expect(v.noVotes).toBe(v.aborted);
    expect(r.clients.shop.failures.error).toBe(v.aborted);
    // Inventory had voted yes on those: each ABORT rolled it back, so nothing stays locked.
    const inv = r.patterns.inventory.values;
    expect(inv.aborts).toBe(v.aborted);
    expect(inv.locksHeldAtEnd).toBeLessThanOrEqual(v.inFlightAtEnd);
  });

  it('a participant that does not answer in time counts as a no; the decision is resent until it is acknowledged', () => {
    const { r, v } = coordinator(
      shop({ tx: { timeoutMs: 300, retryDelayMs: 200 }, faults: [{ kind: 'partition', target: 'tx-rest-payments', atMs: 5_000, durationMs: 2_000 }] }),
    );
    // About 2 s × 50/s lose their PREPARE to payments.
    expect(v.voteTimeouts).toBeGreaterThan(70);
    expect(v.voteTimeouts).toBeLessThan(130);
    expect(v.aborted).toBe(v.voteTimeouts);
    expect(v.decisionRetries).toBeGreaterThan(0);
    expect(v.inFlightAtEnd + v.committed + v.aborted).toBe(v.started);
    expect(r.patterns.inventory.values.locksHeldAtEnd).toBeLessThanOrEqual(v.inFlightAtEnd);
  });

  it('a coordinator crash between the phases leaves participants in doubt, holding locks that block other writers, until it recovers', () => {
    const t = shop({
      rate: 50,
      inventory: { rows: 20, transactionTime: constant(60) },
      links: { latency: constant(20) },
      warehouse: 20,
      faults: [{ kind: 'outage', target: 'tx', atMs: 10_000, durationMs: 5_000 }],
    });
    const run = start({ ...t, windowMs: 500 });
    run.finish();
    const r = run.report();
    const v = r.patterns.tx.values;
    // Transactions open at the crash (~50/s × 100 ms) stay in doubt the whole outage.
    expect(v.maxInDoubt).toBeGreaterThanOrEqual(2);
    expect(v.maxLocksHeld).toBeGreaterThanOrEqual(2);
    expect(r.patterns.tx.summaries!.inDoubtMs.max).toBeGreaterThan(4_900);
    expect(v.presumedAborts + v.resentAfterRecovery).toBeGreaterThan(0);
    // Held through the outage (windows ending 10.5 … 15 s) and resolved after it.
    const locks = column(run, 'inventory', 'locksHeld');
    const during = locks.v.filter((_, i) => locks.t[i] > 10_400 && locks.t[i] <= 15_000);
    expect(Math.min(...during)).toBeGreaterThanOrEqual(1);
    const blocked = column(run, 'inventory', 'lockWaiting');
    expect(Math.max(...blocked.v.filter((_, i) => blocked.t[i] > 11_000 && blocked.t[i] <= 15_000))).toBeGreaterThan(3);
    // Warehouse writes that hit those rows waited for the recovery: seconds, not milliseconds.
    expect(r.clients.warehouse.latencyMs.max).toBeGreaterThan(3_000);
    // Afterwards only the usual few are in doubt, each for its normal tens of milliseconds.
    expect(v.inDoubtAtEnd).toBeLessThanOrEqual(v.inFlightAtEnd);
    const inDoubt = column(run, 'tx', 'inDoubt');
    expect(Math.max(...inDoubt.v.filter((_, i) => inDoubt.t[i] >= 15_500))).toBeLessThan(v.maxInDoubt);
    expect(v.inFlightAtEnd + v.committed + v.aborted + v.refused).toBe(v.started);
  });

  it('services may be participants: PREPARE and the decision pass through to their own database', () => {
    const r = simulate({
      durationMs: 10_000,
      nodes: [
        client('shop', constantTraffic(20), { operations: [{ name: 'POST /api/orders', weight: 1 }] }),
        node('tx', 'twoPhaseCoordinator'),
        service('stock', { workers: 10, serviceTime: constant(2) }),
        node('stockDb', 'database', { transactionTime: constant(5) }),
        node('payments', 'database', { transactionTime: constant(5) }),
      ],
      links: [rest('shop', 'tx'), rest('tx', 'stock'), rest('stock', 'stockDb'), rest('tx', 'payments')],
    });
    const v = r.patterns.tx.values;
    expect(v.committed).toBeGreaterThan(190);
    const db = r.patterns.stockDb.values;
    expect(db.commits).toBe(v.committed);
    expect(db.prepares - db.commits).toBeLessThanOrEqual(v.inFlightAtEnd);
    // The service saw each PREPARE and each COMMIT on its way through (one may still be on it at the end).
    expect(r.nodes.stock.arrivals - (db.prepares + db.commits)).toBeGreaterThanOrEqual(0);
    expect(r.nodes.stock.arrivals - (db.prepares + db.commits)).toBeLessThanOrEqual(v.inFlightAtEnd);
  });

  it('refuses new transactions while it is down', () => {
    const { r, v } = coordinator(shop({ rate: 50, faults: [{ kind: 'outage', target: 'tx', atMs: 5_000, durationMs: 5_000 }] }));
    expect(v.refused / v.started).toBeGreaterThan(0.2);
    expect(r.clients.shop.failures.error).toBe(v.refused + v.aborted);
  });

  it('same seed, same report', () => {
    const t = shop({ payments: { errorRate: 0.1 }, warehouse: 10, durationMs: 5_000, faults: [{ kind: 'outage', target: 'tx', atMs: 2_000, durationMs: 1_000 }] });
    expect(simulate(t)).toEqual(simulate(t));
  });
});
