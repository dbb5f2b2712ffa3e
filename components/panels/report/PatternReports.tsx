/** The final report's pattern nodes: one card per node with its kind, its named values and its timings. */
import { useMemo } from 'react';
import type { Report } from '@/simulations/index';
import { SUMMARY_HEAD, patternBlocks, type PatternBlock } from './pattern-rows';

const TH = 'px-2 py-1 font-semibold';
const CELL = 'px-2 py-1 font-mono text-right text-slate-900 dark:text-slate-100';

export function PatternReports({ report, name }: { report: Report; name: (id: string) => string }) {
  const blocks = useMemo(() => patternBlocks(report), [report]);
  if (blocks.length === 0) return null;
  return (
    <section aria-labelledby="report-patterns" data-testid="report-patterns">
      <h3 id="report-patterns" className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">
        Patterns <span className="text-xs font-normal text-slate-500 dark:text-slate-400">each node&apos;s own numbers; times in ms</span>
      </h3>
      <div className="grid gap-3 [grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))]">
        {blocks.map((b) => (
          <PatternCard key={b.id} block={b} name={name} />
        ))}
      </div>
    </section>
  );
}

function PatternCard({ block, name }: { block: PatternBlock; name: (id: string) => string }) {
  const head = `pattern-${block.id}`;
  const about = (id?: string) => (id ? <span className="text-slate-500 dark:text-slate-400"> · {name(id)}</span> : null);
  return (
    <article aria-labelledby={head} data-testid={`report-pattern-${block.id}`} className="min-w-0 rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <h4 id={head} className="flex items-baseline gap-2 border-b border-slate-200 px-2 py-1 text-sm dark:border-slate-700">
        <span className="truncate font-semibold text-slate-900 dark:text-slate-100" title={block.id}>
          {name(block.id)}
        </span>
        <span className="ml-auto shrink-0 text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">{block.kindTitle}</span>
      </h4>
      <table className="w-full text-xs tabular-nums">
        <tbody>
          {block.values.map((v) => (
            <tr key={v.key} className="border-t border-slate-100 first:border-t-0 dark:border-slate-800" data-value={v.key}>
              <th scope="row" className="px-2 py-0.5 text-left font-normal text-slate-700 dark:text-slate-300" title={v.key}>
                {v.label}
                {about(v.about)}
              </th>
              <td className={`${CELL} py-0.5`}>{v.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {block.summaries.length > 0 && (
        <div className="overflow-x-auto border-t border-slate-200 dark:border-slate-700">
          <table className="w-full text-xs tabular-nums">
            <thead className="bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
              <tr>
                <th scope="col" className={`${TH} text-left`}>
                  timing
                </th>
                {SUMMARY_HEAD.map((h) => (
                  <th key={h} scope="col" className={`${TH} text-right`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.summaries.map((s) => (
                <tr key={s.key} className="border-t border-slate-100 dark:border-slate-800" data-summary={s.key}>
                  <th scope="row" className="px-2 py-1 text-left font-normal text-slate-700 dark:text-slate-300" title={s.key}>
                    {s.label}
                    {about(s.about)}
                  </th>
                  {s.cells.map((c, i) => (
                    <td key={SUMMARY_HEAD[i]} className={CELL}>
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
