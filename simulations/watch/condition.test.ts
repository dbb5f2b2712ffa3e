import { describe, expect, it } from 'vitest';
import type { Incident } from '../events/incidents';
import { describeCondition, matchIncident, matchLag, watchConditionSchema, type WatchCondition } from './condition';

const opened: Incident = { atMs: 1200, kind: 'breaker', linkId: 'a-b', state: 'OPEN', text: 'Breaker on a → b opened' };
const dead: Incident = { atMs: 50, kind: 'deadLetter', nodeId: 'jobs', text: 'Dead-lettered at jobs' };

describe('matchIncident', () => {
  it('matches on kind, then on target (node or link) and breaker state when given', () => {
    const yes: WatchCondition[] = [{ on: 'breaker' }, { on: 'breaker', target: 'a-b' }, { on: 'breaker', state: 'OPEN' }, { on: 'breaker', target: 'a-b', state: 'OPEN' }];
    const no: WatchCondition[] = [{ on: 'deadLetter' }, { on: 'breaker', target: 'x' }, { on: 'breaker', state: 'CLOSED' }, { on: 'lag', overMs: 0 }];
    expect(yes.map((c) => matchIncident(c, opened))).toEqual([true, true, true, true]);
    expect(no.map((c) => matchIncident(c, opened))).toEqual([false, false, false, false]);
    expect(matchIncident({ on: 'deadLetter', target: 'jobs' }, dead)).toBe(true);
    expect(matchIncident({ on: 'deadLetter', target: 'a-b' }, dead)).toBe(false);
  });

  it('a lag condition holds strictly over its bound, at its target or anywhere', () => {
    expect(matchLag({ on: 'lag', overMs: 100 }, 'view', 100)).toBe(false);
    expect(matchLag({ on: 'lag', overMs: 100 }, 'view', 100.5)).toBe(true);
    expect(matchLag({ on: 'lag', target: 'other', overMs: 100 }, 'view', 500)).toBe(false);
    expect(matchLag({ on: 'breaker' }, 'view', 500)).toBe(false);
  });
});

describe('describeCondition', () => {
  it('says it in words', () => {
    expect(describeCondition({ on: 'breaker' })).toBe('a breaker changes state');
    expect(describeCondition({ on: 'breaker', target: 'pay', state: 'OPEN' })).toBe('the breaker on pay opens');
    expect(describeCondition({ on: 'deadLetter', target: 'jobs' })).toBe('a message is dead-lettered at jobs');
    expect(describeCondition({ on: 'compensation' })).toBe('a saga is compensated');
    expect(describeCondition({ on: 'staleRead' })).toBe('a read is stale');
    expect(describeCondition({ on: 'lag', target: 'view', overMs: 500 })).toBe('consistency lag at view is over 500 ms');
  });
});

describe('watchConditionSchema', () => {
  it('accepts the two shapes and rejects what a lesson author might get wrong', () => {
    expect(watchConditionSchema.safeParse({ on: 'breaker', state: 'OPEN', target: 'a-b' }).success).toBe(true);
    expect(watchConditionSchema.safeParse({ on: 'lag', overMs: 250 }).success).toBe(true);
    expect(watchConditionSchema.safeParse({ on: 'lag' }).success).toBe(false);
    expect(watchConditionSchema.safeParse({ on: 'breaker', state: 'open' }).success).toBe(false);
    expect(watchConditionSchema.safeParse({ on: 'explosion' }).success).toBe(false);
    expect(watchConditionSchema.safeParse({ on: 'deadLetter', overMs: 3 }).success).toBe(false);
  });
});
