/** uPlot options for a chart spec: axes, scales and series styled for the theme and text size. */
import uPlot from 'uplot';
import { drawBreakerBands } from './breaker-band';
import { formatTick, formatValue } from './axis-format';
import type { ChartSpec } from './chart-types';

/** Tick steps for counts: whole numbers only (half a message is not a thing). */
const WHOLE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6];

export interface Look {
  dark: boolean;
  /** 1, or 1.25 in large-text mode. */
  scale: number;
}

/** Simulated duration in seconds, so the x axis shows the whole run filling up. */
export type Duration = () => number;

export function optionsFor(spec: ChartSpec, look: Look, size: { width: number; height: number }, duration: Duration, onCursor: (u: uPlot) => void): uPlot.Options {
  const text = look.dark ? '#cbd5e1' : '#334155';
  const grid = look.dark ? '#1e293b' : '#e2e8f0';
  const fontPx = Math.round(11 * look.scale);
  const font = `${fontPx}px ui-sans-serif, system-ui, sans-serif`;
  const axis = (extra: Partial<uPlot.Axis>): uPlot.Axis => ({ stroke: text, font, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1, size: 4 }, ...extra });
  const yRange = (min: number, max: number): uPlot.Range.MinMax => {
    if (spec.unit === 'percent') return [0, Math.max(100, max)];
    const lo = spec.yMin ?? min;
    return [lo, max > lo ? max * 1.1 : lo + 1];
  };
  const series: uPlot.Series[] = [
    {},
    ...spec.series.map<uPlot.Series>((s) => ({
      label: s.label,
      stroke: spec.band ? 'transparent' : s.color,
      width: spec.band ? 0 : (s.width ?? 1.5) * look.scale,
      dash: s.dash,
      fill: s.fill && !spec.band ? `${s.color}22` : undefined,
      scale: s.right ? 'y2' : 'y',
      points: { show: false },
      spanGaps: false,
    })),
  ];
  const axes: uPlot.Axis[] = [
    axis({ values: (_u, splits) => splits.map(formatTick), size: Math.round(28 * look.scale) }),
    spec.band
      ? { show: false }
      : axis({ scale: 'y', values: (_u, splits) => splits.map((v) => formatValue(v, spec.unit)), size: Math.round(58 * look.scale), ...(spec.unit === 'count' ? { incrs: WHOLE } : {}) }),
  ];
  if (spec.rightUnit) axes.push(axis({ scale: 'y2', side: 1, grid: { show: false }, values: (_u, splits) => splits.map((v) => formatValue(v, spec.rightUnit!)), size: Math.round(58 * look.scale) }));
  return {
    ...size,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: !spec.band } },
    scales: {
      x: { time: false, range: (_u, _min, max) => [0, Math.max(duration(), max || 1)] },
      y: spec.band ? { range: () => [0, 1] } : { range: (_u, min, max) => yRange(min, max) },
      y2: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    axes,
    series,
    hooks: {
      setCursor: [onCursor],
      draw: spec.band ? [(u) => drawBreakerBands(u, spec.series.map((s) => s.label), text, fontPx)] : [],
    },
  };
}

export { uPlot };
