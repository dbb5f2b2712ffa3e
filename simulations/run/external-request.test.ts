import { describe, expect, it } from 'vitest';
import { build, client, constant, constantTraffic, poissonTraffic, publish, rest, service, topic, type Topology } from '../test-support/scenarios';
import { EXTERNAL_ID_BASE, runUntilAnswered, startExternalRequest, type ExternalResult } from './external-request';
import { createRun } from './run';

const OPS = [
  { name: 'GET /api/users/{id}', weight: 3 },
  { name: 'POST /api/users', weight: 1 },
];

/** web → api (5 ms, 40 ms of work) → db (5 ms, 20 ms of work): a console GET takes exactly 70 ms when nothing else runs. */
function chain(extra: Partial<Topology> = {}, traffic: Parameters<typeof client>[1] = constantTraffic(0)): Topology {
  return {
    nodes: [client('web', traffic, { operations: OPS }), service('api', { serviceTime: constant(40) }), service('db', { serviceTime: constant(20) })],
    links: [rest('web', 'api', { latency: constant(5) }), rest('api', 'db', { latency: constant(5) })],
    durationMs: 10_000,
    ...extra,
  };
}

function send(t: Topology, method: string, path: string, atMs = 1000): ExternalResult {
  const run = createRun(build(t));
  run.advanceTo(atMs);
  const id = startExternalRequest(run, { method, path });
  return runUntilAnswered(run, id);
}

describe('a request from the console', () => {
  it('takes the simulated time of its path: 5 + 40 + 5 + 20 ms, and answers 200', () => {
    const r = send(chain(), 'GET', '/api/users/42');
    expect(r).toMatchObject({ status: 200, outcome: 'ok', op: 'GET /api/users/{id}', params: { id: '42' }, entry: 'web', startedAtMs: 1000, endedAtMs: 1070, latencyMs: 70 });
    expect(r.body).toMatchObject({ id: '42', key: 42 });
    expect(r.id).toBeGreaterThan(EXTERNAL_ID_BASE);
  });

  it('is traced, and its trace names the nodes and links it went through', () => {
    const r = send(chain(), 'GET', '/api/users/42');
    expect(r.trace?.id).toBe(r.id);
    expect(r.trace?.endMs).toBe(1070);
    expect(r.nodes.sort()).toEqual(['api', 'db', 'web']);
    expect(r.links.sort()).toEqual(['api-rest-db', 'web-rest-api']);
  });

  it('answers 201 to a POST', () => {
    expect(send(chain(), 'POST', '/api/users')).toMatchObject({ status: 201, latencyMs: 70 });
  });

  it('carries the domain events its write published, built from the link’s data template', () => {
    const t = chain();
    t.nodes.push(topic('users'));
    t.links!.push(publish('api', 'users', { eventType: 'user.registered', aggregateType: 'user', data: { userId: '{aggregateId}', registrationDate: '{timestamp}' } }));
    const r = send(t, 'POST', '/api/users');
    expect(r.status).toBe(201);
    expect(r.body.events).toEqual([{ type: 'user.registered', aggregateId: `user-${r.body.key}`, to: 'users', data: { userId: `user-${r.body.key}`, registrationDate: 1070 } }]);
  });

  it('answers 500 when a service behind it is down, as soon as the failure comes back', () => {
    const r = send(chain({ faults: [{ kind: 'outage', target: 'db', atMs: 0, durationMs: 60_000 }] }), 'GET', '/api/users/7');
    expect(r).toMatchObject({ status: 500, outcome: 'error', latencyMs: 50 });
    expect(r.body).toMatchObject({ error: 'error', at: 'db' });
  });

  it('answers 504 when the caller’s timeout fires first', () => {
    const t = chain();
    t.links![0] = rest('web', 'api', { latency: constant(5), timeout: { timeoutMs: 30 } });
    expect(send(t, 'GET', '/api/users/1')).toMatchObject({ status: 504, outcome: 'timeout', latencyMs: 30 });
  });

  it('answers 404 at once, without touching the run, for an address that matches no operation', () => {
    const run = createRun(build(chain()));
    run.advanceTo(500);
    const id = startExternalRequest(run, { method: 'DELETE', path: '/api/users/42' });
    const r = runUntilAnswered(run, id);
    expect(r).toMatchObject({ status: 404, outcome: 'unmatched' });
    expect(run.nowMs).toBe(500);
  });

  it('answers 504 "unfinished" when the run ends first', () => {
    const r = send(chain({ durationMs: 1030 }), 'GET', '/api/users/42');
    expect(r).toMatchObject({ status: 504, outcome: 'unfinished' });
  });

  it('is deterministic, and leaves the scenario’s own traffic as it was', () => {
    const busy = chain({}, poissonTraffic(20));
    const plain = createRun(build(busy));
    plain.finish();
    const a = createRun(build(busy));
    const b = createRun(build(busy));
    const results = [a, b].map((run) => {
      run.advanceTo(2000);
      const r = runUntilAnswered(run, startExternalRequest(run, { method: 'GET', path: '/api/users/42' }));
      run.finish();
      return r;
    });
    expect(results[1]).toEqual(results[0]);
    expect(a.report()).toEqual(b.report());
    // The client's arrivals, operation mix and keys come from its own streams: the same requests are sent.
    expect(a.report().clients.web.sent).toBe(plain.report().clients.web.sent);
    // It loads the service like any request, but stays out of the counted statistics.
    expect(a.report().nodes.api.arrivals).toBe(plain.report().nodes.api.arrivals);
  });
});
