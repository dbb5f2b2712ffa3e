/** A message queue: competing consumers share the load; failures are retried, poison messages dead-lettered. */
import type { Preset } from './types';
import { claim, withNode, withNodes } from './edit';
import type { Lesson } from '../lessons/schema';

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Competing consumers, retries and a dead-letter queue',
  steps: [
    {
      title: 'Three workers share one queue',
      text: 'Press play. Each worker takes the next job when it has a free slot, so the load spreads by itself. The flaky worker fails half its jobs; they go back on the queue and are retried.',
      look: 'A job that fails three deliveries is moved to the dead-letter queue instead of blocking the line.',
      checkpoint: { on: 'deadLetter', target: 'jobs' },
    },
    {
      title: 'Fix the flaky worker',
      text: "Set the flaky worker's error rate to 0 %.",
      look: 'No more redeliveries and no new dead letters: every job is done on its first delivery (Report → queues).',
      action: { kind: 'set', target: 'worker-c', path: 'errorRate', value: 0 },
    },
    {
      title: 'Send more work than the workers can do',
      text: 'Raise orders to 120 per second without adding workers: six slots of about 50 ms can finish about 120 jobs a second, so the queue has no slack left.',
      look: "The jobs queue's depth badge climbs, and with it the time from order to done.",
      action: { kind: 'set', target: 'intake', path: 'traffic.ratePerSec', value: 120 },
      checkpoint: { on: 'lag', target: 'worker-a', overMs: 1_000 },
    },
  ],
};

export const preset: Preset = {
  slug: 'work-queue',
  section: 'asynchronous',
  title: 'Work queue with competing consumers and a dead-letter queue',
  teaches: 'Queues give reliable delivery and load balancing: retries, redelivery and a dead-letter queue for what keeps failing.',
  explanation:
    'Order intake puts a job on the jobs queue for every order and moves on. Three workers compete for the jobs: each takes ' +
    'the next one when it has a free slot, so the load spreads by itself. Delivery is at-least-once: a job whose worker fails is ' +
    'put back and tried again (usually by another worker) after a short delay; a job that has failed three times is moved to the ' +
    'dead-letter queue for a person to look at, instead of blocking the line forever. Nothing is lost: every job is either done, ' +
    'dead-lettered, still waiting, or being worked on.',
  watch: [
    "The jobs queue's depth badge and the Queue depth chart: flat while the workers keep up.",
    'The Report tab, queues: redelivered counts the retries; dead-lettered equals the dead-letter queue’s depth.',
    'The Consistency lag chart: the tail is made of retry delays.',
  ],
  experiments: [
    {
      title: 'Make the Flaky worker reliable (error rate 0 %)',
      expect: 'No more retries and no dead letters: every job is done on its first delivery.',
      apply: (s) => withNode(s, 'worker-c', { errorRate: 0 }),
      check: (base, changed) => {
        const b = base.queues.jobs;
        const c = changed.queues.jobs;
        return claim(b.deadLettered > 0 && c.deadLettered === 0 && c.redelivered === 0, `dead letters ${b.deadLettered} → ${c.deadLettered}, redelivered ${c.redelivered}`);
      },
    },
    {
      title: 'Raise orders to 120 per second without adding workers',
      expect:
        'The workers can finish about 100 jobs per second (6 slots of 50 ms, and the flaky one wastes a sixth of all deliveries), so the queue grows by ~20 jobs every second: over a thousand waiting by the end.',
      apply: (s) => withNode(s, 'intake', { traffic: { type: 'poisson', ratePerSec: 120 } }),
      check: (base, changed) => {
        const end = changed.queues.jobs.depthAtEnd;
        return claim(base.queues.jobs.maxDepth < 50 && end > 700 && end < 1800, `depth at the end ${base.queues.jobs.depthAtEnd} → ${end}`);
      },
    },
    {
      title: 'Add a consumer to the dead-letter queue (a Repair service)',
      expect: 'The dead letters are taken and handled instead of piling up: the dead-letter queue ends (nearly) empty.',
      apply: (s) =>
        withNodes(
          s,
          [{ id: 'repair', kind: 'service', label: 'Repair', workers: 1, serviceTime: { type: 'exponential', mean: 20 }, position: { x: 900, y: 0 } }],
          [{ id: 'dlq-repair', kind: 'consume', from: 'jobs-dlq', to: 'repair', latency: { type: 'constant', value: 1 }, concurrency: 1 }],
        ),
      check: (base, changed) => {
        const before = base.queues['jobs-dlq'].depthAtEnd;
        const after = changed.queues['jobs-dlq'].depthAtEnd + changed.queues['jobs-dlq'].inFlightAtEnd;
        return claim(before > 5 && after <= 1, `dead-letter queue at the end: ${before} → ${after}`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Work queue with competing consumers',
    description: 'Order intake enqueues jobs; three workers compete for them; failed jobs are retried and dead-lettered after 3 receives.',
    seed: 5,
    run: { durationMs: 60_000 },
    nodes: [
      { id: 'intake', kind: 'client', label: 'Order intake', traffic: { type: 'poisson', ratePerSec: 40 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 1_000_000, position: { x: 0, y: 160 } },
      { id: 'jobs', kind: 'queue', label: 'jobs', visibilityTimeoutMs: 5000, maxReceives: 3, retryDelayMs: 500, deadLetterQueue: 'jobs-dlq', position: { x: 300, y: 160 } },
      { id: 'jobs-dlq', kind: 'queue', label: 'jobs (dead letters)', maxReceives: 0, position: { x: 600, y: 0 } },
      { id: 'worker-a', kind: 'service', label: 'Worker A', workers: 2, serviceTime: { type: 'exponential', mean: 50 }, position: { x: 600, y: 160 } },
      { id: 'worker-b', kind: 'service', label: 'Worker B', workers: 2, serviceTime: { type: 'exponential', mean: 50 }, position: { x: 600, y: 320 } },
      { id: 'worker-c', kind: 'service', label: 'Flaky worker (fails 50 %)', workers: 2, serviceTime: { type: 'exponential', mean: 50 }, errorRate: 0.5, position: { x: 600, y: 480 } },
    ],
    links: [
      { id: 'intake-jobs', kind: 'enqueue', from: 'intake', to: 'jobs', latency: { type: 'constant', value: 2 }, eventType: 'job.requested', aggregateType: 'job' },
      { id: 'jobs-worker-a', kind: 'consume', from: 'jobs', to: 'worker-a', latency: { type: 'constant', value: 1 }, concurrency: 2 },
      { id: 'jobs-worker-b', kind: 'consume', from: 'jobs', to: 'worker-b', latency: { type: 'constant', value: 1 }, concurrency: 2 },
      { id: 'jobs-worker-c', kind: 'consume', from: 'jobs', to: 'worker-c', latency: { type: 'constant', value: 1 }, concurrency: 2 },
    ],
    lesson: LESSON,
  },
};
