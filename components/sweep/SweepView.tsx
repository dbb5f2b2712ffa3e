'use client';
/**
 * The parameter sweep, filling the window instead of the editor: pick a parameter and a range, run
 * the points headless in parallel workers, chart any metric against the parameter, export it.
 * It sweeps the scenario on the canvas (the active variant) as it is now.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useDark } from '@/components/panels/charts/use-dark';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { METRICS, metricById } from '@/lib/batch/metrics';
import { defaultWorkers } from '@/lib/batch/pool';
import { sweepParameters } from '@/lib/sweep/parameters';
import { rangeProblem, rangeWarning, sweepValues, type RangeSpec } from '@/lib/sweep/range';
import { seedsFrom, type SweepSetup } from '@/lib/sweep/sweep';
import { sweepStore } from '@/lib/sweep/sweep-store';
import { simulationKey } from '@/lib/scenario-doc/simulation-key';
import { suggestedRange } from './SweepForm';
import { SweepChart } from './SweepChart';
import { SweepExports } from './SweepExports';
import { SweepForm } from './SweepForm';
import { SweepPoints } from './SweepPoints';
import { BUTTON, INPUT } from './styles';
import { useSweepRun } from './use-sweep-run';

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(/[,_\s]/g, '')));

export default function SweepView() {
  const { ui } = usePlayground();
  const doc = useDoc((s) => s.doc);
  const active = useDoc((s) => s.active);
  const dark = useDark();
  const { form, result, metric, lastRun } = useStore(sweepStore);
  const { status, start, cancel } = useSweepRun();
  const [exportError, setExportError] = useState<string>();

  const params = useMemo(() => sweepParameters(doc), [doc]);
  const param = params.find((p) => p.id === form.paramId);
  const stale = useMemo(() => !!lastRun && lastRun.docKey !== simulationKey(doc), [lastRun, doc]);

  // First visit: start from the first parameter (a client's rate, usually) and a range around its value.
  useEffect(() => {
    const first = params[0];
    if (sweepStore.getState().form.paramId === undefined && first) sweepStore.getState().set({ form: { ...sweepStore.getState().form, paramId: first.id, ...suggestedRange(first) } });
  }, [params]);
  const range: RangeSpec = { from: num(form.from), to: num(form.to), points: num(form.points), scale: form.scale, int: param?.int };
  const seeds = seedsFrom(Number.isInteger(num(form.seed)) ? num(form.seed) : 1, num(form.replications));
  const durationSec = num(form.durationSec);
  const problem = param ? (rangeProblem(range) ?? (form.durationSec.trim() && !(durationSec > 0) ? 'simulated time must be a number of seconds above 0' : undefined)) : undefined;
  const warning = param && !problem ? rangeWarning(range, param) : undefined;
  const values = param && !problem ? sweepValues(range) : [];
  const workersWanted = num(form.workers);
  const metricIds = result?.metricIds.length ? result.metricIds : METRICS.map((m) => m.id);
  const shownMetric = metricIds.includes(metric) ? metric : metricIds[0];

  const run = () => {
    if (!param || problem) return;
    const setup: SweepSetup = { param, values, seeds, scale: form.scale, durationMs: durationSec > 0 ? Math.round(durationSec * 1000) : undefined };
    void start(doc, setup, workersWanted >= 1 ? Math.floor(workersWanted) : undefined);
  };

  return (
    <section className="grid h-full min-h-0 grid-rows-[auto_minmax(0,1fr)]" aria-label="Parameter sweep" data-testid="sweep-view">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-3 py-1.5 dark:border-slate-800">
        <button type="button" className={BUTTON} data-testid="sweep-back" onClick={() => ui.getState().set({ view: 'edit' })}>
          ← Back to the editor
        </button>
        <h2 className="text-sm font-semibold">Parameter sweep</h2>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          of “{doc.name ?? 'scenario'}”{active !== 'A' ? `, variant ${active}` : ''}: each point is a full headless run; the canvas run is not touched.
        </span>
      </div>
      <div className="grid min-h-0 grid-cols-[20rem_minmax(0,1fr)]">
        <SweepForm
          params={params}
          param={param}
          problem={problem}
          warning={warning}
          pointCount={values.length}
          status={status}
          defaultDurationSec={(doc.run?.durationMs ?? 60_000) / 1000}
          defaultWorkers={defaultWorkers(values.length * seeds.length || 1)}
          onRun={run}
          onCancel={cancel}
        />
        <div className="flex min-h-0 min-w-0 flex-col gap-2 p-3">
          {result ? (
            <>
              <div className="flex flex-wrap items-center gap-3">
                <label className="flex items-center gap-2 text-sm">
                  Metric
                  <select className={`${INPUT} w-56`} data-testid="sweep-metric" value={shownMetric} onChange={(e) => sweepStore.getState().set({ metric: e.target.value as typeof metric })}>
                    {metricIds.map((id) => (
                      <option key={id} value={id}>
                        {metricById(id)!.label} ({metricById(id)!.unit})
                      </option>
                    ))}
                  </select>
                </label>
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  against {result.param.element} · {result.param.name}
                </span>
                <span className="ml-auto" />
                <SweepExports result={result} metric={shownMetric} dark={dark} onError={setExportError} />
              </div>
              {exportError && <p className="text-sm text-red-700 dark:text-red-300">{exportError}</p>}
              {stale && (
                <p className="text-sm text-amber-700 dark:text-amber-300" data-testid="sweep-stale">
                  The scenario has changed since this sweep ran: run it again for numbers of the scenario as it is now.
                </p>
              )}
              <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_16rem] gap-3">
                <SweepChart result={result} metric={shownMetric} dark={dark} />
                <div className="min-h-0 overflow-y-auto">
                  <SweepPoints result={result} metric={shownMetric} />
                </div>
              </div>
              {lastRun && (
                <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="sweep-timing" data-wall-ms={Math.round(lastRun.wallMs)} data-busy-ms={Math.round(lastRun.busyMs)} data-workers={lastRun.workers}>
                  {lastRun.jobs} runs in {(lastRun.wallMs / 1000).toFixed(1)} s of wall time on {lastRun.workers} worker{lastRun.workers === 1 ? '' : 's'}
                  {lastRun.workers > 1 && lastRun.wallMs > 0 ? ` (engines busy ${(lastRun.busyMs / 1000).toFixed(1)} s: ×${(lastRun.busyMs / lastRun.wallMs).toFixed(1)} at once)` : ''} · {result.seeds.length > 1 ? `seeds ${result.seeds[0]}–${result.seeds[result.seeds.length - 1]}` : `seed ${result.seeds[0]}`}
                </p>
              )}
            </>
          ) : (
            <div className="flex flex-1 items-center justify-center p-6 text-center text-sm text-slate-600 dark:text-slate-300" data-testid="sweep-empty">
              {status.state === 'running'
                ? 'Running the points… the chart appears when every point has run.'
                : 'Choose a parameter and a range, then run the sweep: every point runs the whole scenario headless, in parallel, and the chart shows any metric against the parameter — where latency turns into a knee, where errors start.'}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
