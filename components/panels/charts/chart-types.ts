/** What a chart shows, independent of how uPlot draws it. */
import type { SeriesBuffer } from '@/lib/run/series';
import type { Column } from './chart-data';

export type Unit = 'ms' | 'rate' | 'percent' | 'count' | 'seconds';

export interface SeriesSpec {
  label: string;
  color: string;
  /** Dash pattern: lines differ by more than colour. */
  dash?: number[];
  width?: number;
  fill?: boolean;
  /** Right-hand axis (a second unit in the same chart). */
  right?: boolean;
}

export interface ChartSpec {
  /** Changes when the chart's shape does (series list): uPlot is then rebuilt, not just fed. */
  id: string;
  title: string;
  /** A short qualifier under the title, e.g. how values were combined. */
  note?: string;
  unit: Unit;
  rightUnit?: Unit;
  series: SeriesSpec[];
  /** Buffers whose windows form the x axis. */
  keys: string[];
  build(buffers: Record<string, SeriesBuffer>, n: number): Column[];
  /** Shown instead of a plot when the scenario has nothing this chart could show. */
  empty?: string;
  /** A breaker-state band: one lane per series, coloured by state, instead of lines. */
  band?: boolean;
  yMin?: number;
}

/** Okabe–Ito colours and dash patterns for series that are not outcomes. */
export const LINE_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7a6a00', '#999999'];
export const LINE_DASHES: (number[] | undefined)[] = [undefined, [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3], [10, 4], [3, 6]];

export function lineStyle(i: number): Pick<SeriesSpec, 'color' | 'dash'> {
  return { color: LINE_COLORS[i % LINE_COLORS.length], dash: LINE_DASHES[i % LINE_DASHES.length] };
}
