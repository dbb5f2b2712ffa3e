/** An event stream feeding two consumer groups: partitions, per-key order, lag per group. */
import type { Preset } from './types';
import { claim, withNode, withNodes } from './edit';
import type { Lesson } from '../lessons/schema';

const group = (to: string, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ id: `orders-log-${to}-${from + i + 1}`, kind: 'subscribe' as const, from: 'orders-log', to, latency: { type: 'constant' as const, value: 2 }, concurrency: 1 }));

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Partitions, consumer groups and lag',
  steps: [
    {
      title: 'Two groups read one stream',
      text: 'Press play. Billing and Analytics each keep their own offset in each of the 6 partitions.',
      look: "The stream's max-lag badge stays small; the Consistency lag chart shows both groups current.",
    },
    {
      title: 'Slow Analytics down',
      text: 'Analytics now needs 40 ms per event instead of 12 ms, with only 2 consumers.',
      look: 'Analytics falls behind by thousands of events; Billing, reading the same stream, stays current.',
      action: { kind: 'set', target: 'analytics', path: 'serviceTime', value: { type: 'exponential', mean: 40 } },
      checkpoint: { on: 'lag', target: 'analytics', overMs: 5_000 },
    },
    {
      title: 'Put Analytics back',
      text: 'Back to 12 ms per event.',
      look: "Analytics' lag is small again.",
      action: { kind: 'set', target: 'analytics', path: 'serviceTime', value: { type: 'exponential', mean: 12 } },
    },
    {
      title: 'One hot key',
      text: 'Every order gets the same key. The key picks the partition, so everything lands in one partition, read one event at a time.',
      look: 'Analytics cannot keep up whatever its consumers (12 ms each, 100 per second arriving): parallelism stops at the partition.',
      action: { kind: 'set', target: 'shop', path: 'keySpace', value: 1 },
      checkpoint: { on: 'lag', target: 'analytics', overMs: 2_000 },
    },
  ],
};

export const preset: Preset = {
  slug: 'event-streaming',
  section: 'eventual',
  title: 'Event streaming: a partitioned log with two consumer groups',
  teaches: 'A stream keeps per-key order in partitions; each consumer group reads at its own pace, and parallelism stops at the partition count.',
  explanation:
    'Orders publishes every order.placed event to a stream with 6 partitions; the order id picks the partition, so all events of ' +
    'one order stay in order. Billing and Analytics are two consumer groups: each keeps its own position (offset) in every ' +
    'partition, so a slow group falls behind without slowing the other. Inside a group each partition is read by one consumer, ' +
    'one event at a time — which is what keeps the order, and also why adding consumers beyond the number of partitions does ' +
    'not help. Lag (events not yet processed) is the number to watch.',
  watch: [
    "The stream's max-lag badge: the most any group is behind on one partition.",
    'The Report tab: lag at the end per consumer group, and how many consumers got a partition.',
    'The Consistency lag chart: Billing within milliseconds, Analytics later.',
  ],
  experiments: [
    {
      title: "Slow Analytics down: 40 ms per event instead of 12 ms",
      expect: 'Analytics falls behind by thousands of events while Billing, reading the same stream, stays current.',
      apply: (s) => withNode(s, 'analytics', { serviceTime: { type: 'exponential', mean: 40 } }),
      check: (base, changed) => {
        const a = changed.patterns['orders-log'].values['lagAtEnd.analytics'];
        const b = changed.patterns['orders-log'].values['lagAtEnd.billing'];
        const p99 = changed.consistency.billing.lagMs.p99 / base.consistency.billing.lagMs.p99;
        return claim(a > 1000 && b < 20 && p99 < 1.2, `analytics lag ${a}, billing lag ${b}, billing p99 ×${p99.toFixed(2)}`);
      },
    },
    {
      title: 'Same slow Analytics, with 12 consumers instead of 2',
      expect: 'Only 6 consumers get a partition and the other 6 stay idle — yet 6 are enough to keep up, so the lag stays small.',
      apply: (s) => {
        const slow = withNode(s, 'analytics', { serviceTime: { type: 'exponential', mean: 40 } });
        return withNodes(slow, [], group('analytics', 10, 2));
      },
      check: (_base, changed) => {
        const v = changed.patterns['orders-log'].values;
        return claim(v['activeConsumers.analytics'] === 6 && v['lagAtEnd.analytics'] < 60, `active ${v['activeConsumers.analytics']}, lag ${v['lagAtEnd.analytics']}`);
      },
    },
    {
      title: 'Make every order the same key (a hot key: keySpace 1)',
      expect: 'Everything lands in one partition, read one event at a time: Analytics (12 ms each, 100 per second arriving) cannot keep up, whatever its consumers.',
      apply: (s) => withNode(s, 'shop', { keySpace: 1 }),
      check: (_base, changed) => {
        const v = changed.patterns['orders-log'].values;
        return claim(v['lagAtEnd.analytics'] > 500 && v.maxPartitionLagAtEnd > 500, `analytics lag ${v['lagAtEnd.analytics']}, worst partition ${v.maxPartitionLagAtEnd}`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Event streaming with two consumer groups',
    description: 'Orders publish order.placed to a 6-partition stream; Billing and Analytics read it as two consumer groups.',
    seed: 21,
    run: { durationMs: 60_000, warmupMs: 1_000 },
    nodes: [
      { id: 'shop', kind: 'client', label: 'Shop', traffic: { type: 'poisson', ratePerSec: 100 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 10_000, position: { x: 0, y: 80 } },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 16, serviceTime: { type: 'lognormal', p50: 6, p99: 30 }, position: { x: 300, y: 80 } },
      { id: 'orders-log', kind: 'stream', label: 'orders (6 partitions)', partitions: 6, position: { x: 600, y: 80 } },
      { id: 'billing', kind: 'service', label: 'Billing', workers: 8, serviceTime: { type: 'exponential', mean: 4 }, position: { x: 900, y: 0 } },
      { id: 'analytics', kind: 'service', label: 'Analytics', workers: 16, serviceTime: { type: 'exponential', mean: 12 }, position: { x: 900, y: 160 } },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'orders-publish', kind: 'publish', from: 'orders', to: 'orders-log', latency: { type: 'constant', value: 2 }, eventType: 'order.placed', aggregateType: 'order', data: { orderId: '{aggregateId}' } },
      ...group('billing', 3),
      ...group('analytics', 2),
    ],
    lesson: LESSON,
  },
};
