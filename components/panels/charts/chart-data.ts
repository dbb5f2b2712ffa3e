/**
 * Shapes the run store's column buffers into uPlot's aligned data ([x, ...ys]) for the charts.
 * Pure and allocation-light: called at most once per frame per chart.
 */
import type { SeriesBuffer } from '@/lib/run/series';

export type Column = (number | null)[];
export type Aligned = [number[], ...Column[]];
type Buffers = Record<string, SeriesBuffer>;

/** Windows every buffer of `keys` has (they are appended together, so normally all of them). */
function common(buffers: Buffers, keys: readonly string[]): number {
  let n = Infinity;
  for (const k of keys) n = Math.min(n, buffers[k]?.t.length ?? 0);
  return Number.isFinite(n) ? n : 0;
}

function col(buf: SeriesBuffer, name: string): number[] | undefined {
  const c = buf.columns.indexOf(name);
  return c < 0 ? undefined : buf.values[c];
}

/** The x axis: window end times in seconds, taken from the first key's buffer (last n windows). */
export function xAxis(buffers: Buffers, keys: readonly string[]): number[] {
  const n = common(buffers, keys);
  const t = keys.length ? buffers[keys[0]]?.t : undefined;
  if (!t || n === 0) return [];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = t[t.length - n + i] / 1000;
  return out;
}

export interface Pick {
  key: string;
  column: string;
  /** 'rate' turns a count per window into a count per second; 'percent' scales 0..1 to 0..100. */
  as?: 'value' | 'rate' | 'percent';
  /** Where this column is zero, the value is a gap (a percentile of an empty window means nothing). */
  gapWhenZero?: { key?: string; column: string };
}

/** One column per pick, aligned to the last n windows; null where the column or window is missing. */
export function pickColumns(buffers: Buffers, picks: readonly Pick[], n: number): Column[] {
  return picks.map((p) => {
    const out: Column = new Array(n).fill(null);
    const buf = buffers[p.key];
    const v = buf && col(buf, p.column);
    if (!buf || !v) return out;
    const gapBuf = p.gapWhenZero ? buffers[p.gapWhenZero.key ?? p.key] : undefined;
    const gap = gapBuf && p.gapWhenZero ? col(gapBuf, p.gapWhenZero.column) : undefined;
    const off = v.length - n;
    const goff = gap ? gap.length - n : 0;
    for (let i = 0; i < n; i++) {
      if (off + i < 0) continue;
      if (gap && !(gap[goff + i] > 0)) continue;
      out[i] = scale(v[off + i], p.as, buf.t, off + i);
    }
    return out;
  });
}

function scale(v: number, as: Pick['as'], t: number[], i: number): number {
  if (as === 'percent') return v * 100;
  if (as === 'rate') {
    const w = i > 0 ? t[i] - t[i - 1] : t[i];
    return w > 0 ? (v * 1000) / w : 0;
  }
  return v;
}

/** Sum of one column over several keys, per window (as a rate if asked). */
export function sumColumns(buffers: Buffers, keys: readonly string[], column: string, n: number, as: Pick['as'] = 'value'): Column {
  const out = new Array<number>(n).fill(0);
  let any = false;
  for (const k of keys) {
    const [c] = pickColumns(buffers, [{ key: k, column, as }], n);
    for (let i = 0; i < n; i++) {
      if (c[i] === null) continue;
      any = true;
      out[i] += c[i]!;
    }
  }
  return any ? out : new Array<number | null>(n).fill(null);
}

/** Maximum of one column over several keys, per window. */
export function maxColumns(buffers: Buffers, keys: readonly string[], column: string, n: number): Column {
  const out: Column = new Array(n).fill(null);
  for (const k of keys) {
    const [c] = pickColumns(buffers, [{ key: k, column }], n);
    for (let i = 0; i < n; i++) if (c[i] !== null && (out[i] === null || c[i]! > out[i]!)) out[i] = c[i];
  }
  return out;
}

/**
 * Latency percentiles over several clients, each window's value weighted by that client's
 * successful requests in it. Exact for one client; for several an approximation (percentiles do
 * not add), labelled as such in the chart.
 */
export function weightedColumns(buffers: Buffers, keys: readonly string[], columns: readonly string[], weight: string, n: number): Column[] {
  return columns.map((name) => {
    const num = new Array<number>(n).fill(0);
    const den = new Array<number>(n).fill(0);
    for (const k of keys) {
      const [v, w] = pickColumns(buffers, [{ key: k, column: name }, { key: k, column: weight }], n);
      for (let i = 0; i < n; i++) {
        if (v[i] === null || !(w[i]! > 0)) continue;
        num[i] += v[i]! * w[i]!;
        den[i] += w[i]!;
      }
    }
    return num.map((x, i) => (den[i] > 0 ? x / den[i] : null));
  });
}
