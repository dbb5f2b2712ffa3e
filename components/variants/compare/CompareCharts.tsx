'use client';
/** Overlaid time series, one line per variant in its colour: latency p95 and throughput over simulated time. */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import type { SeriesBuffer } from '@/lib/run/series';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { sumColumns, weightedColumns, xAxis, type Column } from '@/components/panels/charts/chart-data';
import type { ChartSpec, Unit } from '@/components/panels/charts/chart-types';
import { useDark } from '@/components/panels/charts/use-dark';
import { optionsFor } from '@/components/panels/charts/uplot-options';
import { variantColor } from '../variant-colors';

export interface ChartRun {
  name: string;
  doc: ScenarioDoc;
  series: Record<string, SeriesBuffer>;
}

type Pick = (buffers: Record<string, SeriesBuffer>, clients: string[], n: number) => Column;

const p95: Pick = (b, clients, n) => weightedColumns(b, clients, ['p95'], 'ok', n)[0];
const throughput: Pick = (b, clients, n) => sumColumns(b, clients, 'ok', n, 'rate');

/** One variant's [x, y], then every variant joined on the union of their window times. */
function dataOf(runs: ChartRun[], pick: Pick): uPlot.AlignedData {
  const tables = runs.map((r): uPlot.AlignedData => {
    const clients = r.doc.nodes.filter((n) => n.kind === 'client').map((n) => n.id);
    const x = xAxis(r.series, clients);
    return [x, pick(r.series, clients, x.length)];
  });
  return uPlot.join(tables);
}

function Chart({ title, unit, runs, pick, testId }: { title: string; unit: Unit; runs: ChartRun[]; pick: Pick; testId: string }) {
  const host = useRef<HTMLDivElement>(null);
  const dark = useDark();
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const spec: ChartSpec = { id: testId, title, unit, keys: [], yMin: 0, build: () => [], series: runs.map((r, i) => ({ label: r.name, color: variantColor(i), width: 2 })) };
    const data = dataOf(runs, pick);
    const duration = Math.max(...runs.map((r) => (r.doc.run?.durationMs ?? 60_000) / 1000));
    const size = () => ({ width: Math.max(120, el.clientWidth), height: Math.max(80, el.clientHeight) });
    const u = new uPlot(optionsFor(spec, { dark, scale: 1 }, size(), () => duration, () => undefined), data, el);
    const ro = new ResizeObserver(() => u.setSize(size()));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [runs, pick, title, unit, dark, testId]);
  return (
    <figure className="flex min-w-0 flex-col rounded-md border border-slate-200 bg-white px-2 pt-1.5 pb-1 dark:border-slate-700 dark:bg-slate-900" data-testid={testId}>
      <figcaption className="flex items-baseline gap-3 text-sm">
        <span className="font-semibold">{title}</span>
        {runs.map((r, i) => (
          <span key={r.name} className="text-xs" style={{ color: variantColor(i) }}>
            ━ {r.name}
          </span>
        ))}
      </figcaption>
      <div ref={host} className="h-56 min-w-0" />
    </figure>
  );
}

export function CompareCharts({ runs }: { runs: ChartRun[] }) {
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <Chart title="Latency p95 over time (all clients)" unit="ms" runs={runs} pick={p95} testId="compare-chart-p95" />
      <Chart title="Throughput over time (successful requests/s)" unit="rate" runs={runs} pick={throughput} testId="compare-chart-throughput" />
    </div>
  );
}
