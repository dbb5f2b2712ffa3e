import { describe, expect, it } from 'vitest';
import mm1 from '@/simulations/examples/mm1.json';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { defaultWorkers, runBatch, type BatchEngine, type BatchJob, type BatchResult } from './pool';
import { runJob } from './run-job';

/** Fake engines that run the real job after `delay(job)` turns of the event loop; they log what the pool does to them. */
function fakes(delay: (job: BatchJob) => number = () => 0) {
  const log = { spawned: 0, terminated: 0, running: 0, maxRunning: 0 };
  const spawn = (): BatchEngine => {
    log.spawned++;
    let dead = false;
    return {
      async run(job) {
        log.running++;
        log.maxRunning = Math.max(log.maxRunning, log.running);
        for (let i = 0; i < delay(job); i++) await Promise.resolve();
        log.running--;
        if (dead) return new Promise(() => undefined); // a terminated worker never answers
        return runJob(job);
      },
      terminate() {
        dead = true;
        log.terminated++;
      },
    };
  };
  return { log, spawn };
}

const doc = (ratePerSec: number): ScenarioDoc => ({ ...mm1, run: { durationMs: 3000, warmupMs: 0 }, nodes: [{ ...mm1.nodes[0], traffic: { type: 'poisson', ratePerSec } }, mm1.nodes[1]] }) as ScenarioDoc;

describe('runBatch', () => {
  it('returns results in job order even when later jobs finish first, and reports progress', async () => {
    const jobs = [40, 30, 20, 10].map((r) => ({ doc: doc(r), seed: 1 }));
    const { log, spawn } = fakes((j) => (j.doc.nodes[0] as { traffic: { ratePerSec: number } }).traffic.ratePerSec);
    const progress: number[] = [];
    const res = await runBatch(jobs, { workers: 3, spawn, onProgress: (d, t) => progress.push(d / t) });
    const sent = (r: BatchResult) => (r.ok ? r.report.clients.users.sent : -1);
    expect(res.map(sent)).toEqual(jobs.map((j) => sent(runJob(j))));
    expect(new Set(res.map(sent)).size).toBe(4);
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    expect(log.maxRunning).toBe(3);
    expect(log.terminated).toBe(log.spawned); // workers are not left running
  });

  it('gives an invalid job its error without failing the others', async () => {
    const bad = { ...doc(10), nodes: [doc(10).nodes[0], { ...mm1.nodes[1], workers: 0 }] } as ScenarioDoc;
    const res = await runBatch([{ doc: doc(10), seed: 1 }, { doc: bad, seed: 1 }, { doc: doc(20), seed: 1 }], { workers: 2, spawn: fakes().spawn });
    expect(res.map((r) => r.ok)).toEqual([true, false, true]);
  });

  it('turns an engine that throws into an error result and carries on with a new engine', async () => {
    let calls = 0;
    const spawn = (): BatchEngine => ({
      run: async (job) => {
        if (calls++ === 0) throw new Error('worker died');
        return runJob(job);
      },
      terminate: () => undefined,
    });
    const res = await runBatch([{ doc: doc(10), seed: 1 }, { doc: doc(10), seed: 2 }], { workers: 1, spawn });
    expect(res[0]).toEqual({ ok: false, error: 'worker died' });
    expect(res[1].ok).toBe(true);
  });

  it('rejects with an AbortError and terminates every worker when cancelled', async () => {
    const { log, spawn } = fakes(() => 50);
    const ac = new AbortController();
    const jobs = Array.from({ length: 8 }, (_, i) => ({ doc: doc(10), seed: i }));
    const done: number[] = [];
    const p = runBatch(jobs, { workers: 2, spawn, signal: ac.signal, onProgress: (d) => (done.push(d), d === 2 && ac.abort()) });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.terminated).toBe(2);
    for (let i = 0; i < 500; i++) await Promise.resolve(); // let the engines' pending turns run out
    expect(done.at(-1)).toBeLessThan(8); // nothing reported after the cancel
  });

  it('rejects at once when the signal is already aborted, and resolves [] for no jobs', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(runBatch([{ doc: doc(10), seed: 1 }], { signal: ac.signal, spawn: fakes().spawn })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(runBatch([], { spawn: fakes().spawn })).resolves.toEqual([]);
  });

  it('defaults to one worker per spare core, at most 4 and at most one per job', () => {
    expect(defaultWorkers(10, 2)).toBe(1);
    expect(defaultWorkers(10, 8)).toBe(4);
    expect(defaultWorkers(2, 8)).toBe(2);
    expect(defaultWorkers(10, 1)).toBe(1);
  });
});
