'use client';
/** The sweep's points as a small table: the value, the chosen metric (± band) or why the point failed. */
import { metricById, type MetricId } from '@/lib/batch/metrics';
import type { SweepResult } from '@/lib/sweep/sweep';
import { shortNumber } from '@/lib/sweep/sweep-svg';

export function SweepPoints({ result, metric }: { result: SweepResult; metric: MetricId }) {
  const m = metricById(metric);
  return (
    <table className="w-full text-left text-xs tabular-nums" data-testid="sweep-points-table">
      <thead className="text-slate-500 dark:text-slate-400">
        <tr>
          <th className="py-0.5 pr-3 font-medium">
            {result.param.name}
            {result.param.unit ? ` (${result.param.unit})` : ''}
          </th>
          <th className="py-0.5 font-medium">
            {m?.label ?? metric}
            {m?.unit ? ` (${m.unit})` : ''}
          </th>
        </tr>
      </thead>
      <tbody className="text-slate-800 dark:text-slate-100">
        {result.points.map((p, i) => {
          const s = p.metrics[metric];
          return (
            <tr key={i} data-testid="sweep-point" data-error={p.error ? 'true' : undefined}>
              <td className="py-0.5 pr-3 font-mono">{shortNumber(p.value)}</td>
              <td className="py-0.5 font-mono">
                {p.error ? (
                  <span className="font-sans text-red-700 dark:text-red-300" title={p.error}>
                    failed: {p.error}
                  </span>
                ) : s ? (
                  `${shortNumber(s.mean)}${s.n > 1 ? ` (${shortNumber(s.lo)}–${shortNumber(s.hi)})` : ''}`
                ) : (
                  '–'
                )}
                {p.failedSeeds > 0 && <span className="font-sans text-amber-700 dark:text-amber-300"> · {p.failedSeeds} seed(s) failed</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
