/**
 * The orchestrated saga: steps one after another, undone newest first on a failure, compensations
 * retried and then declared stuck; times to consistency computed by hand from constant step times.
 */
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../core/distributions';
import { createRun } from '../run/run';
import { binomialSd, build, client, constant, constantTraffic, poissonTraffic, rest, service, simulate, type Topology } from '../test-support/scenarios';

const STEPS = [
  { to: 'inventory', action: 'POST /api/inventory/reservations', compensation: 'DELETE /api/inventory/reservations/{id}' },
  { to: 'payment', action: 'POST /api/payments', compensation: 'POST /api/payments/{id}/refund' },
  { to: 'shipping', action: 'POST /api/shipments' },
];

interface Opts {
  traffic?: ReturnType<typeof poissonTraffic> | ReturnType<typeof constantTraffic>;
  orchestrator?: Record<string, unknown>;
  payment?: Record<string, unknown>;
  shipping?: Record<string, unknown>;
  shippingLink?: Record<string, unknown>;
  faults?: Topology['faults'];
  durationMs?: number;
  stopAtMs?: number;
}

/** Shop → orchestrator → inventory (5 ms), payment (10 ms), shipping (20 ms); links in a different order than the steps. */
function saga(o: Opts = {}): Topology {
  const op = (ms: number): Distribution => constant(ms);
  return {
    durationMs: o.durationMs ?? 60_000,
    nodes: [
      client('shop', o.traffic ?? poissonTraffic(20), { operations: [{ name: 'POST /api/orders', weight: 1 }], ...(o.stopAtMs ? { stopAtMs: o.stopAtMs } : {}) }),
      { id: 'orders', kind: 'sagaOrchestrator', steps: STEPS, ...o.orchestrator } as never,
      service('inventory', { workers: 64, serviceTime: op(5) }),
      service('payment', { workers: 64, serviceTime: op(10), ...o.payment }),
      service('shipping', { workers: 64, serviceTime: op(20), ...o.shipping }),
    ],
    // Link order differs from the steps' order on purpose: the steps list decides.
    links: [rest('shop', 'orders'), rest('orders', 'shipping', o.shippingLink), rest('orders', 'payment'), rest('orders', 'inventory')],
    faults: o.faults,
  };
}

const values = (r: ReturnType<typeof simulate>) => r.patterns.orders.values;
const summaries = (r: ReturnType<typeof simulate>) => r.patterns.orders.summaries!;

describe('saga orchestrator', () => {
  it('runs the steps one after another: a completed saga takes the sum of its steps and the orchestrator’s overhead', () => {
    const r = simulate(saga());
    const v = values(r);
    expect(v.completed + v.inProgressAtEnd).toBe(v.started);
    expect(v.compensated + v.stuck).toBe(0);
    // 3 × (1 ms to save the saga's state) + 5 + 10 + 20 ms, with no network delay.
    expect(summaries(r).timeToCompleteMs.mean).toBeCloseTo(38, 6);
    expect(r.clients.shop.latencyMs.mean).toBeCloseTo(38, 6);
  });

  it('payment failing 30 % of the time: that share is compensated (± 4 sd), each with exactly its one reservation released, none stuck', () => {
    const r = simulate(saga({ payment: { errorRate: 0.3 } }));
    const v = values(r);
    const sd = binomialSd(0.3, v.started);
    expect(v.compensatedShare).toBeGreaterThan(0.3 - 4 * sd);
    expect(v.compensatedShare).toBeLessThan(0.3 + 4 * sd);
    expect(v.stuck).toBe(0);
    expect(v['failedAt.payment']).toBe(v.compensated);
    expect(v.compensationCalls).toBe(v.compensated);
    // Compensated: 1 + 5 + 1 + 10 (declined) + 1 + 5 (release) = 23 ms.
    expect(summaries(r).timeToCompensateMs.mean).toBeCloseTo(23, 6);
    // The client hears ok for a completed saga and an error for a compensated one.
    expect(r.clients.shop.succeeded).toBe(v.completed + (r.clients.shop.sent - v.started));
  });

  it('undoes the done steps newest first, each with its own compensating operation', () => {
    const t = saga({ shipping: { errorRate: 1 }, payment: { operations: { 'POST /api/payments/{id}/refund': constant(50) } }, stopAtMs: 1_000, durationMs: 5_000 });
    const run = createRun(build(t));
    run.finish();
    const calls = run.trace(1)!.spans.filter((s) => s.kind === 'call').map((s) => s.name);
    expect(calls).toEqual(['call orders', 'call inventory', 'call payment', 'call shipping', 'call payment', 'call inventory']);
    const r = run.report();
    // 1+5 +1+10 +1+20 (shipping fails) +1+50 (refund, its own operation's time) +1+5 (release) = 95 ms.
    expect(summaries(r).timeToCompensateMs.mean).toBeCloseTo(95, 6);
    expect(values(r).compensationCalls).toBe(2 * values(r).compensated);
  });

  it('a step that timed out may have happened: it is undone too, unless told otherwise', () => {
    // Shipping takes 20 ms, its link gives up after 10 ms; cancelling a shipment is quick (2 ms).
    const timedOut = { shippingLink: { timeout: { timeoutMs: 10 } }, shipping: { operations: { 'DELETE /api/shipments/{id}': constant(2) } }, stopAtMs: 55_000 };
    const withUndo = STEPS.map((s) => (s.to === 'shipping' ? { ...s, compensation: 'DELETE /api/shipments/{id}' } : s));
    const on = values(simulate(saga({ ...timedOut, orchestrator: { steps: withUndo } })));
    const off = values(simulate(saga({ ...timedOut, orchestrator: { steps: withUndo, compensateTimedOutStep: false } })));
    expect(on.compensated).toBe(on.started);
    expect(on.stuck + off.stuck).toBe(0);
    expect(on.compensationCalls).toBe(3 * on.compensated);
    expect(off.compensationCalls).toBe(2 * off.compensated);
  });

  it('a compensation that keeps failing is retried, then the saga is stuck; one that recovers within the retries is compensated', () => {
    // Orders at 0, 100, … 900 ms reserve before Inventory goes down at 1 s; their payment is declined 2 s later.
    // A failed release is tried again every 100 ms, 3 times.
    const slowDeclines = {
      traffic: constantTraffic(10),
      payment: { serviceTime: constant(2_000), errorRate: 1 },
      orchestrator: { compensationRetryDelayMs: 100 },
      stopAtMs: 2_000,
      durationMs: 10_000,
    };
    const long = values(simulate(saga({ ...slowDeclines, faults: [{ kind: 'outage', target: 'inventory', atMs: 1_000, durationMs: 5_000 }] })));
    expect(long.stuck).toBe(10);
    expect(long.compensationRetries).toBe(3 * 10);
    // The orders placed during the outage fail at their first step: nothing to undo, cleanly compensated.
    expect(long.compensated).toBe(10);
    expect(long['failedAt.inventory']).toBe(10);
    // Up again at 2.25 s: the first retries fail (2.008, 2.108, 2.208 s …), the 2.308 s tries all succeed.
    const short = values(simulate(saga({ ...slowDeclines, faults: [{ kind: 'outage', target: 'inventory', atMs: 1_000, durationMs: 1_250 }] })));
    expect(short.stuck).toBe(0);
    expect(short.compensationRetries).toBe(3 + 2 + 1);
  });

  it('conserves sagas: started = completed + compensated + stuck + in progress at the end', () => {
    const r = simulate(saga({ payment: { errorRate: 0.2 }, durationMs: 20_000, faults: [{ kind: 'outage', target: 'inventory', atMs: 5_000, durationMs: 4_000 }] }));
    const v = values(r);
    expect(v.started).toBe(v.completed + v.compensated + v.stuck + v.inProgressAtEnd);
    expect(r.clients.shop.sent).toBe(v.started + v.refused);
  });

  it('writes the saga’s lifecycle to the event log as domain events', () => {
    const run = createRun(build(saga({ payment: { errorRate: 1 }, traffic: constantTraffic(10), stopAtMs: 250, durationMs: 2_000 })));
    run.finish();
    const events = run.eventLog.since(0);
    expect(events.map((e) => e.type)).toEqual(['order.created', 'order.cancelled', 'order.created', 'order.cancelled', 'order.created', 'order.cancelled']);
    expect(events[1]).toMatchObject({ aggregateType: 'order', data: { failedStep: 'payment', reason: 'error' } });
    expect(events[1].metadata?.correlationId).toBe(events[0].metadata?.correlationId);
  });

  it('a down orchestrator refuses at once and starts no saga', () => {
    const v = values(simulate(saga({ durationMs: 10_000, faults: [{ kind: 'outage', target: 'orders', atMs: 2_000, durationMs: 3_000 }] })));
    expect(v.refused).toBeGreaterThan(40);
    expect(v.started + v.refused).toBeGreaterThan(150);
    expect(v.compensated).toBe(0);
  });

  it('same seed, same report', () => {
    const t = saga({ payment: { errorRate: 0.2 }, durationMs: 10_000 });
    expect(simulate(t)).toEqual(simulate(t));
  });
});
