/// <reference lib="webworker" />
/**
 * A headless engine for batch runs (variant comparisons, parameter sweeps): one job at a time, to
 * the end, no snapshots. Several of these run in parallel, one per core (see pool.ts).
 */
import { expose } from 'comlink';
import { withPerf } from '@/simulations/index';
import { runJob, type BatchJob, type BatchResult } from './run-job';

export const batchApi = {
  run(job: BatchJob): BatchResult {
    const t0 = performance.now();
    const res = runJob(job);
    return res.ok ? { ok: true, report: withPerf(res.report, performance.now() - t0) } : res;
  },
};

export type BatchApi = typeof batchApi;

expose(batchApi);
