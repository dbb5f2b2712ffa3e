/** A choreographed saga: no coordinator; each service reacts to the event before it and announces its own. */
import type { Preset } from './types';
import { claim, pct, successRate, value, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const participant = (id: string, label: string, x: number, events: Record<string, unknown>, work: { p50: number; p99: number }, failureRate = 0) => ({
  id,
  kind: 'sagaParticipant' as const,
  label,
  ...events,
  serviceTime: { type: 'lognormal' as const, ...work },
  failureRate,
  compensationRetries: 3,
  position: { x, y: 0 },
});

const hop = {
  publish: (from: string, eventType: string) => ({ id: `${from}-publish`, kind: 'publish' as const, from, to: 'order-events', latency: { type: 'constant' as const, value: 2 }, eventType, aggregateType: 'order', data: { orderId: '{aggregateId}' } }),
  // Consumers poll the broker: a few milliseconds to pick an event up.
  subscribe: (to: string) => ({ id: `order-events-${to}`, kind: 'subscribe' as const, from: 'order-events', to, latency: { type: 'uniform' as const, min: 5, max: 15 }, concurrency: 32 }),
};

const ttcP50 = (r: Parameters<Preset['experiments'][number]['check']>[0]) => r.patterns.orders.summaries!.timeToConsistencyMs.p50;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'A saga without a coordinator',
  steps: [
    {
      title: 'Services react to events',
      text: 'Press play. Orders publishes order.created; Inventory reacts, then Payment, then Shipping. A failure travels back as events that undo the earlier steps.',
      look: 'Compensating events (payment.failed → inventory.released → order.cancelled) in the Events tab.',
      checkpoint: { on: 'compensation' },
    },
    {
      title: 'More payments fail',
      text: "Raise Payment's failure rate from 5 % to 20 %.",
      look: 'More sagas end compensated — but the shop still gets its answer at once: it only waited for Orders.',
      action: { kind: 'set', target: 'payment', path: 'failureRate', value: 0.2 },
      checkpoint: { on: 'compensation' },
    },
    {
      title: 'Cut Inventory off the bus for 10 s',
      text: "A partition on Inventory's subscription: its events wait instead of failing.",
      look: 'Nothing fails and nothing is stuck: those sagas finish after the cut, up to about 10 s late.',
      action: { kind: 'fault', fault: { kind: 'partition', target: 'order-events-inventory', atMs: 0, durationMs: 10_000 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'saga-choreographed',
  section: 'eventual',
  title: 'Placing an order as a choreographed saga (events)',
  teaches: 'Without a coordinator each service reacts to events: loosely coupled and outage-tolerant, but the outcome arrives later and nobody sees the whole flow.',
  explanation:
    'The same order as the orchestrated saga, with nobody in charge. Orders creates a pending order, answers the shop at once ' +
    'and publishes order.created on the order-events topic. Inventory reacts with inventory.reserved, Payment with payment.charged ' +
    'and Shipping with shipping.scheduled, which completes the saga. A failed step announces itself instead (payment.failed), and ' +
    'the services that did their part react by undoing it and saying so: Inventory releases the stock (inventory.released), and ' +
    'Orders cancels the order (order.cancelled). Every event passes through the broker, so each hop adds a little delay, and the ' +
    'shop only learns about a cancellation later. A service that is unreachable does not fail anybody: its events wait in its ' +
    'subscription until it is back. An undo that keeps failing is redelivered three times, then the saga is stuck.',
  watch: [
    'The participants’ badges: steps done, failed and undone, and stuck; Orders’ “undone” counts cancelled orders.',
    'The Report tab, Orders: completed / compensated / stuck shares and the time to consistency of the whole saga.',
    'The Events tab: a cancelled order’s chain, order.created → inventory.reserved → payment.failed → inventory.released → order.cancelled.',
    'The order-events badges: one subscription per service, each receives every event and ignores those that are not for it.',
  ],
  pair: { slug: 'saga-orchestrated', contrast: 'The same order with an orchestrator: one place that knows the state of every saga, but a caller that waits for all of it.' },
  experiments: [
    {
      title: "Raise Payment's failure rate from 5 % to 20 %",
      expect:
        'About a fifth of the sagas are compensated, as with the orchestrator, none stuck — but the shop saw every order accepted: the cancellation arrives afterwards, as order.cancelled.',
      apply: (s) => withNode(s, 'payment', { failureRate: 0.2 }),
      check: (_base, changed) => {
        const share = value(changed, 'orders', 'compensatedShare');
        const stuck = value(changed, 'orders', 'stuck');
        const ok = successRate(changed, 'shop');
        return claim(share > 0.17 && share < 0.27 && stuck === 0 && ok > 0.99, `compensated ${pct(share)}, stuck ${stuck}, shop success ${pct(ok)}`);
      },
    },
    {
      title: 'Cut Inventory off the event bus from 20 s to 30 s (the same partition as in the orchestrated saga)',
      expect: 'Nothing fails and nothing is stuck: the events wait in Inventory’s subscription and those sagas finish after the cut, up to ~10 s late.',
      apply: (s) =>
        withFault(withFault(s, { kind: 'partition', target: 'order-events-inventory', atMs: 20_000, durationMs: 10_000 }), {
          kind: 'partition',
          target: 'inventory-publish',
          atMs: 20_000,
          durationMs: 10_000,
        }),
      check: (base, changed) => {
        const extra = value(changed, 'orders', 'compensatedShare') - value(base, 'orders', 'compensatedShare');
        const stuck = value(changed, 'orders', 'stuck');
        const worst = changed.patterns.orders.summaries!.timeToConsistencyMs.max;
        return claim(Math.abs(extra) < 0.02 && stuck === 0 && worst > 8_000 && worst < 12_000, `compensated share ${extra >= 0 ? '+' : ''}${pct(extra)}, stuck ${stuck}, worst time to consistency ${worst.toFixed(0)} ms`);
      },
    },
    {
      title: 'Slow Shipping down: its median work goes from 30 ms to 300 ms',
      expect: 'The median time to consistency rises by about 270 ms, as with the orchestrator — but the shop does not notice (its median moves by less than 3 ms).',
      apply: (s) => withNode(s, 'shipping', { serviceTime: { type: 'lognormal', p50: 300, p99: 900 } }),
      check: (base, changed) => {
        const rise = ttcP50(changed) - ttcP50(base);
        const shop = Math.abs(changed.clients.shop.latencyMs.p50 - base.clients.shop.latencyMs.p50);
        return claim(rise > 200 && rise < 350 && shop < 3, `time to consistency p50 +${rise.toFixed(0)} ms, shop p50 moved ${shop.toFixed(1)} ms`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Placing an order as a choreographed saga',
    description: 'Orders, Inventory, Payment and Shipping react to each other’s events on one topic; failures travel back as compensating events.',
    seed: 17,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'shop', kind: 'client', label: 'Web shop', traffic: { type: 'poisson', ratePerSec: 20 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 20 } },
      participant('orders', 'Orders', 300, { successEvent: 'order.created', failureEvent: 'order.rejected', compensateOn: 'inventory.rejected, inventory.released', compensatedEvent: 'order.cancelled' }, { p50: 3, p99: 10 }),
      // The bus sits under the participants, who stand left to right in the order the saga reaches them.
      { id: 'order-events', kind: 'topic', label: 'order-events', maxReceives: 0, retryDelayMs: 1_000, position: { x: 750, y: 380 } },
      participant(
        'inventory',
        'Inventory',
        600,
        { triggerEvent: 'order.created', successEvent: 'inventory.reserved', failureEvent: 'inventory.rejected', compensateOn: 'payment.failed, payment.refunded', compensatedEvent: 'inventory.released' },
        { p50: 8, p99: 30 },
      ),
      participant(
        'payment',
        'Payment',
        900,
        { triggerEvent: 'inventory.reserved', successEvent: 'payment.charged', failureEvent: 'payment.failed', compensateOn: 'shipping.failed', compensatedEvent: 'payment.refunded' },
        { p50: 40, p99: 150 },
        0.05,
      ),
      participant('shipping', 'Shipping', 1200, { triggerEvent: 'payment.charged', successEvent: 'shipping.scheduled', failureEvent: 'shipping.failed', completesSaga: true }, { p50: 30, p99: 100 }, 0.02),
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      hop.publish('orders', 'order.created'),
      hop.subscribe('orders'),
      hop.publish('inventory', 'inventory.reserved'),
      hop.subscribe('inventory'),
      hop.publish('payment', 'payment.charged'),
      hop.subscribe('payment'),
      hop.publish('shipping', 'shipping.scheduled'),
      hop.subscribe('shipping'),
    ],
    lesson: LESSON,
  },
};
