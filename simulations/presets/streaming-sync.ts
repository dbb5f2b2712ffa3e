/** The batch job's copy kept by streaming instead: every change flows as it happens. */
import type { Preset } from './types';
import { claim, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Streaming: lag in milliseconds, outages as backlogs',
  steps: [
    {
      title: 'Each change flows at once',
      text: 'Press play. Every order is published the moment it is stored, and the loader writes it into Reporting right away.',
      look: 'The Consistency lag chart: tens of milliseconds, flat (the batch ETL preset: about 30 s).',
    },
    {
      title: 'Make Reporting slower',
      text: 'Each write now takes about 40 ms instead of 10 ms.',
      look: 'Lag rises, but its 99th percentile stays under half a second.',
      action: { kind: 'set', target: 'reporting', path: 'serviceTime', value: { type: 'lognormal', p50: 40, p99: 120 } },
    },
    {
      title: 'Take Reporting down for 30 s',
      text: 'Changes wait in the subscription while the database is down.',
      look: "The topic's depth badge grows for 30 s and drains right after; the worst lag is about the outage, and nothing is lost.",
      action: { kind: 'fault', fault: { kind: 'outage', target: 'reporting', atMs: 0, durationMs: 30_000 } },
      checkpoint: { on: 'lag', target: 'reporting', overMs: 10_000 },
    },
  ],
};

export const preset: Preset = {
  slug: 'streaming-sync',
  section: 'data',
  title: 'Real-time streaming into a reporting database',
  teaches: 'Streaming keeps a copy current within milliseconds; an outage becomes a backlog that drains, not a missed run.',
  explanation:
    'The same shop and the same Reporting database as the batch ETL preset, but each change is published as an order.placed ' +
    'event the moment Orders has stored it, and a loader subscribed to the topic writes it into Reporting right away. The copy ' +
    'lags by milliseconds instead of half a minute. The cost is a consumer that is always running and a write per change ' +
    'rather than one bulk load per run. When Reporting is down, events wait in the subscription and drain when it is back.',
  watch: [
    'The Consistency lag chart: tens of milliseconds, flat.',
    "The topic's depth badge: empty while Reporting keeps up, a backlog during an outage.",
  ],
  pair: { slug: 'batch-etl', contrast: 'The same copy made by a scheduled batch job: simple, and about 30 s stale on average.' },
  experiments: [
    {
      title: 'Make Reporting slower: 40 ms per write instead of 10 ms',
      expect: 'Lag rises but stays far below the batch job: the 99th percentile stays under half a second.',
      apply: (s) => withNode(s, 'reporting', { serviceTime: { type: 'lognormal', p50: 40, p99: 120 } }),
      check: (base, changed) => {
        const p99 = changed.consistency.reporting.lagMs.p99;
        return claim(p99 > base.consistency.reporting.lagMs.p99 && p99 < 500, `p99 lag ${base.consistency.reporting.lagMs.p99.toFixed(0)} → ${p99.toFixed(0)} ms`);
      },
    },
    {
      title: 'Take the Reporting database down from 100 s to 130 s',
      expect: 'Changes queue up in the subscription for those 30 s and drain right after: the worst lag is about the outage, nothing is lost.',
      apply: (s) => withFault(s, { kind: 'outage', target: 'reporting', atMs: 100_000, durationMs: 30_000 }),
      check: (_base, changed) => {
        const q = changed.queues['order-events:reporting'];
        const max = changed.consistency.reporting.lagMs.max / 1000;
        const lost = q.enqueued - q.acked - q.depthAtEnd - q.inFlightAtEnd - q.deadLettered;
        return claim(max > 25 && max < 40 && lost === 0 && q.deadLettered === 0, `worst lag ${max.toFixed(1)} s, lost ${lost}, dead-lettered ${q.deadLettered}`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Real-time streaming sync',
    description: 'Orders publishes each change; a loader writes it into Reporting as it happens.',
    seed: 31,
    run: { durationMs: 300_000, windowMs: 2_000 },
    nodes: [
      { id: 'shop', kind: 'client', label: 'Shop', traffic: { type: 'poisson', ratePerSec: 20 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 1_000_000, position: { x: 0, y: 80 } },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 8, serviceTime: { type: 'lognormal', p50: 6, p99: 30 }, position: { x: 300, y: 80 } },
      { id: 'order-events', kind: 'topic', label: 'order-events', maxReceives: 0, retryDelayMs: 1000, position: { x: 600, y: 80 } },
      { id: 'reporting', kind: 'service', label: 'Reporting DB', workers: 4, serviceTime: { type: 'lognormal', p50: 10, p99: 40 }, position: { x: 900, y: 80 } },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'orders-publish', kind: 'publish', from: 'orders', to: 'order-events', latency: { type: 'constant', value: 2 }, eventType: 'order.placed', aggregateType: 'order', data: { orderId: '{aggregateId}' } },
      { id: 'order-events-reporting', kind: 'subscribe', from: 'order-events', to: 'reporting', latency: { type: 'constant', value: 2 }, concurrency: 4 },
    ],
    lesson: LESSON,
  },
};
