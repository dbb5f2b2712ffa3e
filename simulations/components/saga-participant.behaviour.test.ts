/**
 * The choreographed saga: each participant reacts to the event before it and announces its own;
 * compensation events travel back the way the saga came. Times are computed by hand from constant
 * step times and link delays (a hop = publish 1 ms + delivery 2 ms).
 */
import { describe, expect, it } from 'vitest';
import { createRun } from '../run/run';
import { binomialSd, build, client, constant, constantTraffic, poissonTraffic, publish, rest, simulate, subscribe, topic, type Topology } from '../test-support/scenarios';

interface Opts {
  traffic?: ReturnType<typeof poissonTraffic> | ReturnType<typeof constantTraffic>;
  inventory?: Record<string, unknown>;
  payment?: Record<string, unknown>;
  shipping?: Record<string, unknown>;
  bus?: Record<string, unknown>;
  faults?: Topology['faults'];
  durationMs?: number;
  stopAtMs?: number;
}

const participant = (id: string, fields: Record<string, unknown>) => ({ id, kind: 'sagaParticipant', ...fields }) as never;

/** Shop → Orders (2 ms), then Inventory (5 ms), Payment (10 ms), Shipping (20 ms), all on one event bus. */
function choreography(o: Opts = {}): Topology {
  const ids = ['orders', 'inventory', 'payment', 'shipping'];
  return {
    durationMs: o.durationMs ?? 60_000,
    nodes: [
      client('shop', o.traffic ?? poissonTraffic(20), { operations: [{ name: 'POST /api/orders', weight: 1 }], ...(o.stopAtMs ? { stopAtMs: o.stopAtMs } : {}) }),
      participant('orders', { successEvent: 'order.created', failureEvent: 'order.rejected', compensateOn: 'inventory.rejected, inventory.released', compensatedEvent: 'order.cancelled', serviceTime: constant(2) }),
      topic('bus', { maxReceives: 0, retryDelayMs: 500, ...o.bus }),
      participant('inventory', {
        triggerEvent: 'order.created',
        successEvent: 'inventory.reserved',
        failureEvent: 'inventory.rejected',
        compensateOn: 'payment.failed,payment.refunded',
        compensatedEvent: 'inventory.released',
        serviceTime: constant(5),
        ...o.inventory,
      }),
      participant('payment', {
        triggerEvent: 'inventory.reserved',
        successEvent: 'payment.charged',
        failureEvent: 'payment.failed',
        compensateOn: 'shipping.failed',
        compensatedEvent: 'payment.refunded',
        serviceTime: constant(10),
        ...o.payment,
      }),
      participant('shipping', { triggerEvent: 'payment.charged', successEvent: 'shipping.scheduled', failureEvent: 'shipping.failed', completesSaga: true, serviceTime: constant(20), ...o.shipping }),
    ],
    links: [rest('shop', 'orders'), ...ids.flatMap((p) => [publish(p, 'bus', { latency: constant(1) }), subscribe('bus', p, { latency: constant(2), concurrency: 32 })])],
    faults: o.faults,
  };
}

const sagas = (r: ReturnType<typeof simulate>) => r.patterns.orders.values;
const times = (r: ReturnType<typeof simulate>) => r.patterns.orders.summaries!;
const of = (r: ReturnType<typeof simulate>, id: string) => r.patterns[id].values;

describe('saga participants (choreography)', () => {
  it('each reacts to the event before it: a saga completes after every step and every hop, the client only waits for Orders', () => {
    const r = simulate(choreography());
    const v = sagas(r);
    expect(v.completed + v.inProgressAtEnd).toBe(v.started);
    // Orders 2, then three hops of 3 ms, each followed by a step: 5, 10, 20 → 46 ms.
    expect(times(r).timeToCompleteMs.mean).toBeCloseTo(46, 6);
    // The client hears back once the order is created (pending), not when the saga is done.
    expect(r.clients.shop.latencyMs.mean).toBeCloseTo(2, 6);
  });

  it('payment declining 30 %: that share is compensated (± 4 sd) through inventory.released and order.cancelled, none stuck; the client saw every order accepted', () => {
    const r = simulate(choreography({ payment: { failureRate: 0.3 }, stopAtMs: 55_000 }));
    const v = sagas(r);
    const sd = binomialSd(0.3, v.started);
    expect(v.compensatedShare).toBeGreaterThan(0.3 - 4 * sd);
    expect(v.compensatedShare).toBeLessThan(0.3 + 4 * sd);
    expect(v.stuck).toBe(0);
    expect(of(r, 'payment').stepsFailed).toBe(v.compensated);
    expect(of(r, 'inventory').undone).toBe(v.compensated);
    expect(of(r, 'orders').undone).toBe(v.compensated);
    // 2 + 3 + 5 + 3 + 10 (declined) + 3 + 5 (release) + 3 + 2 (cancel) = 36 ms.
    expect(times(r).timeToCompensateMs.mean).toBeCloseTo(36, 6);
    expect(r.clients.shop.succeeded).toBe(r.clients.shop.sent);
  });

  it('a failure at the last step is undone in reverse: shipping.failed → payment.refunded → inventory.released → order.cancelled', () => {
    const run = createRun(build(choreography({ shipping: { failureRate: 1 }, traffic: constantTraffic(1), stopAtMs: 500, durationMs: 2_000 })));
    run.finish();
    expect(run.eventLog.since(0).map((e) => e.type)).toEqual([
      'order.created',
      'inventory.reserved',
      'payment.charged',
      'shipping.failed',
      'payment.refunded',
      'inventory.released',
      'order.cancelled',
    ]);
    const ids = new Set(run.eventLog.since(0).map((e) => e.metadata?.correlationId));
    expect(ids.size).toBe(1);
    // 46 ms to the failure, then three hops back with a refund (10), a release (5) and a cancel (2): 46 + 9 + 17 = 72 ms.
    expect(times(run.report()).timeToCompensateMs.mean).toBeCloseTo(72, 6);
  });

  it('a participant that is down only delays the sagas: its events wait in the subscription, none fails', () => {
    const r = simulate(choreography({ durationMs: 30_000, stopAtMs: 25_000, faults: [{ kind: 'outage', target: 'inventory', atMs: 5_000, durationMs: 5_000 }] }));
    const v = sagas(r);
    expect(v.completed).toBe(v.started);
    expect(v.compensated + v.stuck).toBe(0);
    // The first orders of the outage wait it out (5 s) plus up to one redelivery delay (0.5 s).
    expect(times(r).timeToConsistencyMs.max).toBeGreaterThan(5_000);
    expect(times(r).timeToConsistencyMs.max).toBeLessThan(5_600);
    expect(of(r, 'inventory').refused).toBeGreaterThan(0);
  });

  it('an undo that keeps failing is redelivered and retried, then the saga is stuck', () => {
    // Orders at 0, 100, … 900 ms reserve; their payment is declined 2 s later, while Inventory's undo fails (1 s … 10 s).
    const t = choreography({
      traffic: constantTraffic(10),
      payment: { serviceTime: constant(2_000), failureRate: 1 },
      stopAtMs: 1_000,
      durationMs: 20_000,
      faults: [{ kind: 'errorBurst', target: 'inventory', atMs: 1_000, durationMs: 9_000, errorRate: 1 }],
    });
    const r = simulate(t);
    expect(sagas(r).stuck).toBe(10);
    expect(of(r, 'inventory').stuck).toBe(10);
    expect(of(r, 'inventory').undoFailures).toBe(4 * 10);
    expect(of(r, 'orders').undone).toBe(0);
  });

  it('a redelivered event is not acted on twice (visibility timeout shorter than the step)', () => {
    const r = simulate(choreography({ bus: { visibilityTimeoutMs: 8 }, durationMs: 10_000, stopAtMs: 9_000 }));
    const v = sagas(r);
    expect(of(r, 'shipping').duplicates).toBeGreaterThan(0);
    expect(of(r, 'shipping').stepsDone).toBe(v.started);
    expect(of(r, 'payment').stepsDone).toBe(v.started);
    expect(v.completed).toBe(v.started);
  });

  it('conserves sagas and is deterministic', () => {
    const t = choreography({ payment: { failureRate: 0.2 }, durationMs: 15_000, faults: [{ kind: 'errorBurst', target: 'inventory', atMs: 5_000, durationMs: 3_000, errorRate: 0.5 }] });
    const r = simulate(t);
    const v = sagas(r);
    expect(v.started).toBe(v.completed + v.compensated + v.stuck + v.inProgressAtEnd);
    expect(simulate(t)).toEqual(r);
  });
});
