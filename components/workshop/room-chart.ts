/**
 * The presenter's one chart, as numbers: requests per second by outcome over the last windows of
 * every client together, stacked, plus the latest success rate and p95. Pure (tested), drawn by RoomChart.
 */
import type { SeriesBuffer } from '@/lib/run/series';

export const ROOM_LAYERS = [
  { key: 'ok', label: 'ok', color: '#009E73', columns: ['ok'] },
  { key: 'timeout', label: 'timed out', color: '#E69F00', columns: ['timeout'] },
  { key: 'error', label: 'error', color: '#D55E00', columns: ['error'] },
  { key: 'shortCircuited', label: 'short-circuited', color: '#CC79A7', columns: ['shortCircuited'] },
  { key: 'refused', label: 'rejected / rate-limited', color: '#999999', columns: ['rejected', 'rateLimited'] },
] as const;

export interface RoomData {
  /** Window end times (ms). */
  t: number[];
  /** Per layer, per window: answers per second (not stacked). */
  layers: number[][];
  /** Latest window: share of answers that were ok (undefined before any answer), and the worst client's p95 (ms). */
  success?: number;
  p95?: number;
}

/** Sums the clients' windows (aligned by time: every client's series closes the same windows). */
export function roomData(clients: readonly SeriesBuffer[], windowMs: number, lastN = 120): RoomData {
  const base = clients.find((c) => c.t.length > 0);
  if (!base) return { t: [], layers: ROOM_LAYERS.map(() => []) };
  const from = Math.max(0, base.t.length - lastN);
  const t = base.t.slice(from);
  const perSec = 1000 / windowMs;
  const layers = ROOM_LAYERS.map((layer) =>
    t.map((_, k) => {
      let sum = 0;
      for (const c of clients) for (const col of layer.columns) sum += c.values[c.columns.indexOf(col)]?.[from + k] ?? 0;
      return sum * perSec;
    }),
  );
  const last = t.length - 1;
  const answered = layers.reduce((a, l) => a + (l[last] ?? 0), 0);
  const p95s = clients.map((c) => c.values[c.columns.indexOf('p95')]?.[c.t.length - 1] ?? 0).filter((x) => x > 0);
  return {
    t,
    layers,
    ...(answered > 0 ? { success: layers[0][last] / answered } : {}),
    ...(p95s.length > 0 ? { p95: Math.max(...p95s) } : {}),
  };
}

/** A round axis top at or above `max`: 1, 2 or 5 × a power of ten. */
export function niceCeil(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}
