/**
 * Incidents: each is appended where it happens, agrees with the report's own counts, and carries
 * its numbers in one line. Reading them (or watching for them) never changes a run's numbers.
 */
import { describe, expect, it } from 'vitest';
import { findPreset } from '../presets';
import { withFault } from '../presets/edit';
import { OUTAGE } from '../presets/breaker-without';
import { parseScenario } from '../scenario/validate';
import type { ScenarioInput } from '../scenario/schema';
import { createRun, type Run } from '../run/run';
import type { Incident } from './incidents';

const presetScenario = (slug: string): ScenarioInput => findPreset(slug)!.scenario;
/** Warm-up 0: every message and saga counts, so the report's counts cover every incident. */
const runOf = (s: ScenarioInput, durationMs?: number): Run => createRun(parseScenario(s), { warmupMs: 0, durationMs, trace: false });

/** Runs to the end, reading every incident through snapshots as a page would. */
function finishReading(run: Run, stepMs = 250): Incident[] {
  const seen: Incident[] = [];
  let cursor = {};
  while (!run.done) {
    run.advanceBy(stepMs);
    const s = run.snapshot(cursor);
    seen.push(...s.incidents);
    cursor = s.cursor;
  }
  return seen;
}

describe('breaker incidents', () => {
  const scenario = withFault(presetScenario('breaker-with'), OUTAGE);

  it('one per breaker transition, at the times and to the states the report lists', () => {
    const run = runOf(scenario);
    const seen = finishReading(run);
    const transitions = run.report().links['checkout-payments'].breakerTransitions;
    expect(transitions.length).toBeGreaterThanOrEqual(3);
    const breakers = seen.filter((i) => i.kind === 'breaker');
    expect(breakers.map((i) => [i.atMs, i.state, i.linkId])).toEqual(transitions.map((t) => [t.atMs, t.to, 'checkout-payments']));
    const opened = breakers.find((i) => i.state === 'OPEN')!;
    expect(opened.atMs).toBe(transitions.find((t) => t.to === 'OPEN')!.atMs);
    // "… opened: 10 of the last 20 calls failed (50 %, threshold 50 %)" — numbers that add up to the decision.
    const m = /Breaker on checkout → payments opened: (\d+) of the last (\d+) calls failed \(([\d.]+) %, threshold 50 %\)/.exec(opened.text);
    expect(m, opened.text).not.toBeNull();
    const [failed, calls, rate] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(calls).toBeGreaterThanOrEqual(10); // minimumNumberOfCalls
    expect(calls).toBeLessThanOrEqual(20); // slidingWindowSize
    expect(rate).toBeCloseTo((100 * failed) / calls, 1);
    expect(rate).toBeGreaterThanOrEqual(50);
    const half = breakers.find((i) => i.state === 'HALF_OPEN')!;
    expect(half.text).toContain('5000 ms passed since it opened; letting 5 trial calls through');
    expect(half.atMs).toBeGreaterThanOrEqual(opened.atMs + 5000);
  });

  it('the preset as shipped (1 % errors) has no breaker incident', () => {
    const run = runOf(presetScenario('breaker-with'));
    run.finish();
    expect(run.incidents.counts.breaker).toBe(0);
    expect(run.report().links['checkout-payments'].breakerTransitions).toEqual([]);
  });
});

describe('dead-letter incidents', () => {
  it('as many as the queue report has dead-lettered, each naming the queue and where the message went', () => {
    const run = runOf(presetScenario('work-queue'));
    run.finish();
    const q = run.report().queues.jobs;
    expect(q.deadLettered).toBeGreaterThan(5);
    expect(run.incidents.counts.deadLetter).toBe(q.deadLettered);
    const held = run.incidents.since(0).filter((i) => i.kind === 'deadLetter');
    expect(held.every((i) => i.nodeId === 'jobs')).toBe(true);
    expect(held[0].text).toMatch(/^Dead-lettered at jobs: a .+ message failed 3 deliveries \(max receives reached\) and was moved to jobs-dlq$/);
  });
});

describe('compensation incidents', () => {
  it('orchestrated: as many as the sagas the orchestrator reports compensated, naming the step that failed', () => {
    const run = runOf(presetScenario('saga-orchestrated'));
    run.finish();
    const compensated = Object.values(run.report().patterns).reduce((n, p) => n + (p.kind === 'sagaOrchestrator' ? p.values.compensated : 0), 0);
    expect(compensated).toBeGreaterThan(5);
    expect(run.incidents.counts.compensation).toBe(compensated);
    const first = run.incidents.since(0).find((i) => i.kind === 'compensation')!;
    expect(first.text).toMatch(/^Saga req-\d+ compensated at \S+: (inventory|payment|shipping) failed \((error|timeout|rejected|shortCircuited|rateLimited)\); every done step undone \d+ ms after it started$/);
  });

  it('choreographed: as many as the participants report compensated, at the participant whose step failed', () => {
    const scenario = presetScenario('saga-choreographed');
    const run = runOf(scenario);
    run.finish();
    const compensated = Object.values(run.report().patterns).reduce((n, p) => n + (p.values.compensated ?? 0), 0);
    expect(compensated).toBeGreaterThan(5);
    expect(run.incidents.counts.compensation).toBe(compensated);
    const ids = new Set(scenario.nodes.map((n) => n.id));
    expect(run.incidents.since(0).filter((i) => i.kind === 'compensation').every((i) => ids.has(i.nodeId!))).toBe(true);
  });
});

describe('stale-read incidents', () => {
  it('as many as the read model counts stale reads', () => {
    const run = runOf(presetScenario('cqrs-read-model'));
    run.finish();
    const stale = Object.values(run.report().patterns).reduce((n, p) => n + (p.kind === 'readModel' ? p.values.staleReads : 0), 0);
    expect(stale).toBeGreaterThan(0);
    expect(run.incidents.counts.staleRead).toBe(stale);
    expect(run.incidents.since(0).at(-1)!.text).toMatch(/^Stale read at \S+: \S+-\d+ has an acknowledged write the view has not applied yet \(the view runs \d+ ms behind\)$/);
  });
});

describe('incidents never change the numbers', () => {
  it('same report whether or not anyone reads the incidents', () => {
    for (const s of [withFault(presetScenario('breaker-with'), OUTAGE), presetScenario('work-queue'), presetScenario('saga-orchestrated'), presetScenario('cqrs-read-model')]) {
      const plain = runOf(s);
      plain.finish();
      const read = runOf(s);
      finishReading(read, 333);
      expect(read.report()).toEqual(plain.report());
    }
  });
});
