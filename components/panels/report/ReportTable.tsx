/** One table of the final report: a row per client, service, link, queue or consumer. */
import type { Table } from './report-rows';

export function ReportTable({ table, name }: { table: Table; name: (id: string) => string }) {
  return (
    <section className="min-w-0" aria-labelledby={`report-${table.id}`} data-testid={`report-${table.id}`}>
      <h3 id={`report-${table.id}`} className="mb-1 flex items-baseline gap-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
        {table.title}
        {table.note && <span className="truncate text-xs font-normal text-slate-500 dark:text-slate-400">{table.note}</span>}
      </h3>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
        <table className="w-full text-xs tabular-nums">
          <thead className="bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-semibold">
                name
              </th>
              {table.head.map((h) => (
                <th key={h} scope="col" className="px-2 py-1 text-right font-semibold whitespace-nowrap">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 dark:border-slate-800" data-row={row.id}>
                <th scope="row" className="max-w-[16rem] px-2 py-1 text-left font-medium text-slate-900 dark:text-slate-100">
                  <span className="block truncate" title={row.id}>
                    {name(row.id)}
                  </span>
                </th>
                {row.cells.map((c, i) => (
                  <td key={table.head[i]} className={`px-2 py-1 font-mono text-slate-900 dark:text-slate-100 ${i === row.cells.length - 1 && table.id === 'links' ? 'text-left font-sans whitespace-nowrap' : 'text-right'}`}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
