import { describe, expect, it } from 'vitest';
import { newNode } from '@/lib/scenario-doc/defaults';
import type { DocNode } from '@/lib/scenario-doc/types';
import { handlesOf } from './kind-style';
import { nodeSummary } from './summary';

describe('nodeSummary', () => {
  it('says the parameters that matter in a few words', () => {
    expect(nodeSummary(newNode('client', 'c', { x: 0, y: 0 }))).toBe('Poisson 50/s');
    expect(nodeSummary(newNode('service', 's', { x: 0, y: 0 }))).toBe('4 workers · p50 20 ms');
    expect(nodeSummary(newNode('queue', 'q', { x: 0, y: 0 }))).toBe('max 5 receives');
    expect(nodeSummary(newNode('topic', 't', { x: 0, y: 0 }), 2)).toBe('fan-out to 2 subscribers');
  });

  it('uses the engine defaults for fields left out', () => {
    expect(nodeSummary({ id: 's', kind: 'service' } as DocNode)).toBe('1 worker · mean 10 ms');
    const busy = { id: 's', kind: 'service', workers: 2, serviceTime: { type: 'constant', value: 5 }, errorRate: 0.05 } as DocNode;
    expect(nodeSummary(busy)).toBe('2 workers · 5 ms · 5% errors');
    const closed = { id: 'c', kind: 'client', traffic: { type: 'closed', users: 10, thinkTime: { type: 'exponential', mean: 1000 } } } as DocNode;
    expect(nodeSummary(closed)).toBe('10 users · think mean 1000 ms');
  });
});

describe('handlesOf', () => {
  it('follows the link registry: nothing ends at a client', () => {
    expect(handlesOf('client')).toEqual({ target: false, source: true });
    expect(handlesOf('service')).toEqual({ target: true, source: true });
    expect(handlesOf('queue')).toEqual({ target: true, source: true });
    expect(handlesOf('topic')).toEqual({ target: true, source: true });
  });
});
