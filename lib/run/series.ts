/**
 * Time-series buffers the run store accumulates from snapshots, and the small reads badges and
 * charts make of them. Column-major (`values[c][i]`) because uPlot wants exactly that.
 */
import type { Snapshot } from '@/simulations/index';

type SeriesRows = Snapshot['series'][string];

export interface SeriesBuffer {
  columns: readonly string[];
  /** End time (ms of simulated time) of each window. */
  t: number[];
  /** values[c][i] is column c at window i. */
  values: number[][];
}

/** Windows kept per series: an hour of simulated time at the default 1 s window. */
export const SERIES_CAP = 3600;

/**
 * Appends a snapshot's rows in place (copying thousands of rows per frame would cost more than
 * drawing them). Trims in batches, 10 % over the cap at a time, so trimming is not per row.
 */
export function appendRows(buf: SeriesBuffer, rows: SeriesRows, cap = SERIES_CAP): void {
  for (let i = 0; i < rows.rows.length; i++) {
    buf.t.push(rows.t[i]);
    const row = rows.rows[i];
    for (let c = 0; c < buf.values.length; c++) buf.values[c].push(row[c] ?? 0);
  }
  if (buf.t.length > cap * 1.1) {
    const drop = buf.t.length - cap;
    buf.t.splice(0, drop);
    for (const v of buf.values) v.splice(0, drop);
  }
}

export function emptyBuffer(columns: readonly string[]): SeriesBuffer {
  return { columns, t: [], values: columns.map(() => []) };
}

/** The column's value in the latest window, or undefined when there is no such series or column yet. */
export function lastValue(series: Record<string, SeriesBuffer>, key: string, column: string): number | undefined {
  const buf = series[key];
  if (!buf || buf.t.length === 0) return undefined;
  const c = buf.columns.indexOf(column);
  return c < 0 ? undefined : buf.values[c][buf.t.length - 1];
}

/** Width of the latest window in ms (the run's windowMs, read from the data itself). */
export function windowWidth(buf: SeriesBuffer | undefined, fallback = 1000): number {
  if (!buf || buf.t.length === 0) return fallback;
  const n = buf.t.length;
  return n >= 2 ? buf.t[n - 1] - buf.t[n - 2] : buf.t[0] || fallback;
}

/** A count column of the latest window as a rate per second of simulated time. */
export function lastRate(series: Record<string, SeriesBuffer>, key: string, column: string, fallbackWindowMs = 1000): number | undefined {
  const v = lastValue(series, key, column);
  return v === undefined ? undefined : (v * 1000) / windowWidth(series[key], fallbackWindowMs);
}
