import { describe, expect, it } from 'vitest';
import { ConsumerLag } from './lag-stats';

describe('ConsumerLag', () => {
  it('reports each window on its own and keeps the whole run for the report', () => {
    const lag = new ConsumerLag();
    [10, 20, 30].forEach((v) => lag.record(v));
    const [count, p50, ...top] = lag.window();
    expect(count).toBe(3);
    expect(p50).toBeCloseTo(20, -0.5); // the histogram's 1 % relative error
    expect(top).toEqual([30, 30, 30]);
    lag.record(100);
    expect(lag.window()).toEqual([1, 100, 100, 100, 100]);
    expect(lag.window()).toEqual([0, 0, 0, 0, 0]);
    expect(lag.summary()).toMatchObject({ count: 4, max: 100 });
  });
});
