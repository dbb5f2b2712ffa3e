/**
 * Fixed-window time series for live charts: one row per window of simulated time.
 * A ring buffer, so memory stays flat however long a run goes: the oldest windows fall off.
 */
export interface SeriesRows {
  columns: readonly string[];
  /** End time (ms) of each window. */
  t: number[];
  /** rows[i][c] is column c in window i. */
  rows: number[][];
}

export class WindowSeries {
  private readonly data: Float64Array;
  private readonly width: number;
  /** Windows ever pushed (the index of the next one). */
  total = 0;

  constructor(
    readonly columns: readonly string[],
    readonly capacity = 3600,
  ) {
    this.width = columns.length + 1;
    this.data = new Float64Array(capacity * this.width);
  }

  push(endMs: number, values: ArrayLike<number>): void {
    const base = (this.total % this.capacity) * this.width;
    this.data[base] = endMs;
    for (let c = 0; c < this.columns.length; c++) this.data[base + 1 + c] = values[c] ?? 0;
    this.total++;
  }

  /** Rows with index ≥ `from` that are still held (older ones were overwritten). */
  since(from = 0): SeriesRows {
    const start = Math.max(from, this.total - this.capacity, 0);
    const t: number[] = [];
    const rows: number[][] = [];
    for (let i = start; i < this.total; i++) {
      const base = (i % this.capacity) * this.width;
      t.push(this.data[base]);
      rows.push(Array.from(this.data.subarray(base + 1, base + this.width)));
    }
    return { columns: this.columns, t, rows };
  }
}
