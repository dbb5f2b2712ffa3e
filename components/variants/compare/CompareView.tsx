'use client';
/**
 * The compare view (loaded on demand): every variant's small canvas, one table of key numbers with
 * differences from A, and overlaid charts. All variants run under A's seed, so the same clients send
 * the same requests at the same moments. "Replications" reruns every variant under seeds s, s+1, …
 * in parallel workers and shows mean ± 95 % intervals, marking differences larger than the noise.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { runReplications, runWithSeries, type Replications, type SeriesResult, type VariantDoc } from '@/lib/variants/compare-run';
import { compareRows } from '@/lib/variants/compare-table';
import { compareKey, recordCompare } from '@/lib/variants/last-compare';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { persistedDoc, variantDocs } from '@/lib/variants/workspace';
import { CompareCharts } from './CompareCharts';
import { CompareTable } from './CompareTable';
import { ExportReview } from './ExportReview';
import { VariantCards } from './VariantCards';

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
const PRIMARY = 'rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:opacity-50';

type Job<T> = { state: 'idle' } | { state: 'running'; done: number; total: number; abort: AbortController } | { state: 'done'; value: T } | { state: 'failed'; error: string };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Each new set of variants (an undo from here, say) gets a fresh comparison: old numbers no longer hold. */
const ids = new WeakMap<object, number>();
let nextId = 0;

export default function CompareView() {
  const held = useDoc(useShallow((s) => ({ base: s.base, variants: s.variants, active: s.active, doc: s.doc })));
  const variants = useMemo(() => variantDocs(held), [held]);
  const workspace = useMemo(() => persistedDoc(held), [held]);
  if (!ids.has(variants)) ids.set(variants, ++nextId);
  return <Comparison key={ids.get(variants)} variants={variants} workspace={workspace} seed={held.base.seed ?? 1} />;
}

function Comparison({ variants, workspace, seed }: { variants: VariantDoc[]; workspace: ScenarioDoc; seed: number }) {
  const { ui } = usePlayground();
  const names = variants.map((v) => v.name);
  const [single, setSingle] = useState<Job<SeriesResult[]>>({ state: 'running', done: 0, total: variants.length, abort: new AbortController() });
  const [reps, setReps] = useState<Job<Replications>>({ state: 'idle' });
  const [count, setCount] = useState(10);
  const jobs = useRef<AbortController[]>([]);

  /** Sets state only from the run's callbacks, and never for a run that was cancelled. */
  const launchSingle = (abort: AbortController) => {
    jobs.current.push(abort);
    const live = () => !abort.signal.aborted;
    runWithSeries(variants, seed, { signal: abort.signal, onProgress: (done, total) => live() && setSingle({ state: 'running', done, total, abort }) }).then(
      (value) => live() && setSingle({ state: 'done', value }),
      (e: unknown) => live() && setSingle(isAbort(e) ? { state: 'idle' } : { state: 'failed', error: message(e) }),
    );
  };
  const runSingle = () => {
    const abort = new AbortController();
    setSingle({ state: 'running', done: 0, total: variants.length, abort });
    launchSingle(abort);
  };

  const runReps = () => {
    const abort = new AbortController();
    jobs.current.push(abort);
    const n = Math.max(2, Math.min(50, Math.round(count)));
    const live = () => !abort.signal.aborted;
    setReps({ state: 'running', done: 0, total: n * variants.length, abort });
    runReplications(variants, seed, n, { signal: abort.signal, onProgress: (done, total) => live() && setReps({ state: 'running', done, total, abort }) }).then(
      (value) => live() && setReps({ state: 'done', value }),
      (e: unknown) => setReps(isAbort(e) ? { state: 'idle' } : { state: 'failed', error: message(e) }),
    );
  };

  // Numbers on arrival; every run still going stops when the view closes.
  useEffect(() => {
    launchSingle(new AbortController());
    const all = jobs.current;
    return () => all.forEach((a) => a.abort());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const back = () => ui.getState().set({ view: 'edit' });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && back();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const singleOk = single.state === 'done' ? single.value : undefined;
  const rows = useMemo(() => {
    if (reps.state === 'done') return compareRows(reps.value.reports);
    if (singleOk) return compareRows(singleOk.map((r) => [r.ok ? r.report : undefined]));
    return undefined;
  }, [reps, singleOk]);
  const failures = [
    ...(singleOk ?? []).filter((r) => !r.ok).map((r) => `${r.name}: ${r.ok ? '' : r.error}`),
    ...(reps.state === 'done' ? reps.value.errors.flatMap((e, i) => (e ? [`${names[i]}: ${e}`] : [])) : []),
  ];
  // Kept after the view closes, for the design-review export.
  useEffect(() => {
    if (!rows) return;
    const replicated = reps.state === 'done';
    recordCompare({ names, rows, seeds: replicated ? reps.value.seeds : [seed], replicated, failures, key: compareKey(variants) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);
  const chartRuns = useMemo(() => (singleOk ?? []).flatMap((r, i) => (r.ok ? [{ name: r.name, doc: variants[i].doc, series: r.series }] : [])), [singleOk, variants]);

  return (
    <section className="absolute inset-0 z-30 overflow-y-auto bg-slate-50 p-4 dark:bg-[#0b1120]" aria-label="Compare variants" data-testid="compare-view" data-state={single.state} data-replications={reps.state}>
      <div className="mx-auto grid max-w-7xl gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={BUTTON} onClick={back} data-testid="compare-back">
            ← Back to the editor
          </button>
          <h2 className="text-lg font-semibold">Compare variants</h2>
          <span className="text-sm text-slate-600 dark:text-slate-300">
            {variants.length} variants · seed {seed} for all, so every variant gets the same traffic
          </span>
          <span className="flex-1" />
          <ExportReview variants={variants} workspace={workspace} ready={!!rows && reps.state !== 'running'} />
          <button type="button" className={BUTTON} onClick={runSingle} disabled={single.state === 'running'} data-testid="compare-run">
            {single.state === 'running' ? `Running… ${single.done}/${single.total}` : 'Run again'}
          </button>
          <label className="flex items-center gap-1.5 text-sm">
            Replications
            <input type="number" min={2} max={50} value={count} onChange={(e) => setCount(Number(e.target.value))} className="w-16 rounded-md border border-slate-300 px-1.5 py-0.5 text-right dark:border-slate-600 dark:bg-slate-950" />
          </label>
          {reps.state === 'running' ? (
            <>
              <progress max={reps.total} value={reps.done} className="w-32" aria-label="Replications done" />
              <span className="text-sm tabular-nums">
                {reps.done}/{reps.total}
              </span>
              <button type="button" className={BUTTON} onClick={() => reps.abort.abort()}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className={PRIMARY} onClick={runReps} data-testid="compare-replicate" title={`Runs every variant under seeds ${seed}, ${seed + 1}, … and shows mean ± 95 % confidence intervals`}>
              Run {Math.max(2, Math.min(50, Math.round(count) || 2))} seeds
            </button>
          )}
        </div>

        <VariantCards variants={variants} />

        <div className="rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">
            {reps.state === 'done'
              ? `Mean ± 95 % confidence interval over ${reps.value.seeds.length} seeds (${reps.value.seeds[0]}–${reps.value.seeds[reps.value.seeds.length - 1]}). Differences are paired by seed; ✱ marks one whose interval excludes 0, i.e. larger than the noise.`
              : `One run per variant, seed ${seed}. Run several seeds to tell a real difference from noise.`}
          </p>
          {single.state === 'failed' && <p className="text-sm text-red-800 dark:text-red-300">The comparison could not run: {single.error}</p>}
          {reps.state === 'failed' && <p className="text-sm text-red-800 dark:text-red-300">The replications could not run: {reps.error}</p>}
          {failures.map((f) => (
            <p key={f} className="text-sm text-red-800 dark:text-red-300">
              Variant {f}
            </p>
          ))}
          {rows ? <CompareTable names={names} rows={rows} replicated={reps.state === 'done'} /> : <p className="py-6 text-center text-sm text-slate-500">Running every variant…</p>}
        </div>

        {chartRuns.length > 0 && <CompareCharts runs={chartRuns} />}
      </div>
    </section>
  );
}
