import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/simulations/index';
import { starterDoc } from '@/lib/scenario-doc/defaults';
import { changeKind, describeFault, kindsFor, makeFault, targetType } from './fault-kinds';

describe('fault kinds', () => {
  it('offers partitions only on links, error bursts and fail-first only on services', () => {
    expect(kindsFor('link')).toEqual(['outage', 'latencySpike', 'partition']);
    expect(kindsFor('service')).not.toContain('partition');
  });

  it('knows which ids can carry faults', () => {
    const doc = starterDoc();
    expect(targetType(doc, 'users-api')).toBe('service');
    expect(targetType(doc, 'web-users-api')).toBe('link');
    expect(targetType(doc, 'web')).toBeUndefined();
  });

  it('makes faults the scenario schema accepts, for every kind and target', () => {
    for (const [target, type] of [['users-api', 'service'], ['web-users-api', 'link']] as const) {
      for (const kind of kindsFor(type)) {
        const faults = [makeFault(kind, target, 10_000, 5000)];
        expect(validateScenario({ ...starterDoc(), faults }).ok, `${kind} on ${target}`).toBe(true);
      }
    }
  });

  it('keeps time, place and note when the kind changes', () => {
    const f = { ...makeFault('outage', 'users-api', 2000, 3000), note: 'deploy' };
    expect(changeKind(f, 'errorBurst')).toEqual({ kind: 'errorBurst', target: 'users-api', atMs: 2000, durationMs: 3000, errorRate: 0.5, note: 'deploy' });
    expect(changeKind(f, 'failFirst')).toEqual({ kind: 'failFirst', target: 'users-api', atMs: 2000, count: 10, note: 'deploy' });
  });

  it('says a fault in a sentence', () => {
    expect(describeFault(makeFault('outage', 'users-db', 10_000, 5000))).toBe('Outage of users-db at 10 s for 5 s');
    expect(describeFault(makeFault('latencySpike', 'web-users-api', 0, 60_000))).toBe('Latency spike (+500 ms) on web-users-api at 0 s for 60 s');
  });
});
