// Domain events as the guide describes them, produced by a run: shape, payload template, versions.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../core/types';
import { client, constant, constantTraffic, enqueue, publish, queue, rest, service, start, subscribe, topic } from '../test-support/scenarios';

function registrations(durationMs = 5_000) {
  const run = start({
    nodes: [
      client('signup', constantTraffic(20), { keySpace: 5 }),
      service('users', { serviceTime: constant(5) }),
      topic('user-events'),
      service('welcome', { serviceTime: constant(2) }),
      queue('emails'),
    ],
    links: [
      rest('signup', 'users'),
      publish('users', 'user-events', {
        latency: constant(1),
        eventType: 'user.registered',
        aggregateType: 'user',
        data: { userId: '{aggregateId}', email: 'user{key}@example.com', registrationDate: '{timestamp}' },
      }),
      subscribe('user-events', 'welcome'),
      enqueue('welcome', 'emails', { latency: constant(1), eventType: 'email.requested', aggregateType: 'email' }),
    ],
    durationMs,
  });
  run.finish();
  return run;
}

describe('domain events in the event log', () => {
  const run = registrations();
  const events = run.eventLog.since(0);
  const registered = events.filter((e) => e.type === 'user.registered');

  it("have the guide's shape {id, type, aggregateId, aggregateType, version, timestamp, data, metadata}", () => {
    expect(events.length).toBeGreaterThan(100);
    for (const e of events) {
      expect(Object.keys(e).sort()).toEqual(['aggregateId', 'aggregateType', 'data', 'id', 'metadata', 'timestamp', 'type', 'version']);
      expect(typeof e.id).toBe('string');
      expect(Number.isInteger(e.version) && e.version >= 1).toBe(true);
      expect(Number.isFinite(e.timestamp)).toBe(true);
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('user.registered carries the template filled in: userId = aggregateId, email from the key, registrationDate = timestamp', () => {
    expect(registered.length).toBeGreaterThan(50);
    for (const e of registered) {
      expect(e.aggregateType).toBe('user');
      expect(e.aggregateId).toMatch(/^user-[1-5]$/);
      const key = e.aggregateId.slice('user-'.length);
      expect(e.data).toEqual({ userId: e.aggregateId, email: `user${key}@example.com`, registrationDate: e.timestamp });
      expect(e.metadata).toMatchObject({ source: 'users', correlationId: expect.stringMatching(/^req-\d+$/) });
    }
  });

  it('versions count up by one per aggregate, in the order the events were written', () => {
    const check = (list: DomainEvent[]) => {
      const last = new Map<string, number>();
      for (const e of list) {
        expect(e.version).toBe((last.get(e.aggregateId) ?? 0) + 1);
        last.set(e.aggregateId, e.version);
      }
      return last;
    };
    const last = check(registered);
    // 5 aggregates share 100 registrations: each has several versions.
    expect(last.size).toBe(5);
    for (const v of last.values()) expect(v).toBeGreaterThan(5);
    check(events.filter((e) => e.type === 'email.requested'));
  });

  it('a consumer’s follow-up event names its cause and keeps the correlation', () => {
    const emails = events.filter((e) => e.type === 'email.requested');
    expect(emails.length).toBeGreaterThan(50);
    const byId = new Map(registered.map((e) => [e.id, e]));
    for (const e of emails) {
      const cause = byId.get(String(e.metadata?.causationId));
      expect(cause).toBeDefined();
      expect(e.aggregateId).toBe(`email-${cause!.aggregateId.slice('user-'.length)}`);
      expect(e.timestamp).toBeGreaterThan(cause!.timestamp);
      expect(e.metadata?.correlationId).toBe(cause!.metadata?.correlationId);
    }
  });

  it('the log is a window on the most recent events; since(n) reads from index n', () => {
    const long = registrations(20_000);
    expect(long.eventLog.total).toBeGreaterThan(long.eventLog.capacity);
    const held = long.eventLog.since(0);
    expect(held).toHaveLength(long.eventLog.capacity);
    const tail = long.eventLog.since(long.eventLog.total - 3);
    expect(tail).toEqual(held.slice(-3));
  });
});
