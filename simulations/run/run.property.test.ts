// Properties of whole runs over random valid topologies (see test-support/arbitraries):
// conservation of requests and messages, determinism (also when run in steps), and independence of
// random streams between unrelated parts of a topology.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Client } from '../components/client';
import type { Scenario } from '../scenario/schema';
import { parseScenario, validateScenario } from '../scenario/validate';
import { scenarioArb } from '../test-support/arbitraries';
import { createRun, runScenario, type Run } from './run';

const parsedArb = scenarioArb().map((input) => {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(`the arbitrary made an invalid scenario: ${JSON.stringify(v.errors)}`);
  return v.scenario;
});

/** Counts, per client, how many times each request was answered (the engine must answer each once). */
function countAnswers(run: Run): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const [id, c] of run.clients) {
    const seen = new Map<number, number>();
    out.set(id, seen);
    const answered = c.answered.bind(c);
    c.answered = (...args: Parameters<Client['answered']>) => {
      seen.set(args[0].req.id, (seen.get(args[0].req.id) ?? 0) + 1);
      answered(...args);
    };
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

/** Runs to the end, failing (instead of hanging) if simulated time stops moving. */
const MAX_EVENTS = 2_000_000;
function finish(run: Run): Run {
  run.advanceTo(run.durationMs, MAX_EVENTS);
  if (!run.done) throw new Error(`simulated time stuck at ${run.nowMs} ms`);
  return run;
}
const reportOf = (scenario: Scenario) => finish(createRun(scenario)).report();

describe('run properties over random topologies', () => {
  it('conservation: every request is answered at most once and every message is somewhere (warmup 0)', () => {
    fc.assert(
      fc.property(parsedArb, (scenario: Scenario) => {
        const run = createRun(scenario);
        const answers = countAnswers(run);
        finish(run);
        const r = run.report();
        for (const [id, c] of run.clients) {
          const rep = r.clients[id];
          const counts = [...answers.get(id)!.values()];
          // Answered exactly once or not yet: never twice.
          expect(counts.every((n) => n === 1)).toBe(true);
          // sent = succeeded + failed + inFlight, and inFlight is what is really unanswered.
          expect(rep.failed).toBe(sum(Object.values(rep.failures)));
          expect(rep.succeeded + rep.failed).toBe(counts.length);
          expect(rep.inFlight).toBe(rep.sent - counts.length);
          expect(rep.inFlight).toBe(c.stats.live);
          expect(rep.inFlight).toBeGreaterThanOrEqual(0);
          expect(rep.degraded).toBeLessThanOrEqual(rep.succeeded);
          expect(rep.latencyMs.count).toBe(rep.succeeded);
          // The live series counted the same requests, window by window, once the last window closed.
          if (scenario.run.durationMs % scenario.run.windowMs === 0) {
            const s = run.probes.get(id)!.series.since(0);
            const col = (name: string) => sum(s.rows.map((row) => row[s.columns.indexOf(name)]));
            expect(col('sent')).toBe(rep.sent);
            expect(col('ok')).toBe(rep.succeeded);
            for (const k of ['error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited'] as const) expect(col(k)).toBe(rep.failures[k]);
          }
        }
        for (const [id, s] of run.services) {
          const n = r.nodes[id];
          expect(n.arrivals).toBe(n.completed + n.failed + n.rejected + s.live().inFlight);
        }
        for (const [id, l] of Object.entries(r.links)) {
          const ended = l.succeeded + l.errors + l.timeouts + l.rejected + l.shortCircuited + l.rateLimited;
          expect(ended).toBeLessThanOrEqual(l.attempts);
          expect(l.attempts).toBeLessThanOrEqual(l.calls + l.retries);
          const produce = run.produceLinks.get(id);
          if (produce) expect(l.succeeded + l.rejected + produce.outboxSize).toBeLessThanOrEqual(l.calls);
        }
        // Each message accepted by a backlog is acked, dead-lettered, waiting (visible or delayed) or
        // held by a consumer. Redeliveries and duplicate processing are not extra messages.
        for (const q of Object.values(r.queues)) expect(q.enqueued).toBe(q.acked + q.deadLettered + q.depthAtEnd + q.inFlightAtEnd);
        // Every delivery to a consumer ended in an ack or a redelivery, or is still out.
        const deliveries = new Map<string, number>();
        for (const l of scenario.links) {
          if (l.kind !== 'consume' && l.kind !== 'subscribe') continue;
          const key = l.kind === 'consume' ? l.from : `${l.from}:${l.to}`;
          deliveries.set(key, (deliveries.get(key) ?? 0) + r.links[l.id].calls);
        }
        for (const [id, q] of Object.entries(r.queues)) expect(deliveries.get(id) ?? 0).toBe(q.acked + q.redelivered + q.inFlightAtEnd);
        // Nothing is lost between producers and brokers.
        const into = (to: string, kind: string) => scenario.links.filter((l) => l.to === to && l.kind === kind).map((l) => r.links[l.id]);
        for (const [id, t] of run.topics) {
          const published = sum(into(id, 'publish').map((l) => l.succeeded));
          for (const b of t.subscriptions) expect(r.queues[b.id].enqueued).toBe(published);
        }
        for (const [id, q] of run.queues) {
          const offered = sum(into(id, 'enqueue').map((l) => l.succeeded + l.rejected));
          const deadLetters = sum([...run.queues].filter(([, src]) => src.params.deadLetterQueue === id).map(([src]) => r.queues[src].deadLettered));
          expect(r.queues[id].enqueued + r.queues[id].rejected).toBe(offered + deadLetters);
          expect(q.backlog.depth).toBe(r.queues[id].depthAtEnd);
        }
        // Every ack records one consistency-lag sample at the consuming node.
        expect(sum(Object.values(r.consistency).map((c) => c.lagMs.count))).toBe(sum(Object.values(r.queues).map((q) => q.acked)));
      }),
      { seed: 20240611, numRuns: 150 },
    );
  });

  it('determinism: the same scenario and seed give deep-equal reports', () => {
    fc.assert(
      fc.property(parsedArb, (scenario) => {
        expect(reportOf(scenario)).toEqual(reportOf(scenario));
        expect(runScenario(scenario, { seed: scenario.seed })).toEqual(reportOf(scenario));
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('determinism: advancing in random chunks and steps, with snapshots and reports in between, gives the same report', () => {
    const chunkArb = fc.oneof(fc.integer({ min: 0, max: 400 }).map((ms) => ({ ms })), fc.integer({ min: 1, max: 50 }).map((events) => ({ events })));
    fc.assert(
      fc.property(parsedArb, fc.array(chunkArb, { minLength: 1, maxLength: 30 }), (scenario, chunks) => {
        const whole = reportOf(scenario);
        const run = createRun(scenario);
        let cursor = run.snapshot().cursor;
        for (let i = 0; !run.done; i++) {
          const c = chunks[i % chunks.length];
          if ('ms' in c) run.advanceBy(c.ms, MAX_EVENTS);
          else run.step(c.events);
          cursor = run.snapshot(cursor).cursor;
          run.report();
          if (i > 10_000) finish(run);
        }
        expect(run.report()).toEqual(whole);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('independence: adding an unrelated client and service changes nothing the others report', () => {
    fc.assert(
      fc.property(parsedArb, fc.integer({ min: 1, max: 200 }), (scenario, rate) => {
        const before = reportOf(scenario);
        const extended = parseScenario({
          ...scenario,
          nodes: [...scenario.nodes, { id: 'zz-users', kind: 'client', traffic: { type: 'poisson', ratePerSec: rate } }, { id: 'zz-api', kind: 'service' }],
          links: [...scenario.links, { id: 'zz-call', kind: 'rest', from: 'zz-users', to: 'zz-api' }],
        });
        const after = reportOf(extended);
        for (const id of Object.keys(before.clients)) {
          expect(after.clients[id].sent).toBe(before.clients[id].sent);
          expect(after.clients[id]).toEqual(before.clients[id]);
        }
        for (const part of ['nodes', 'links', 'queues', 'consistency'] as const) {
          for (const [id, v] of Object.entries(before[part])) expect(after[part][id]).toEqual(v);
        }
        expect(after.clients['zz-users'].sent).toBeGreaterThanOrEqual(0);
      }),
      { seed: 3, numRuns: 60 },
    );
  });
});
