import { describe, expect, it } from 'vitest';
import type { SeriesBuffer } from '@/lib/run/series';
import { maxColumns, pickColumns, sumColumns, weightedColumns, xAxis } from './chart-data';

const buf = (columns: string[], t: number[], rows: number[][]): SeriesBuffer => ({ columns, t, values: columns.map((_, c) => rows.map((r) => r[c])) });

const a = buf(['ok', 'p50', 'depth'], [500, 1000, 1500], [[10, 5, 1], [0, 0, 2], [30, 7, 3]]);
const b = buf(['ok', 'p50', 'depth'], [500, 1000, 1500], [[30, 1, 4], [10, 3, 0], [10, 3, 9]]);

describe('chart data', () => {
  it('x in seconds, counts as rates per second, gaps where a window had nothing to measure', () => {
    expect(xAxis({ a }, ['a'])).toEqual([0.5, 1, 1.5]);
    const [rate, p50] = pickColumns({ a }, [{ key: 'a', column: 'ok', as: 'rate' }, { key: 'a', column: 'p50', gapWhenZero: { column: 'ok' } }], 3);
    expect(rate).toEqual([20, 0, 60]);
    expect(p50).toEqual([5, null, 7]);
  });

  it('missing series or columns are gaps, not zeros', () => {
    expect(pickColumns({ a }, [{ key: 'nope', column: 'ok' }, { key: 'a', column: 'nope' }], 2)).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(sumColumns({ a }, ['nope'], 'ok', 2)).toEqual([null, null]);
  });

  it('aggregates over keys: sums, maxima, and percentiles weighted by successful requests', () => {
    expect(sumColumns({ a, b }, ['a', 'b'], 'depth', 3)).toEqual([5, 2, 12]);
    expect(maxColumns({ a, b }, ['a', 'b'], 'depth', 3)).toEqual([4, 2, 9]);
    const [p50] = weightedColumns({ a, b }, ['a', 'b'], ['p50'], 'ok', 3);
    expect(p50).toEqual([(5 * 10 + 1 * 30) / 40, 3, (7 * 30 + 3 * 10) / 40]);
  });

  it('aligns to the last n windows when asked for fewer', () => {
    expect(pickColumns({ a }, [{ key: 'a', column: 'depth' }], 2)).toEqual([[2, 3]]);
  });
});
