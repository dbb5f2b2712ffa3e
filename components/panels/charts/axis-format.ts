/** Axis and cursor labels per unit, short enough for a small chart. */
import { formatMs } from '@/components/run/format';
import type { Unit } from './chart-types';

export function formatValue(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  switch (unit) {
    case 'ms':
      return formatMs(v);
    case 'rate':
      return `${v >= 100 ? Math.round(v) : Number(v.toFixed(1))}/s`;
    case 'percent':
      return `${v >= 10 ? Math.round(v) : Number(v.toFixed(1))}%`;
    case 'seconds':
      return `${Number(v.toFixed(1))} s`;
    default:
      return v >= 10_000 ? `${Math.round(v / 1000)}k` : `${Number(v.toFixed(v >= 100 ? 0 : 1))}`;
  }
}

/** Simulated time on the x axis: 45s, 1:30, 1:02:00. */
export function formatTick(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
