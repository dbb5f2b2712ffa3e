/** The event stream keeps per-key order, scales only up to its partitions, and keeps groups independent. */
import { describe, expect, it } from 'vitest';
import { Kernel } from '../core/kernel';
import type { Message, Replier } from '../core/types';
import { LogHistogram } from '../metrics/histogram';
import type { RunContext } from '../run/context';
import { client, constant, exponential, poissonTraffic, publish, service, simulate, subscribe, type Topology } from '../test-support/scenarios';
import type { Consumer } from './backlog';
import { partitionOf, Stream, streamSchema } from './stream';

const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'stream', ...extra }) as never;

function pipeline(opts: { partitions: number; consumers: number; rate: number; workMs: number; extra?: Record<string, unknown>; keySpace?: number; durationMs?: number }): Topology {
  const links = [publish('orders', 'log')];
  for (let i = 0; i < opts.consumers; i++) links.push(subscribe('log', 'billing', { id: `log-billing-${i}`, concurrency: 1 }));
  return {
    durationMs: opts.durationMs ?? 20_000,
    nodes: [
      client('shop', poissonTraffic(opts.rate), { keySpace: opts.keySpace ?? 100_000 }),
      service('orders', { workers: 64, serviceTime: constant(1) }),
      node('log', { partitions: opts.partitions, ...opts.extra }),
      service('billing', { workers: 64, serviceTime: constant(opts.workMs) }),
    ],
    links: [{ id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: constant(0) }, ...links],
  };
}

describe('stream', () => {
  it('a group processes each partition in order, one at a time: throughput = partitions / work time', () => {
    // 300/s offered; each partition can do 1000/10 = 100/s, so 2 partitions cap the group at ~200/s.
    const two = simulate(pipeline({ partitions: 2, consumers: 2, rate: 300, workMs: 10 }));
    const six = simulate(pipeline({ partitions: 6, consumers: 6, rate: 300, workMs: 10 }));
    const perSec = (r: typeof two) => r.queues['log:billing'].acked / 20;
    expect(perSec(two)).toBeGreaterThan(190);
    expect(perSec(two)).toBeLessThan(201);
    expect(perSec(six)).toBeGreaterThan(285); // keeps up with ~300/s
    expect(two.patterns.log.values.maxPartitionLagAtEnd).toBeGreaterThan(500);
  });

  it('more consumers than partitions adds nothing: the extra ones stay idle', () => {
    const four = simulate(pipeline({ partitions: 2, consumers: 4, rate: 300, workMs: 10 }));
    const two = simulate(pipeline({ partitions: 2, consumers: 2, rate: 300, workMs: 10 }));
    expect(four.queues['log:billing'].acked).toBe(two.queues['log:billing'].acked);
    expect(four.patterns.log.values['activeConsumers.billing']).toBe(2);
  });

  it('one hot key lands in one partition: the group is as slow as that partition', () => {
    const hot = simulate(pipeline({ partitions: 6, consumers: 6, rate: 150, workMs: 10, keySpace: 1 }));
    // One partition: 100/s at most while 150/s arrive.
    expect(hot.queues['log:billing'].acked / 20).toBeLessThan(101);
    expect(hot.patterns.log.values.maxPartitionLagAtEnd).toBeGreaterThan(800);
  });

  it('a slow group lags on its own; a fast group on the same stream does not notice', () => {
    const t = pipeline({ partitions: 4, consumers: 4, rate: 200, workMs: 1 });
    t.nodes.push(service('analytics', { workers: 64, serviceTime: constant(30) }));
    t.links!.push(subscribe('log', 'analytics', { concurrency: 1 }));
    const r = simulate(t);
    expect(r.patterns.log.values['lagAtEnd.analytics']).toBeGreaterThan(1000);
    expect(r.patterns.log.values['lagAtEnd.billing']).toBeLessThan(5);
    expect(r.consistency.billing.lagMs.p99).toBeLessThan(20);
  });

  it('retention deletes what a lagging group has not read: counted as expired, nothing unaccounted for', () => {
    const r = simulate(pipeline({ partitions: 1, consumers: 1, rate: 100, workMs: 20, extra: { retentionMs: 2000 } }));
    const g = r.queues['log:billing'];
    const expired = r.patterns.log.values['expired.billing'];
    expect(expired).toBeGreaterThan(500);
    // Every message published is processed, expired, still waiting, or in the consumer's hands.
    expect(g.acked + expired + r.patterns.log.values['unreadAtEnd.billing'] + g.inFlightAtEnd).toBe(r.patterns.log.values.published);
  });

  it('a replay rewinds every group to the beginning: history is processed again', () => {
    const base = simulate(pipeline({ partitions: 4, consumers: 4, rate: 100, workMs: 1, durationMs: 20_000 }));
    const replay = simulate(pipeline({ partitions: 4, consumers: 4, rate: 100, workMs: 1, durationMs: 20_000, extra: { replayAtMs: 10_000 } }));
    const extra = replay.queues['log:billing'].acked - base.queues['log:billing'].acked;
    // About the first 10 s of messages (≈ 1000) are read again.
    expect(extra).toBeGreaterThan(900);
    expect(extra).toBeLessThan(1100);
  });

  it('same seed, same report', () => {
    const t = pipeline({ partitions: 3, consumers: 2, rate: 150, workMs: 12 });
    expect(simulate(t)).toEqual(simulate(t));
  });
});

describe('per-key order', () => {
  it('messages of one key are delivered in publish order even when processing times vary', () => {
    const kernel = new Kernel();
    const lag = new LogHistogram();
    const ctx = { kernel, seed: 1, warmupMs: 0, lag: () => lag, faults: () => undefined, eventLog: undefined, stream: () => undefined } as unknown as RunContext;
    const s = new Stream('log', streamSchema.parse(node('log', { partitions: 3 })), ctx);
    const g = s.subscribe('c');
    const seen = new Map<number, number[]>();
    let rnd = 7;
    const consumer: Consumer = {
      concurrency: 3,
      busy: 0,
      targetId: 'c',
      reachable: () => true,
      deliver(msg: Message, _from: string, lease: Replier, now: number) {
        seen.set(msg.key, [...(seen.get(msg.key) ?? []), msg.event.version]);
        rnd = (rnd * 48271) % 2147483647;
        kernel.schedule(now + (rnd % 50), { onEvent: (_k, _d, t) => lease.reply('ok', false, t) }, 0);
      },
    };
    g.consumers.push(consumer);
    for (let i = 0; i < 300; i++) {
      const key = i % 7;
      const msg = { event: { id: `e${i}`, type: 't', aggregateId: `${key}`, aggregateType: 'a', version: i, timestamp: i, data: {} }, originAt: i, enqueuedAt: i, counted: true, key, receiveCount: 0, receipt: 0, state: 'visible' } as Message;
      kernel.schedule(i * 3, { onEvent: (_k, _d, t) => s.publish(msg, t) }, 0);
    }
    kernel.runUntil(100_000);
    for (const [, versions] of seen) expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect([...seen.values()].reduce((n, v) => n + v.length, 0)).toBe(300);
    expect(new Set([0, 1, 2, 3, 4, 5, 6].map((k) => partitionOf(k, 3))).size).toBe(3);
  });
});

void exponential;
