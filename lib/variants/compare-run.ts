/**
 * Runs every variant for the compare view. Browser only.
 * - `runWithSeries`: one seed, each variant in its own engine worker (the page's normal engine API),
 *   keeping the time-series windows for the overlaid charts and the final report.
 * - `runReplications`: seeds s, s+1, …, headless through the batch pool (lib/batch), reports only.
 * Every variant gets the same seed (A's), so the same clients send the same requests at the same
 * moments in every variant: differences come from the design, not from chance.
 */
import type { Report, SnapshotCursor } from '@/simulations/index';
import { startEngine } from '../engine-client';
import { runBatch } from '../batch/pool';
import { appendRows, emptyBuffer, type SeriesBuffer } from '../run/series';
import type { ScenarioDoc } from '../scenario-doc/types';

export interface VariantDoc {
  name: string;
  doc: ScenarioDoc;
}

export type SeriesResult = { name: string; ok: true; report: Report; series: Record<string, SeriesBuffer> } | { name: string; ok: false; error: string };

/** Worker wall time per advance call: long enough to make progress, short enough to notice a cancel. */
const BUDGET_MS = 200;
const PARALLEL = 3;

const aborted = () => new DOMException('The comparison run was cancelled', 'AbortError');

async function runOne(v: VariantDoc, seed: number, signal: AbortSignal | undefined, onTerminate: (stop: () => void) => void): Promise<SeriesResult> {
  const engine = startEngine();
  onTerminate(() => engine.terminate());
  try {
    const started = await engine.api.start(v.doc, { seed, trace: false });
    if (!started.ok) return { name: v.name, ok: false, error: started.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ') };
    const series: Record<string, SeriesBuffer> = {};
    let cursor: SnapshotCursor | undefined;
    for (;;) {
      if (signal?.aborted) throw aborted();
      const snap: { series: Record<string, { columns: readonly string[]; t: number[]; rows: number[][] }>; cursor: SnapshotCursor; reached: boolean } = await engine.api.advance(Infinity, BUDGET_MS, cursor);
      for (const [key, rows] of Object.entries(snap.series)) appendRows((series[key] ??= emptyBuffer(rows.columns)), rows);
      cursor = snap.cursor;
      if (snap.reached) break;
    }
    return { name: v.name, ok: true, report: await engine.api.report(), series };
  } finally {
    engine.terminate();
  }
}

/** One run per variant under `seed`, a few at a time; rejects with an AbortError when cancelled. */
export async function runWithSeries(variants: VariantDoc[], seed: number, opts: { signal?: AbortSignal; onProgress?(done: number, total: number): void } = {}): Promise<SeriesResult[]> {
  const { signal, onProgress } = opts;
  const stops = new Set<() => void>();
  const onAbort = () => stops.forEach((s) => s());
  signal?.addEventListener('abort', onAbort, { once: true });
  const results = new Array<SeriesResult>(variants.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < variants.length) {
      const i = next++;
      results[i] = await runOne(variants[i], seed, signal, (s) => stops.add(s)).catch((e: unknown) => {
        if (signal?.aborted) throw aborted();
        return { name: variants[i].name, ok: false as const, error: e instanceof Error ? e.message : String(e) };
      });
      onProgress?.(++done, variants.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL, variants.length) }, lane));
    if (signal?.aborted) throw aborted();
    return results;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** reports[v][r]: variant v under seed + r (undefined where that run failed), plus the first failure per variant. */
export interface Replications {
  seeds: number[];
  reports: (Report | undefined)[][];
  errors: (string | undefined)[];
}

export async function runReplications(variants: VariantDoc[], seed: number, count: number, opts: { signal?: AbortSignal; onProgress?(done: number, total: number): void } = {}): Promise<Replications> {
  const seeds = Array.from({ length: count }, (_, r) => (seed + r) % 2 ** 32);
  const jobs = variants.flatMap((v) => seeds.map((s) => ({ doc: v.doc, seed: s })));
  const results = await runBatch(jobs, opts);
  const reports = variants.map((_, vi) => seeds.map((_, r) => results[vi * count + r]).map((res) => (res.ok ? res.report : undefined)));
  const errors = variants.map((_, vi) => {
    const bad = results.slice(vi * count, (vi + 1) * count).find((res) => !res.ok);
    return bad && !bad.ok ? bad.error : undefined;
  });
  return { seeds, reports, errors };
}
