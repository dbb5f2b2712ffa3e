// What a scenario author reads when a file is wrong: the path of the problem and a message that says
// what is wrong in their terms.
import { describe, expect, it } from 'vitest';
import { client, constantTraffic, queue, rest, scenarioInput, service, topic } from '../test-support/scenarios';
import { validateScenario, type ValidationIssue } from './validate';

function errorsOf(input: unknown): ValidationIssue[] {
  const v = validateScenario(input);
  if (v.ok) throw new Error('expected the scenario to be refused');
  return v.errors;
}

describe('validateScenario: messages', () => {
  it('a link to an unknown node: path links[0].to, the message names the id', () => {
    const errors = errorsOf(scenarioInput({ nodes: [client('c', constantTraffic(1))], links: [rest('c', 'db')] }));
    expect(errors).toEqual([{ path: 'links[0].to', message: expect.stringContaining('"db"') }]);
  });

  it('a fault on an unknown target names it', () => {
    const errors = errorsOf(scenarioInput({ nodes: [service('s')], faults: [{ kind: 'outage', target: 'ghost', atMs: 0, durationMs: 10 }] }));
    expect(errors).toEqual([{ path: 'faults[0].target', message: expect.stringContaining('"ghost"') }]);
  });

  it('a REST call into a topic is refused, saying what it can go into', () => {
    const errors = errorsOf(scenarioInput({ nodes: [client('c', constantTraffic(1)), topic('t')], links: [rest('c', 't')] }));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('links[0].to');
    expect(errors[0].message).toMatch(/REST call cannot go into a topic/);
    expect(errors[0].message).toMatch(/service/);
  });

  it('a cycle of REST calls is refused, naming the cycle', () => {
    const errors = errorsOf(scenarioInput({ nodes: [service('a'), service('b'), service('d')], links: [rest('a', 'b'), rest('b', 'd'), rest('d', 'a')] }));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toMatch(/^links\[\d\]$/);
    expect(errors[0].message).toMatch(/cycle/);
    expect(errors[0].message).toContain('a → b → d → a');
  });

  it('asynchronous links may close a loop: publish/consume cycles are fine', () => {
    const v = validateScenario(
      scenarioInput({
        nodes: [service('a'), queue('q'), service('b'), queue('back')],
        links: [
          { id: 'a-q', kind: 'enqueue', from: 'a', to: 'q' },
          { id: 'q-b', kind: 'consume', from: 'q', to: 'b' },
          { id: 'b-back', kind: 'enqueue', from: 'b', to: 'back' },
          { id: 'back-a', kind: 'consume', from: 'back', to: 'a' },
        ],
      }),
    );
    expect(v.ok).toBe(true);
  });

  it.each([2, 0, '1', null])('version %j is refused with a clear message', (version) => {
    const errors = errorsOf({ ...scenarioInput({ nodes: [] }), version });
    expect(errors).toEqual([{ path: 'version', message: expect.stringMatching(/this build reads scenario version 1/) }]);
    expect(errors[0].message).toContain(JSON.stringify(version));
  });

  it('a missing version says so', () => {
    const { version: _v, ...rest } = scenarioInput({ nodes: [] });
    expect(errorsOf(rest)[0]).toEqual({ path: 'version', message: expect.stringMatching(/no "version" field/) });
  });

  it('an unknown node kind names the field and the kinds it knows', () => {
    const errors = errorsOf(scenarioInput({ nodes: [{ id: 'x', kind: 'mainframe' } as never] }));
    expect(errors[0].path).toBe('nodes[0].kind');
    expect(errors[0].message).toMatch(/unknown kind/);
    expect(errors[0].message).toMatch(/service/);
  });

  it('duplicate ids, bad dead-letter target and warm-up ≥ duration are each reported at their place', () => {
    const doc = scenarioInput({ nodes: [service('s'), service('s'), queue('q', { deadLetterQueue: 's' })], durationMs: 1000, warmupMs: 1000 });
    const paths = errorsOf(doc).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['nodes[1].id', 'nodes[2].deadLetterQueue', 'run.warmupMs']));
  });

  it.each([
    ['circuitBreaker', { failureRateThreshold: 0 }, 'failureRateThreshold'],
    ['circuitBreaker', { slowCallRateThreshold: 0 }, 'slowCallRateThreshold'],
    ['circuitBreaker', { waitDurationInOpenState: 0 }, 'waitDurationInOpenState'],
    ['circuitBreaker', { slowCallDurationThreshold: 0 }, 'slowCallDurationThreshold'],
    ['rateLimiter', { capacity: 5, refillPerSec: 0 }, 'refillPerSec'],
  ])('%s %j, which the policy cannot run with, is refused by validation (not by a crash later)', (policy, config, field) => {
    const doc = scenarioInput({ nodes: [client('c', constantTraffic(1)), service('s')], links: [rest('c', 's', { [policy]: config })] });
    const errors = errorsOf(doc);
    expect(errors).toEqual([{ path: `links[0].${policy}.${field}`, message: expect.any(String) }]);
  });

  it('a valid scenario comes back with its defaults filled in and warnings for likely mistakes', () => {
    const v = validateScenario(scenarioInput({ nodes: [client('lonely', constantTraffic(1)), queue('q')] }));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.nodes[0]).toMatchObject({ keySpace: 1000, startAtMs: 0 });
    expect(v.warnings.map((w) => w.path)).toEqual(['nodes[0]', 'nodes[1]']);
  });
});
