// Mirrors Resilience4j's SlidingTimeWindowMetricsTest (testSlidingTimeWindowMetrics,
// shouldClearSlidingTimeWindowMetrics, testSlowCallsPercentage) and the ring behaviour of
// FixedSizeSlidingWindowMetrics, with a MockClock start of 2019-08-04T12:00:00Z in ms.
import { describe, expect, it } from 'vitest';
import { CountWindow, TimeWindow } from './sliding-window';
import type { CallWindow, Outcome } from './sliding-window';

const T0 = 1_564_920_000_000;
const calls = (w: CallWindow, now: number) => w.snapshot(now).totalNumberOfCalls;

describe('TimeWindow', () => {
  it('testSlidingTimeWindowMetrics: a 5 s window drops each second as it ages out', () => {
    const w = new TimeWindow(5);
    let t = T0;
    const step = (dt: number, o: Outcome) => {
      t += dt;
      const s = w.record(o, t);
      return [s.totalNumberOfCalls, s.numberOfFailedCalls];
    };
    expect(step(0, 'ERROR')).toEqual([1, 1]);
    expect(step(100, 'SUCCESS')).toEqual([2, 1]);
    expect(step(100, 'SUCCESS')).toEqual([3, 1]);
    expect(step(1000, 'SUCCESS')).toEqual([4, 1]);
    expect(step(1000, 'SUCCESS')).toEqual([5, 1]);
    expect(step(1000, 'ERROR')).toEqual([6, 2]);
    expect(step(1000, 'SUCCESS')).toEqual([7, 2]);
    expect(step(1000, 'SUCCESS')).toEqual([5, 1]); // second 0 (three calls) has left
    expect(step(1000, 'SUCCESS')).toEqual([5, 1]);
    expect(step(5000, 'SUCCESS')).toEqual([1, 0]);
  });

  it('shouldClearSlidingTimeWindowMetrics: empties once every bucket is older than the window', () => {
    const w = new TimeWindow(5);
    w.record('ERROR', T0);
    w.record('SUCCESS', T0 + 100);
    w.record('SUCCESS', T0 + 800);
    expect(calls(w, T0 + 4800)).toBe(3);
    expect(calls(w, T0 + 5800)).toBe(0);
    expect(w.record('SUCCESS', T0 + 5900).totalNumberOfCalls).toBe(1);
  });

  it('testSlowCallsPercentage: a slow error is failed and slow', () => {
    const w = new TimeWindow(5);
    for (const o of ['SLOW_SUCCESS', 'SLOW_ERROR', 'SUCCESS', 'SUCCESS', 'SUCCESS'] as Outcome[]) w.record(o, T0);
    expect(w.snapshot(T0)).toEqual({ totalNumberOfCalls: 5, numberOfFailedCalls: 1, totalNumberOfSlowCalls: 2, numberOfSlowFailedCalls: 1 });
  });

  it('buckets by epoch second, floor(now / 1000), not by elapsed time since the call', () => {
    const w = new TimeWindow(1);
    w.record('ERROR', T0 + 999);
    expect(calls(w, T0 + 999)).toBe(1);
    expect(calls(w, T0 + 1000)).toBe(0);
  });

  it('a jump far beyond the window clears it without walking every second', () => {
    const w = new TimeWindow(3);
    w.record('ERROR', T0);
    expect(calls(w, T0 + 1e12)).toBe(0);
    expect(w.record('SUCCESS', T0 + 1e12).totalNumberOfCalls).toBe(1);
  });
});

describe('CountWindow', () => {
  it('keeps the last N calls', () => {
    const w = new CountWindow(3);
    expect(w.record('ERROR', 0).numberOfFailedCalls).toBe(1);
    w.record('SLOW_SUCCESS', 0);
    w.record('SUCCESS', 0);
    expect(w.snapshot(0)).toEqual({ totalNumberOfCalls: 3, numberOfFailedCalls: 1, totalNumberOfSlowCalls: 1, numberOfSlowFailedCalls: 0 });
    w.record('SUCCESS', 0);
    expect(w.snapshot(0)).toMatchObject({ totalNumberOfCalls: 3, numberOfFailedCalls: 0 });
    w.record('SUCCESS', 0);
    expect(w.snapshot(0).totalNumberOfSlowCalls).toBe(0);
  });

  it('rejects a size below 1', () => {
    expect(() => new CountWindow(0)).toThrow(RangeError);
    expect(() => new TimeWindow(1.5)).toThrow(RangeError);
  });
});
