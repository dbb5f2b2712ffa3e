'use client';
/**
 * The sweep chart: one metric against the parameter (uPlot), the mean line with its points, the
 * 95 % band when several seeds ran, failed points as red crosses on the axis. Switching the metric
 * only rebuilds the chart from the kept result; hover shows the point's numbers above the plot.
 */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { metricById, type MetricId } from '@/lib/batch/metrics';
import type { SweepResult } from '@/lib/sweep/sweep';
import { logTicks, niceTicks, shortNumber } from '@/lib/sweep/sweep-svg';

const label = (v: number | null) => (v === null || v === undefined ? '' : shortNumber(v));
const withUnit = (v: number, unit: string) => `${shortNumber(v)}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;

export function hoverText(r: SweepResult, metricId: MetricId, i: number): string {
  const p = r.points[i];
  if (!p) return '';
  const m = metricById(metricId);
  const x = `${r.param.name} ${withUnit(p.value, r.param.unit)}`;
  if (p.error) return `${x}: failed — ${p.error}`;
  const s = p.metrics[metricId];
  if (!s || !m) return `${x}: no value`;
  const band = s.n > 1 ? ` (95 %: ${shortNumber(s.lo)}–${shortNumber(s.hi)}, ${s.n} seeds)` : '';
  return `${x}: ${m.label} ${withUnit(s.mean, m.unit)}${band}`;
}

export function SweepChart({ result, metric, dark }: { result: SweepResult; metric: MetricId; dark: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const hover = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const m = metricById(metric);
    const text = dark ? '#cbd5e1' : '#334155';
    const grid = dark ? '#1e293b' : '#e2e8f0';
    const line = dark ? '#56B4E9' : '#0072B2';
    const bad = dark ? '#F87171' : '#D55E00';
    const font = '11px ui-sans-serif, system-ui, sans-serif';
    const bands = result.seeds.length > 1;
    const stat = (i: number) => result.points[i].metrics[metric];
    const xs = result.points.map((p) => p.value);
    const data: uPlot.AlignedData = [xs, xs.map((_, i) => stat(i)?.mean ?? null), ...(bands ? [xs.map((_, i) => stat(i)?.lo ?? null), xs.map((_, i) => stat(i)?.hi ?? null)] : [])];
    const axis = (extra: Partial<uPlot.Axis>): uPlot.Axis => ({ stroke: text, font, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1, size: 4 }, ...extra });
    const logX = result.scale === 'log' && xs.every((x) => x > 0);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const size = () => ({ width: Math.max(120, el.clientWidth), height: Math.max(120, el.clientHeight) });
    const opts: uPlot.Options = {
      ...size(),
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 9 } },
      scales: {
        x: { time: false, distr: logX ? 3 : 1, log: 10, range: (): uPlot.Range.MinMax => [x0, x1 > x0 ? x1 : x0 + 1] },
        y: {
          range: (_u, min, max) => {
            if (m?.unit === '%') return [0, Math.max(100, max)];
            const lo = Math.min(0, min ?? 0);
            return [lo, max > lo ? max * 1.08 : lo + 1];
          },
        },
      },
      axes: [
        // Our own x ticks: round numbers on a log axis, whole numbers for a whole-number parameter.
        // (uPlot's log axis would also blank out ticks it finds crowded: `filter` keeps ours.)
        axis({ splits: () => (x1 <= x0 ? [x0] : logX ? logTicks(x0, x1) : niceTicks(x0, x1, 6, result.param.int)), filter: (_u, splits) => splits, values: (_u, splits) => splits.map(label), size: 30 }),
        axis({ values: (_u, splits) => splits.map(label), size: 56 }),
      ],
      series: [
        { label: result.param.name },
        { label: m?.label ?? metric, stroke: line, width: 2, points: { show: true, size: 7, fill: line }, spanGaps: false },
        ...(bands ? [{ label: 'low', stroke: 'transparent', points: { show: false } }, { label: 'high', stroke: 'transparent', points: { show: false } }] : []),
      ],
      bands: bands ? [{ series: [3, 2], fill: `${line}2e` }] : [],
      hooks: {
        setCursor: [
          (u) => {
            if (hover.current) hover.current.textContent = u.cursor.idx == null ? '' : hoverText(result, metric, u.cursor.idx);
          },
        ],
        draw: [
          (u) => {
            // Failed points: a cross on the x axis, so a gap in the line is never mistaken for missing data.
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = bad;
            ctx.lineWidth = 2 * devicePixelRatio;
            const y = u.bbox.top + u.bbox.height - 6 * devicePixelRatio;
            const d = 5 * devicePixelRatio;
            result.points.forEach((p, i) => {
              if (!p.error) return;
              const x = u.valToPos(xs[i], 'x', true);
              ctx.beginPath();
              ctx.moveTo(x - d, y - d);
              ctx.lineTo(x + d, y + d);
              ctx.moveTo(x + d, y - d);
              ctx.lineTo(x - d, y + d);
              ctx.stroke();
            });
            ctx.restore();
          },
        ],
      },
    };
    const u = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => u.setSize(size()));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [result, metric, dark]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p ref={hover} className="h-5 truncate font-mono text-xs text-slate-700 tabular-nums dark:text-slate-200" data-testid="sweep-hover" aria-live="off" />
      <div ref={host} className="min-h-0 flex-1 overflow-hidden [contain:strict]" data-testid="sweep-chart" />
    </div>
  );
}
