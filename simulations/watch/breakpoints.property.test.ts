/**
 * Pause on event: the run stops right after the event whose incident matched, and stopping there
 * (any number of times) and going on gives exactly the report of a run straight through.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INCIDENT_KINDS, type Incident } from '../events/incidents';
import { findPreset } from '../presets';
import { withFault } from '../presets/edit';
import { OUTAGE } from '../presets/breaker-without';
import { createRun } from '../run/run';
import type { Scenario } from '../scenario/schema';
import { parseScenario, validateScenario } from '../scenario/validate';
import { scenarioArb } from '../test-support/arbitraries';
import { matchIncident, type WatchCondition } from './condition';

const parsedArb = scenarioArb().map((input) => {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(`the arbitrary made an invalid scenario: ${JSON.stringify(v.errors)}`);
  return v.scenario;
});
const conditionArb: fc.Arbitrary<WatchCondition> = fc.record(
  { on: fc.constantFrom(...INCIDENT_KINDS), state: fc.constantFrom('OPEN', 'HALF_OPEN', 'CLOSED') as fc.Arbitrary<'OPEN' | 'HALF_OPEN' | 'CLOSED'> },
  { requiredKeys: ['on'] },
);

const MAX_EVENTS = 2_000_000;

/** Runs to the end, stopping at every hit; returns the report, the hits and the clock at each stop. */
function runBreaking(scenario: Scenario, conditions: WatchCondition[], chunkMs: number) {
  const run = createRun(scenario, { trace: false });
  run.breakOn(conditions);
  const hits: { hit: Incident; now: number }[] = [];
  let guard = 0;
  while (!run.done && guard++ < 100_000) {
    run.advanceTo(run.nowMs + chunkMs, MAX_EVENTS);
    if (run.hit) hits.push({ hit: run.hit, now: run.nowMs });
  }
  return { report: run.report(), hits, all: run.incidents };
}

describe('pause on event', () => {
  it('breakOn never changes the final report, and every stop is right after a matching incident', () => {
    fc.assert(
      fc.property(parsedArb, fc.array(conditionArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 5000 }), (scenario, conditions, chunkMs) => {
        const straight = createRun(scenario, { trace: false });
        straight.advanceTo(straight.durationMs, MAX_EVENTS);
        const { report, hits } = runBreaking(scenario, conditions, chunkMs);
        expect(report).toEqual(straight.report());
        const matching = straight.incidents.since(0).filter((i) => conditions.some((c) => matchIncident(c, i)));
        if (straight.incidents.total <= straight.incidents.capacity) {
          expect(hits.length).toBeLessThanOrEqual(matching.length);
          expect(hits.length > 0).toBe(matching.length > 0);
        }
        for (const { hit, now } of hits) {
          expect(conditions.some((c) => matchIncident(c, hit))).toBe(true);
          expect(hit.atMs).toBeLessThanOrEqual(now);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the flaky-payments outage: stops at each breaker transition, at its time, and ends with the same report', () => {
    const scenario = parseScenario(withFault(findPreset('breaker-with')!.scenario, OUTAGE));
    const straight = createRun(scenario, { trace: false });
    straight.finish();
    const transitions = straight.report().links['checkout-payments'].breakerTransitions;
    const { report, hits } = runBreaking(scenario, [{ on: 'breaker' }], 60_000);
    expect(hits.map((h) => [h.now, h.hit.state])).toEqual(transitions.map((t) => [t.atMs, t.to]));
    expect(report).toEqual(straight.report());
    // Only the OPEN ones, targeted at the link:
    const opens = runBreaking(scenario, [{ on: 'breaker', target: 'checkout-payments', state: 'OPEN' }], 60_000).hits;
    expect(opens.map((h) => h.now)).toEqual(transitions.filter((t) => t.to === 'OPEN').map((t) => t.atMs));
  });

  it('step(n) stops at a hit too, and the clock does not jump to the end of the chunk', () => {
    const scenario = parseScenario(withFault(findPreset('breaker-with')!.scenario, OUTAGE));
    const run = createRun(scenario, { trace: false });
    run.breakOn([{ on: 'breaker', state: 'OPEN' }]);
    run.step(10_000_000);
    expect(run.hit?.state).toBe('OPEN');
    expect(run.nowMs).toBe(run.hit!.atMs);
    expect(run.done).toBe(false);
  });
});
