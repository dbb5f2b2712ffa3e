// A message queue as its users rely on it: competing consumers share the work, poison messages end
// in the dead-letter queue after maxReceives, a too-short visibility timeout causes redeliveries and
// duplicate processing, and every message is accounted for.
import { describe, expect, it } from 'vitest';
import type { QueueReport } from '../metrics/queue-stats';
import { client, constant, constantTraffic, consume, enqueue, exponential, queue, service, simulate } from '../test-support/scenarios';

/** Every message accepted into a backlog is acked, dead-lettered, waiting, or held by a consumer. */
function expectConserved(q: QueueReport): void {
  expect(q.enqueued).toBe(q.acked + q.deadLettered + q.depthAtEnd + q.inFlightAtEnd);
}

describe('queue: competing consumers', () => {
  it('two consumers of equal speed each take about half of the messages', () => {
    const r = simulate({
      nodes: [
        client('c', { type: 'poisson', ratePerSec: 200 }, { stopAtMs: 19_000 }),
        queue('q'),
        service('w1', { workers: 4, serviceTime: exponential(10) }),
        service('w2', { workers: 4, serviceTime: exponential(10) }),
      ],
      links: [enqueue('c', 'q'), consume('q', 'w1', { concurrency: 4 }), consume('q', 'w2', { concurrency: 4 })],
      durationMs: 20_000,
    });
    const q = r.queues.q;
    expect(q.enqueued).toBe(r.clients.c.sent);
    expect(q.acked).toBe(q.enqueued);
    const [a, b] = [r.nodes.w1.completed, r.nodes.w2.completed];
    expect(a + b).toBe(q.acked);
    // Each message goes to one consumer only, and neither consumer starves.
    expect(Math.abs(a - b) / (a + b)).toBeLessThan(0.1);
    expect(q.duplicates).toBe(0);
    expectConserved(q);
  });

  it('a consumer with 3× the pollers takes 3× the share when messages pile up', () => {
    const r = simulate({
      nodes: [
        client('c', constantTraffic(500), { stopAtMs: 9_000 }),
        queue('q'),
        service('big', { workers: 6, serviceTime: constant(20) }),
        service('small', { workers: 2, serviceTime: constant(20) }),
      ],
      links: [enqueue('c', 'q'), consume('q', 'big', { concurrency: 6 }), consume('q', 'small', { concurrency: 2 })],
      durationMs: 10_000,
    });
    const ratio = r.nodes.big.completed / r.nodes.small.completed;
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(3.5);
    expectConserved(r.queues.q);
  });
});

describe('queue: dead letters', () => {
  it('a consumer that always fails: each message is received maxReceives times, then dead-lettered into the DLQ', () => {
    const r = simulate({
      nodes: [
        client('c', constantTraffic(10), { stopAtMs: 5_000 }),
        queue('q', { maxReceives: 3, retryDelayMs: 100, deadLetterQueue: 'dlq' }),
        queue('dlq'),
        service('w', { serviceTime: constant(5), errorRate: 1 }),
      ],
      links: [enqueue('c', 'q'), consume('q', 'w')],
      durationMs: 10_000,
    });
    const q = r.queues.q;
    expect(q.enqueued).toBe(50);
    expect(q.acked).toBe(0);
    expect(q.deadLettered).toBe(50);
    // Three receives per message, every one of them a failure.
    expect(r.nodes.w.arrivals).toBe(150);
    expect(r.nodes.w.failed).toBe(150);
    expect(r.links['q-consume-w'].attempts).toBe(150);
    // Nothing is lost: the DLQ holds every poison message, waiting for someone to look.
    expect(r.queues.dlq.enqueued).toBe(50);
    expect(r.queues.dlq.depthAtEnd).toBe(50);
    expectConserved(q);
    expectConserved(r.queues.dlq);
  });

  it('without a DLQ the message is dropped after maxReceives but still counted as dead-lettered', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(10), { stopAtMs: 2_000 }), queue('q', { maxReceives: 2, retryDelayMs: 0 }), service('w', { serviceTime: constant(1), errorRate: 1 })],
      links: [enqueue('c', 'q'), consume('q', 'w')],
      durationMs: 3_000,
    });
    expect(r.queues.q.deadLettered).toBe(20);
    expect(r.nodes.w.arrivals).toBe(40);
    expectConserved(r.queues.q);
  });
});

describe('queue: visibility timeout shorter than processing', () => {
  it('slow deliveries reappear and are processed again: redeliveries and duplicates, yet every message ends acked', () => {
    const r = simulate({
      nodes: [
        client('c', constantTraffic(20), { stopAtMs: 10_000 }),
        queue('q', { visibilityTimeoutMs: 100, maxReceives: 0 }),
        service('w', { workers: 50, serviceTime: exponential(80) }),
      ],
      links: [enqueue('c', 'q'), consume('q', 'w', { concurrency: 50 })],
      durationMs: 20_000,
    });
    const q = r.queues.q;
    expect(q.enqueued).toBe(200);
    expect(q.acked).toBe(200);
    // P(one delivery takes > 100 ms) = e^{-1.25} ≈ 0.29: many messages time out at least once.
    expect(q.redelivered).toBeGreaterThan(30);
    expect(q.duplicates).toBeGreaterThan(30);
    // Each duplicate is extra work the consumer did: deliveries = messages + redeliveries.
    expect(r.nodes.w.arrivals).toBe(q.enqueued + q.redelivered);
    expectConserved(q);
  });

  it('a visibility timeout longer than any processing never redelivers', () => {
    const r = simulate({
      nodes: [client('c', constantTraffic(20), { stopAtMs: 10_000 }), queue('q', { visibilityTimeoutMs: 1000 }), service('w', { workers: 50, serviceTime: constant(80) })],
      links: [enqueue('c', 'q'), consume('q', 'w', { concurrency: 50 })],
      durationMs: 12_000,
    });
    expect(r.queues.q.redelivered).toBe(0);
    expect(r.queues.q.duplicates).toBe(0);
    expect(r.queues.q.acked).toBe(200);
  });
});

describe('queue: conservation at an arbitrary stop', () => {
  it('enqueued = acked + deadLettered + depthAtEnd + inFlightAtEnd, mid-flight, with failures and a backlog', () => {
    const r = simulate({
      nodes: [
        client('c', { type: 'poisson', ratePerSec: 100 }),
        queue('q', { visibilityTimeoutMs: 60, maxReceives: 4, retryDelayMs: 30, deadLetterQueue: 'dlq' }),
        queue('dlq'),
        service('w', { workers: 3, serviceTime: exponential(20), errorRate: 0.4 }),
      ],
      links: [enqueue('c', 'q'), consume('q', 'w', { concurrency: 3 })],
      durationMs: 7_777,
    });
    const q = r.queues.q;
    expect(q.depthAtEnd + q.inFlightAtEnd).toBeGreaterThan(0);
    expect(q.deadLettered).toBeGreaterThan(0);
    expect(q.redelivered).toBeGreaterThan(0);
    expectConserved(q);
    expect(r.queues.dlq.enqueued).toBe(q.deadLettered);
    expect(r.links['c-enqueue-q'].succeeded).toBe(q.enqueued);
  });
});
