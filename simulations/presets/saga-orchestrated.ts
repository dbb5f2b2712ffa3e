/** An orchestrated saga: one coordinator calls the steps and, on a failure, undoes the done ones in reverse. */
import type { Preset } from './types';
import { claim, pct, value, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const step = (timeoutMs: number) => ({ latency: { type: 'uniform' as const, min: 2, max: 6 }, timeout: { timeoutMs } });

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Local steps and compensations instead of one transaction',
  steps: [
    {
      title: 'Orders as sagas',
      text: 'Press play. The Order saga reserves stock, charges the card and books shipping in turn. When a step fails, it undoes the done steps in reverse order.',
      look: "The Order saga's badges: in progress, completed, compensated. 5 % of payments fail, so some orders are compensated.",
      checkpoint: { on: 'compensation', target: 'orders' },
    },
    {
      title: 'More payments fail',
      text: "Raise Payment's error rate from 5 % to 20 %.",
      look: 'About a fifth of the orders are cancelled: each had its reservation released, none is stuck, and the shop sees those orders fail.',
      action: { kind: 'set', target: 'payment', path: 'errorRate', value: 0.2 },
      checkpoint: { on: 'compensation', target: 'orders' },
    },
    {
      title: 'Slow Shipping down',
      text: "Shipping's median work goes from 30 ms to 300 ms.",
      look: "Every saga waits for it, and so does the shop (it waits for the whole saga): its median latency rises by about 270 ms. The choreographed saga's shop does not notice.",
      action: { kind: 'set', target: 'shipping', path: 'serviceTime', value: { type: 'lognormal', p50: 300, p99: 900 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'saga-orchestrated',
  section: 'eventual',
  title: 'Placing an order as an orchestrated saga',
  teaches: 'A saga replaces one big transaction with local steps and compensations: consistent in the end, or stuck and in need of a person.',
  explanation:
    'Placing an order touches three services that each own their data, so no single database transaction can cover it. ' +
    'The Order saga orchestrator runs it as a saga: it reserves the items (POST /api/inventory/reservations), charges the ' +
    'card (POST /api/payments) and schedules the delivery (POST /api/shipments), one after another, recording its progress ' +
    'before each call. When a step fails it compensates the steps already done, newest first: it refunds the payment ' +
    '(POST /api/payments/{id}/refund) and releases the reservation (DELETE /api/inventory/reservations/{id}). In between, ' +
    'the system is briefly inconsistent (stock is reserved for an order that will be cancelled); the time until it is ' +
    'consistent again is the time to consistency. The shop waits for the whole saga: ok when it completed, an error when ' +
    'the order was cancelled cleanly. A compensation that keeps failing is retried three times, a second apart; after ' +
    'that the saga is stuck and somebody has to repair it by hand.',
  watch: [
    "The Order saga's badges: sagas in progress, completed, compensated, and stuck (highlighted when above zero).",
    'The Report tab, Order saga: completed / compensated / stuck shares, the failed step of each, and the time to consistency.',
    'The Events tab: order.created, then order.confirmed or order.cancelled (with the failed step) for every order.',
    'A sampled request in the waterfall: the three calls, and after a failure the compensating calls in reverse order.',
  ],
  pair: { slug: 'two-phase-commit', contrast: 'Two-phase commit locks all three and commits together: never an in-between state, but every participant waits for the slowest and for the coordinator.' },
  experiments: [
    {
      title: "Raise Payment's error rate from 5 % to 20 %",
      expect: 'About a fifth of the orders are now cancelled: each of them had its reservation released, none is stuck, and the shop sees those orders fail.',
      apply: (s) => withNode(s, 'payment', { errorRate: 0.2 }),
      check: (base, changed) => {
        const share = value(changed, 'orders', 'compensatedShare');
        const stuck = value(changed, 'orders', 'stuck');
        const atPayment = value(changed, 'orders', 'failedAt.payment') / value(changed, 'orders', 'started');
        const shopFails = 1 - changed.clients.shop.succeeded / changed.clients.shop.sent;
        return claim(
          value(base, 'orders', 'compensatedShare') < 0.1 && share > 0.17 && share < 0.27 && atPayment > 0.16 && stuck === 0 && shopFails > 0.17,
          `compensated ${pct(share)} (${pct(atPayment)} at payment), stuck ${stuck}, shop failures ${pct(shopFails)}`,
        );
      },
    },
    {
      title: 'Cut the network between the saga and Inventory from 20 s to 30 s (a partition)',
      expect:
        'Reservations time out after 1 s. The orchestrator cannot tell whether they were made, so it tries to release them — and the release cannot get through either. ' +
        'Orders placed in the first seconds of the cut run out of retries: dozens of sagas are stuck; later ones are released once the network is back.',
      apply: (s) => withFault(s, { kind: 'partition', target: 'orders-inventory', atMs: 20_000, durationMs: 10_000 }),
      check: (base, changed) => {
        const before = value(base, 'orders', 'stuck');
        const stuck = value(changed, 'orders', 'stuck');
        return claim(before === 0 && stuck > 30 && stuck < 150, `stuck sagas ${before} → ${stuck}`);
      },
    },
    {
      title: "Slow Shipping down: its median work goes from 30 ms to 300 ms",
      expect: 'Every saga waits for it: the median time to consistency rises by about 270 ms, and so does the shop’s median latency (it waits for the whole saga).',
      apply: (s) => withNode(s, 'shipping', { serviceTime: { type: 'lognormal', p50: 300, p99: 900 } }),
      check: (base, changed) => {
        const ttc = (r: typeof base) => r.patterns.orders.summaries!.timeToConsistencyMs.p50;
        const rise = ttc(changed) - ttc(base);
        const shopRise = changed.clients.shop.latencyMs.p50 - base.clients.shop.latencyMs.p50;
        return claim(rise > 200 && rise < 350 && shopRise > 200, `time to consistency p50 +${rise.toFixed(0)} ms, shop p50 +${shopRise.toFixed(0)} ms`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Placing an order as an orchestrated saga',
    description: 'The Order saga reserves stock, charges the card and books shipping in turn; on a failure it refunds and releases in reverse order.',
    seed: 17,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'shop', kind: 'client', label: 'Web shop', traffic: { type: 'poisson', ratePerSec: 20 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 160 } },
      {
        id: 'orders',
        kind: 'sagaOrchestrator',
        label: 'Order saga',
        steps: [
          { to: 'inventory', action: 'POST /api/inventory/reservations', compensation: 'DELETE /api/inventory/reservations/{id}' },
          { to: 'payment', action: 'POST /api/payments', compensation: 'POST /api/payments/{id}/refund' },
          { to: 'shipping', action: 'POST /api/shipments' },
        ],
        stepOverheadMs: 2,
        compensationRetries: 3,
        compensationRetryDelayMs: 1_000,
        position: { x: 300, y: 160 },
      },
      { id: 'inventory', kind: 'service', label: 'Inventory', workers: 16, serviceTime: { type: 'lognormal', p50: 8, p99: 30 }, position: { x: 600, y: 0 } },
      { id: 'payment', kind: 'service', label: 'Payment', workers: 16, serviceTime: { type: 'lognormal', p50: 40, p99: 150 }, errorRate: 0.05, position: { x: 600, y: 160 } },
      { id: 'shipping', kind: 'service', label: 'Shipping', workers: 16, serviceTime: { type: 'lognormal', p50: 30, p99: 100 }, errorRate: 0.02, position: { x: 600, y: 320 } },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'orders-inventory', kind: 'rest', from: 'orders', to: 'inventory', ...step(1_000) },
      { id: 'orders-payment', kind: 'rest', from: 'orders', to: 'payment', ...step(2_000) },
      { id: 'orders-shipping', kind: 'rest', from: 'orders', to: 'shipping', ...step(2_000) },
    ],
    lesson: LESSON,
  },
};
