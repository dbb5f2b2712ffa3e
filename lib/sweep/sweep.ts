/**
 * A sweep: the jobs (one per point per seed) and, once they ran, the result: every metric per
 * point, the mean over the seeds and a 95 % confidence band when there are several. A point whose
 * scenario is invalid (workers 0, a negative rate) is an error of that point, never of the sweep.
 */
import type { Report } from '@/simulations/index';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { METRICS, type MetricId } from '@/lib/batch/metrics';
import type { BatchJob, BatchResult } from '@/lib/batch/run-job';
import { withParam, type SweepParam } from './parameters';

export interface SweepSetup {
  param: SweepParam;
  values: number[];
  /** The seeds every point runs with (replications). */
  seeds: number[];
  durationMs?: number;
  /** How the values were spaced (the chart's x axis follows). */
  scale?: 'linear' | 'log';
}

export interface MetricStat {
  mean: number;
  /** 95 % confidence interval of the mean (equal to the mean with one seed). */
  lo: number;
  hi: number;
  /** Seeds that had the metric. */
  n: number;
}

export interface SweepPoint {
  value: number;
  metrics: Partial<Record<MetricId, MetricStat>>;
  /** Set when no seed of the point ran (the message of the first failure). */
  error?: string;
  /** Seeds that failed while others ran. */
  failedSeeds: number;
}

export interface SweepResult {
  scenario: string;
  param: Pick<SweepParam, 'id' | 'element' | 'name' | 'unit' | 'int'>;
  seeds: number[];
  durationMs?: number;
  scale: 'linear' | 'log';
  points: SweepPoint[];
  /** Metrics that have a value at some point (the others do not apply to this scenario). */
  metricIds: MetricId[];
}

/** `replications` consecutive seeds from `first`. */
export function seedsFrom(first: number, replications: number): number[] {
  const r = Math.max(1, Math.min(100, Math.floor(replications) || 1));
  return Array.from({ length: r }, (_, i) => first + i);
}

/** Jobs in point-major order: point 0 with every seed, then point 1, … */
export function sweepJobs(doc: ScenarioDoc, s: SweepSetup): BatchJob[] {
  return s.values.flatMap((v) => {
    const d = withParam(doc, s.param, v);
    return s.seeds.map((seed) => ({ doc: d, seed, durationMs: s.durationMs }));
  });
}

/** Two-sided 95 % Student t quantiles for 1..30 degrees of freedom; 1.96 beyond. */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

export function meanAndBand(xs: number[]): MetricStat {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, lo: mean, hi: mean, n };
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (n - 1));
  const half = (T95[n - 2] ?? 1.96) * (sd / Math.sqrt(n));
  return { mean, lo: mean - half, hi: mean + half, n };
}

/** Results in the order sweepJobs made the jobs. */
export function sweepResult(doc: ScenarioDoc, s: SweepSetup, results: BatchResult[]): SweepResult {
  const k = s.seeds.length;
  const points = s.values.map((value, p): SweepPoint => {
    const mine = results.slice(p * k, p * k + k);
    const reports: Report[] = mine.flatMap((r) => (r?.ok ? [r.report] : []));
    const failed = mine.filter((r) => !r?.ok) as { ok: false; error: string }[];
    const metrics: SweepPoint['metrics'] = {};
    for (const m of METRICS) {
      const xs = reports.map((r) => m.of(r)).filter((x): x is number => x !== undefined && Number.isFinite(x));
      if (xs.length) metrics[m.id] = meanAndBand(xs);
    }
    return { value, metrics, failedSeeds: reports.length ? failed.length : 0, ...(reports.length ? {} : { error: failed[0]?.error ?? 'not run' }) };
  });
  const metricIds = METRICS.map((m) => m.id).filter((id) => points.some((p) => p.metrics[id]));
  return { scenario: doc.name ?? 'scenario', param: { id: s.param.id, element: s.param.element, name: s.param.name, unit: s.param.unit, int: s.param.int }, seeds: s.seeds, durationMs: s.durationMs, scale: s.scale ?? 'linear', points, metricIds };
}
