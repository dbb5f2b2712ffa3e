/** The key numbers of every variant in one table, each variant's difference from A coloured better / worse. */
import { formatRelative, formatSigned as signed, formatValue as num, isNoise } from '@/lib/variants/cell-format';
import type { DeltaCell, Row } from '@/lib/variants/compare-table';
import { variantColor } from '../variant-colors';

const TONE = {
  better: 'text-emerald-800 dark:text-emerald-300',
  worse: 'text-red-800 dark:text-red-300',
  same: 'text-slate-500 dark:text-slate-400',
};

function Delta({ d, unit }: { d: DeltaCell; unit: string }) {
  const rel = formatRelative(d, unit);
  const noise = isNoise(d);
  return (
    <span className={`block text-xs ${noise ? TONE.same : TONE[d.verdict]}`} data-verdict={d.verdict} data-significant={d.significant === undefined ? undefined : String(d.significant)}>
      {signed(d.diff, unit)}
      {d.half !== undefined && ` ± ${num(d.half, unit)}`}
      {rel}
      {d.significant === true && <span title="The 95 % interval of the difference excludes 0: more than the seeds’ noise"> ✱</span>}
      {noise && <span title="The 95 % interval of the difference includes 0: within the seeds’ noise"> (noise)</span>}
    </span>
  );
}

export function CompareTable({ names, rows, replicated }: { names: string[]; rows: Row[]; replicated: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm tabular-nums" data-testid="compare-table">
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-600">
            <th className="py-1.5 pr-4 font-semibold">Metric</th>
            {names.map((n, i) => (
              <th key={n} className="px-3 py-1.5 text-right font-semibold" style={{ color: variantColor(i) }} data-variant={n}>
                {n}
                {i > 0 && <span className="font-normal text-slate-500 dark:text-slate-400"> (Δ vs A)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric.id} className="border-b border-slate-100 align-top dark:border-slate-800" data-metric={r.metric.id}>
              <th scope="row" className="py-1.5 pr-4 text-left font-normal" title={r.metric.help}>
                {r.metric.label}
                <span className="text-xs text-slate-500 dark:text-slate-400"> · {r.metric.better === 'lower' ? 'lower is better' : 'higher is better'}</span>
              </th>
              {r.cells.map((c, i) => (
                <td key={names[i]} className="px-3 py-1.5 text-right" data-variant={names[i]} data-value={c.value}>
                  {c.value === undefined ? '–' : num(c.value, r.metric.unit)}
                  {replicated && c.half !== undefined && <span className="text-xs text-slate-500 dark:text-slate-400"> ± {num(c.half, r.metric.unit)}</span>}
                  {r.deltas[i] && <Delta d={r.deltas[i]} unit={r.metric.unit} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
