'use client';
/** The Report tab's download buttons: the report as Markdown and the run's time series as CSV. */
import { useFileActions } from './use-file-actions';

const BUTTON =
  'h-[1.9rem] rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

export function ReportDownloads() {
  const actions = useFileActions();
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => void actions.downloadReport()} data-testid="report-download-md" title="Key numbers and a table per client, link, service and queue, for a design-review document">
        Download Markdown
      </button>
      <button type="button" className={BUTTON} onClick={() => void actions.downloadSeries()} data-testid="report-download-csv" title="The run's time series, one row per window per node and link">
        Download CSV
      </button>
    </>
  );
}
