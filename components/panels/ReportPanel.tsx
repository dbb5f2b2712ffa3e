'use client';
/**
 * The final report of a finished run: the same numbers as `npm run sim` for the same scenario and
 * seed, as tables, as the CLI's text, and as JSON to copy into a design review.
 */
import { useMemo, useState } from 'react';
import { formatReport } from '@/simulations/cli/format';
import type { Report } from '@/simulations/index';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { ReportDownloads } from '@/components/files/ReportDownloads';
import { useDoc, useRun } from '@/components/playground/PlaygroundProvider';
import { PatternReports } from './report/PatternReports';
import { ReportTable } from './report/ReportTable';
import { reportTables } from './report/report-rows';

const BUTTON =
  'h-[1.9rem] rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
const PRE = 'mt-1 max-h-64 overflow-auto rounded-md bg-slate-100 p-2 font-mono text-xs leading-relaxed text-slate-900 dark:bg-slate-900 dark:text-slate-100';

export function ReportPanel() {
  const report = useRun((s) => s.report);
  const status = useRun((s) => s.status);
  if (!report) {
    return (
      <p className="m-auto max-w-xl pt-6 text-center text-sm text-slate-600 dark:text-slate-300" data-testid="report-pending">
        {status === 'invalid'
          ? 'The scenario is not valid, so it cannot run: the status in the top bar says what is wrong.'
          : 'The report appears when the run finishes — press play, or choose the speed “Fastest” to get there as fast as possible.'}
      </p>
    );
  }
  return <FinalReport report={report} />;
}

function FinalReport({ report }: { report: Report }) {
  const doc = useDoc((s) => s.doc);
  const name = useMemo(() => namer(doc), [doc]);
  const tables = useMemo(() => reportTables(report), [report]);
  const json = useMemo(() => JSON.stringify(report), [report]);
  const [copied, setCopied] = useState<'json' | 'text' | 'refused'>();
  // The clipboard may be refused (no permission, insecure context): say so instead of failing quietly.
  const copy = (what: 'json' | 'text') =>
    void navigator.clipboard?.writeText(what === 'json' ? JSON.stringify(report, null, 2) : formatReport(report)).then(
      () => setCopied(what),
      () => setCopied('refused'),
    );

  return (
    <div className="flex h-full min-h-0 flex-col gap-2" data-testid="report">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold text-slate-900 dark:text-slate-100">{report.scenario}</span>
        <span className="text-slate-600 dark:text-slate-300" data-testid="report-summary">
          seed {report.seed} · {(report.simulatedMs / 1000).toFixed(1)} s simulated
          {report.warmupMs > 0 ? ` (${(report.warmupMs / 1000).toFixed(1)} s warm-up excluded)` : ''} · {report.events.toLocaleString('en-US')} events
        </span>
        <span className="ml-auto flex items-center gap-1.5">
          <span className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
            {copied === 'refused' ? 'The browser refused the clipboard' : copied ? 'Copied' : ''}
          </span>
          <button type="button" className={BUTTON} onClick={() => copy('json')} title="The report as JSON, as npm run sim -- --json prints it">
            Copy JSON
          </button>
          <button type="button" className={BUTTON} onClick={() => copy('text')} title="The tables as plain text, as npm run sim prints them">
            Copy text
          </button>
          <ReportDownloads />
        </span>
      </div>
      <div className="grid min-h-0 flex-1 content-start gap-3 overflow-y-auto pr-1">
        {tables.map((t) => (
          <ReportTable key={t.id} table={t} name={name} />
        ))}
        <PatternReports report={report} name={name} />
        <details>
          <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-300">As text (what npm run sim prints)</summary>
          <pre data-testid="report-text" className={PRE}>
            {formatReport(report)}
          </pre>
        </details>
        <details>
          <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-300">As JSON (npm run sim -- --json)</summary>
          <pre data-testid="report-json" className={`${PRE} break-all whitespace-pre-wrap`}>
            {json}
          </pre>
        </details>
      </div>
    </div>
  );
}

/** Report keys are ids: show the labels people gave them (a link by its ends), with the id as the tooltip. */
function namer(doc: ScenarioDoc): (id: string) => string {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  const label = (id: string) => labels.get(id) ?? id;
  const links = new Map((doc.links ?? []).map((l) => [l.id, `${label(l.from)} → ${label(l.to)}`]));
  return (id) => links.get(id) ?? labels.get(id) ?? id.split(':').map(label).join(' · ');
}
