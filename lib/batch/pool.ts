/**
 * Runs many scenarios headless in parallel Web Workers (one engine each) and hands back their
 * reports in job order. Browser only (the default spawner starts real workers); the scheduling is
 * tested in Node with a fake spawner.
 *
 * @example
 * const ac = new AbortController();
 * const results = await runBatch(jobs, { onProgress: (done, total) => setBar(done / total), signal: ac.signal });
 * // results[i] belongs to jobs[i]: { ok: true, report } or { ok: false, error }
 */
import { wrap } from 'comlink';
import type { BatchApi } from './batch.worker';
import type { BatchJob, BatchResult } from './run-job';

export type { BatchJob, BatchResult } from './run-job';

/** One engine: what the pool needs of a worker. */
export interface BatchEngine {
  run(job: BatchJob): Promise<BatchResult>;
  terminate(): void;
}

export interface BatchOptions {
  /** Parallel workers; default min(cores - 1, jobs, 4), at least 1. */
  workers?: number;
  /** Called after each finished job (in finishing order, not job order). */
  onProgress?(done: number, total: number): void;
  /** Aborting terminates every worker at once and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Starts one engine; tests pass a fake. */
  spawn?: () => BatchEngine;
}

export function defaultWorkers(jobs: number, cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2): number {
  return Math.max(1, Math.min(cores - 1, jobs, 4));
}

function spawnWorker(): BatchEngine {
  // The URL must be written literally here for the bundler to find and compile the worker.
  const worker = new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module', name: 'interplay-batch' });
  const api = wrap<BatchApi>(worker);
  // A worker that dies (out of memory, a load failure) never answers: fail its job instead of hanging.
  const died = new Promise<never>((_, reject) => worker.addEventListener('error', (e) => reject(new Error(e.message || 'the batch worker stopped'))));
  died.catch(() => undefined);
  return { run: (job) => Promise.race([api.run(job), died]), terminate: () => worker.terminate() };
}

const abortError = () => new DOMException('The batch run was cancelled', 'AbortError');

export function runBatch(jobs: BatchJob[], opts: BatchOptions = {}): Promise<BatchResult[]> {
  const { signal, onProgress, spawn = spawnWorker } = opts;
  if (signal?.aborted) return Promise.reject(abortError());
  if (jobs.length === 0) return Promise.resolve([]);
  const n = Math.max(1, Math.min(opts.workers ?? defaultWorkers(jobs.length), jobs.length));
  const results = new Array<BatchResult>(jobs.length);
  const engines: BatchEngine[] = [];
  let next = 0;
  let done = 0;
  let stopped = false;

  return new Promise<BatchResult[]>((resolve, reject) => {
    const stop = () => {
      if (stopped) return;
      stopped = true;
      signal?.removeEventListener('abort', onAbort);
      for (const e of engines) e.terminate();
    };
    const onAbort = () => {
      stop();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const loop = async (slot: number): Promise<void> => {
      while (!stopped && next < jobs.length) {
        const i = next++;
        let res: BatchResult;
        try {
          res = await engines[slot].run(jobs[i]);
        } catch (e) {
          if (stopped) return;
          res = { ok: false, error: e instanceof Error ? e.message : String(e) };
          // The engine may be dead: replace it before the next job.
          engines[slot].terminate();
          try {
            engines[slot] = spawn();
          } catch (e2) {
            stop();
            reject(e2 instanceof Error ? e2 : new Error(String(e2)));
            return;
          }
        }
        if (stopped) return;
        results[i] = res;
        done++;
        onProgress?.(done, jobs.length);
        if (done === jobs.length) {
          stop();
          resolve(results);
        }
      }
    };

    try {
      for (let s = 0; s < n; s++) engines.push(spawn());
    } catch (e) {
      stop();
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    for (let s = 0; s < n; s++) void loop(s);
  });
}
