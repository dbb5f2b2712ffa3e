// Request traces as a user reads them in the waterfall: a timed-out, retried call through a
// breaker; parallel calls side by side; and the promises that make tracing safe to leave on —
// it changes no number of a run and keeps a bounded number of traces.
import { describe, expect, it } from 'vitest';
import { createRun } from '../run/run';
import { build, client, constant, constantTraffic, publish, rest, service, topic, type Topology } from '../test-support/scenarios';
import { formatTrace, spanRows } from './tree';
import type { Span, Trace } from './types';

/** client → A → B: B is slower than A's timeout; A retries twice and its breaker opens after 4 failures. */
const chain: Topology = {
  nodes: [client('c', constantTraffic(10), { stopAtMs: 2_000 }), service('A', { workers: 100, serviceTime: constant(5) }), service('B', { workers: 100, serviceTime: constant(200) })],
  links: [
    rest('c', 'A'),
    rest('A', 'B', {
      latency: constant(2),
      timeout: { timeoutMs: 50 },
      retry: { maxAttempts: 3, baseMs: 20, jitter: 'none' },
      circuitBreaker: { slidingWindowType: 'COUNT_BASED', slidingWindowSize: 4, minimumNumberOfCalls: 4, failureRateThreshold: 50, waitDurationInOpenState: 60_000 },
    }),
  ],
  durationMs: 3_000,
};

function finished(t: Topology, id: number): Trace {
  const run = createRun(build(t));
  run.finish();
  const trace = run.trace(id);
  if (!trace) throw new Error(`no trace ${id}`);
  return trace;
}

/** The tree as "depth name outcome", easy to compare whole. */
const shape = (t: Trace) => spanRows(t).map(({ span: s, depth }) => `${depth} ${s.name}${s.outcome ? ` ${s.outcome}` : ''}`);
const byName = (t: Trace, name: string) => t.spans.filter((s) => s.name === name);
const rel = (t: Trace, s: Span) => [s.startMs - t.startMs, s.endMs === undefined ? undefined : s.endMs - t.startMs];

describe('a traced request through timeout, retry and breaker', () => {
  it('the first request: three attempts that time out at the deadline, with backoffs between them', () => {
    const t = finished(chain, 1);
    expect(t).toMatchObject({ id: 1, client: 'c', op: 'GET /api/users/{id}', startMs: 0, endMs: 215, outcome: 'timeout' });
    expect(shape(t)).toEqual([
      '0 GET /api/users/{id} timeout',
      '1 call A timeout',
      '2 attempt 1 timeout',
      '3 A timeout',
      '4 work',
      '4 call B timeout',
      '5 attempt 1 timeout',
      '6 network',
      '6 B ok',
      '7 work',
      '5 backoff',
      '5 attempt 2 timeout',
      '6 network',
      '6 B ok',
      '7 work',
      '5 backoff',
      '5 attempt 3 timeout',
      '6 network',
      '6 B ok',
      '7 work',
    ]);
    // Attempt numbers, and each timed-out attempt ends exactly at its deadline (start + 50 ms).
    const attempts = t.spans.filter((s) => s.kind === 'attempt' && s.target === 'A-rest-B');
    expect(attempts.map((s) => s.attempt)).toEqual([1, 2, 3]);
    expect(attempts.map((s) => rel(t, s))).toEqual([[5, 55], [75, 125], [165, 215]]);
    for (const a of attempts) expect(a.note).toBe('timed out after 50 ms');
    // Backoffs of the configured length: base 20 ms, then doubled.
    expect(byName(t, 'backoff').map((s) => rel(t, s))).toEqual([[55, 75], [125, 165]]);
    expect(byName(t, 'backoff')[0].note).toBe('backoff 20 ms before attempt 2');
    // B keeps working after A stopped waiting: its visits are marked abandoned, and still load it.
    const visits = byName(t, 'B');
    expect(visits.map((s) => rel(t, s))).toEqual([[7, 207], [77, 277], [167, 367]]);
    for (const v of visits) {
      expect(v.abandoned).toBe(true);
      expect(v.parentId !== null && t.spans[v.parentId].kind).toBe('attempt');
    }
    expect(visits[0].note).toContain('abandoned: the caller stopped waiting at 55 ms');
    // Parentage: every span's parent exists and started no later than it.
    for (const s of t.spans.slice(1)) expect(t.spans[s.parentId!].startMs).toBeLessThanOrEqual(s.startMs);
  });

  it('once the breaker is open, an attempt is a zero-length short-circuit', () => {
    const t = finished(chain, 4); // sent at 300 ms; the breaker opened at 215 ms
    expect(t.outcome).toBe('shortCircuited');
    const [a] = t.spans.filter((s) => s.kind === 'attempt' && s.target === 'A-rest-B');
    expect(a).toMatchObject({ attempt: 1, outcome: 'shortCircuited', note: 'breaker OPEN: not called' });
    expect(a.endMs).toBe(a.startMs);
    expect(t.spans.filter((s) => s.target === 'B')).toHaveLength(0);
  });

  it('renders as an indented text tree', () => {
    const text = formatTrace(finished(chain, 1));
    expect(text.split('\n')[0]).toBe('GET /api/users/{id} [c]  0 ms → 215 ms  timeout');
    expect(text).toContain('      backoff [A-rest-B]  55 ms → 75 ms  (backoff 20 ms before attempt 2)');
  });
});

describe('parallel calls, rate limits and publishes', () => {
  it("a parallel-call service's calls overlap in time", () => {
    const t = finished(
      {
        nodes: [client('c', constantTraffic(10)), service('A', { serviceTime: constant(5), callMode: 'parallel', workers: 10 }), service('B', { serviceTime: constant(30), workers: 10 }), service('C', { serviceTime: constant(50), workers: 10 })],
        links: [rest('c', 'A'), rest('A', 'B'), rest('A', 'C')],
      },
      1,
    );
    const [b, c] = [byName(t, 'call B')[0], byName(t, 'call C')[0]];
    expect(b.parentId).toBe(c.parentId);
    expect(t.spans[b.parentId!].name).toBe('A');
    expect([rel(t, b), rel(t, c)]).toEqual([[5, 35], [5, 55]]);
    expect(t.endMs! - t.startMs).toBe(55);
  });

  it('a rate-limit wait and a fire-and-forget publish', () => {
    const t = finished(
      {
        nodes: [client('c', constantTraffic(100)), service('A', { serviceTime: constant(1), workers: 10 }), topic('T')],
        links: [rest('c', 'A', { rateLimiter: { capacity: 1, refillPerSec: 50, maxWaitMs: 100 } }), publish('A', 'T', { eventType: 'user.updated' })],
      },
      2, // sent at 10 ms; request 1 took the bucket's one token at 0 ms, the next comes at 20 ms
    );
    expect(byName(t, 'rate-limit wait').map((s) => rel(t, s))).toEqual([[0, 10]]);
    expect(byName(t, 'rate-limit wait')[0].note).toBe('rate-limit wait 10 ms');
    const [p] = byName(t, 'publish user.updated');
    expect(p).toMatchObject({ kind: 'publish', target: 'A-publish-T' });
    expect(p.startMs).toBe(p.endMs);
    expect(t.spans[p.parentId!].name).toBe('A');
  });
});

describe('tracing is safe to leave on', () => {
  it('reports are deep-equal with tracing on and off', () => {
    const withPublish: Topology = { ...chain, nodes: [...chain.nodes, topic('T')], links: [...chain.links!, publish('A', 'T')] };
    for (const t of [chain, withPublish]) {
      const on = createRun(build(t));
      const off = createRun(build(t), { trace: false });
      on.finish();
      off.finish();
      expect(on.tracer!.finished).toBeGreaterThan(0);
      expect(off.tracer).toBeUndefined();
      expect(on.report()).toEqual(off.report());
    }
  });

  it('samples the first 20 measured requests of each client, then 1 in 50 by request id', () => {
    const run = createRun(build({ nodes: [client('c', constantTraffic(10)), service('A', { serviceTime: constant(1) })], links: [rest('c', 'A')], warmupMs: 1_000, durationMs: 20_000 }));
    run.finish();
    // Requests 1..10 fall in the warm-up; 11..30 are the first 20 measured ones.
    const ids = run.tracer!.recent().map((t) => t.id);
    const expected = [...Array.from({ length: 20 }, (_, i) => 11 + i), ...Array.from({ length: 4 }, (_, i) => 50 * (i + 1))].sort((a, b) => a - b);
    expect(ids).toEqual(expected);
  });

  it('10⁵ requests keep at most 100 finished traces plus those in progress', () => {
    const run = createRun(build({ nodes: [client('c', constantTraffic(1_000)), service('A', { workers: 20, serviceTime: constant(10) })], links: [rest('c', 'A')], durationMs: 100_000 }));
    run.advanceTo(50_000);
    const tr = run.tracer!;
    expect(tr.recent()).toHaveLength(100);
    expect(tr.inProgress).toBeLessThanOrEqual(2);
    run.finish();
    expect(run.report().clients.c.sent).toBeGreaterThanOrEqual(99_999);
    // Ids 1..20, then every multiple of 50; the last few are still out when the run ends.
    expect(tr.finished + tr.inProgress).toBe(20 + 100_000 / 50);
    expect(tr.recent()).toHaveLength(100);
    expect(run.snapshot({ traces: tr.finished - 3 }).traces.map((s) => s.id)).toEqual(tr.recent().slice(-3).map((t) => t.id));
  });
});
