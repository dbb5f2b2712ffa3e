import { describe, expect, it } from 'vitest';
import { niceCeil, roomData } from './room-chart';

const COLS = ['sent', 'ok', 'error', 'timeout', 'rejected', 'shortCircuited', 'rateLimited', 'p50', 'p95', 'p99', 'inFlight'];
const buf = (rows: number[][]) => ({ columns: COLS, t: rows.map((_, i) => (i + 1) * 500), values: COLS.map((_, c) => rows.map((r) => r[c])) });

describe('roomData', () => {
  it('adds up the clients per outcome, as answers per second, and reads the latest success rate and worst p95', () => {
    const a = buf([
      [10, 8, 1, 1, 0, 0, 0, 5, 20, 30, 0],
      [10, 5, 0, 0, 0, 4, 1, 5, 40, 90, 0],
    ]);
    const b = buf([
      [5, 5, 0, 0, 0, 0, 0, 5, 10, 12, 0],
      [5, 5, 0, 0, 0, 0, 0, 5, 80, 99, 0],
    ]);
    const d = roomData([a, b], 500);
    expect(d.t).toEqual([500, 1000]);
    expect(d.layers).toEqual([
      [26, 20], // ok: (8 + 5) / 0.5 s, (5 + 5) / 0.5 s
      [2, 0], // timeout
      [2, 0], // error
      [0, 8], // short-circuited
      [0, 2], // rejected + rate-limited
    ]);
    expect(d.success).toBeCloseTo(10 / 15);
    expect(d.p95).toBe(80);
  });

  it('keeps only the last N windows, and says nothing before the first window', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [1, i, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(roomData([buf(rows)], 1000, 3).layers[0]).toEqual([7, 8, 9]);
    expect(roomData([], 1000)).toEqual({ t: [], layers: [[], [], [], [], []] });
    expect(roomData([buf([])], 1000).success).toBeUndefined();
  });
});

describe('niceCeil', () => {
  it('rounds an axis top up to 1, 2 or 5 × 10^k', () => {
    expect([0, 0.7, 1, 3, 17, 20, 51, 999].map(niceCeil)).toEqual([1, 1, 1, 5, 20, 20, 100, 1000]);
  });
});
