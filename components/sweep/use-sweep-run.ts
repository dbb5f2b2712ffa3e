'use client';
/**
 * Runs a sweep in the batch pool: progress once per animation frame, cancel, and the finished
 * result (with its wall time) into the sweep store. Leaving the view cancels a sweep in progress.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultWorkers, runBatch } from '@/lib/batch/pool';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { simulationKey } from '@/lib/scenario-doc/simulation-key';
import { sweepStore } from '@/lib/sweep/sweep-store';
import { sweepJobs, sweepResult, type SweepSetup } from '@/lib/sweep/sweep';

export type SweepStatus = { state: 'idle' } | { state: 'running'; done: number; total: number; workers: number } | { state: 'cancelled' } | { state: 'failed'; error: string };

export function useSweepRun() {
  const [status, setStatus] = useState<SweepStatus>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(async (doc: ScenarioDoc, setup: SweepSetup, workersWanted?: number) => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    const jobs = sweepJobs(doc, setup);
    const workers = Math.max(1, Math.min(workersWanted ?? defaultWorkers(jobs.length), jobs.length));
    setStatus({ state: 'running', done: 0, total: jobs.length, workers });
    let frame = 0;
    let latest = 0;
    const t0 = performance.now();
    try {
      const results = await runBatch(jobs, {
        workers,
        signal: ac.signal,
        onProgress: (done) => {
          latest = done;
          if (frame) return;
          frame = requestAnimationFrame(() => {
            frame = 0;
            if (!ac.signal.aborted) setStatus({ state: 'running', done: latest, total: jobs.length, workers });
          });
        },
      });
      const wallMs = performance.now() - t0;
      // The engines' own time summed: over the wall time, how many ran at once in effect.
      const busyMs = results.reduce((a, r) => a + (r.ok ? (r.report.perf?.wallMs ?? 0) : 0), 0);
      sweepStore.getState().set({ result: sweepResult(doc, setup, results), lastRun: { wallMs, busyMs, workers, jobs: jobs.length, docKey: simulationKey(doc) } });
      setStatus({ state: 'idle' });
    } catch (e) {
      if (abort.current !== ac) return; // superseded by a newer sweep, which owns the status now
      if ((e as Error).name === 'AbortError') setStatus({ state: 'cancelled' });
      else setStatus({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    } finally {
      if (frame) cancelAnimationFrame(frame);
      if (abort.current === ac) abort.current = null;
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { status, start, cancel };
}
