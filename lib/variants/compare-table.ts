/**
 * The comparison table as data: one row per key number (lib/batch/metrics), one cell per variant,
 * and each variant's difference from A, judged better or worse by the metric's direction. With
 * replications a cell is a mean ± 95 % interval and a difference is paired by seed (./stats).
 */
import type { Report } from '@/simulations/index';
import { METRICS, type Metric } from '../batch/metrics';
import { meanInterval, pairedDelta } from './stats';

export interface Cell {
  /** Mean over the replications (the value itself for one run); undefined when the variant lacks it. */
  value?: number;
  /** Half-width of the 95 % interval (replications only). */
  half?: number;
}

export interface DeltaCell {
  /** B − A. */
  diff: number;
  /** (B − A) / |A|, when A is not 0. */
  relative?: number;
  /** Half-width of the paired 95 % interval (replications only). */
  half?: number;
  /** 'better' / 'worse' by the metric's direction; 'same' when there is no difference. */
  verdict: 'better' | 'worse' | 'same';
  /** Replications only: the interval excludes 0. With one run there is nothing to judge noise by. */
  significant?: boolean;
}

export interface Row {
  metric: Metric;
  cells: Cell[];
  /** deltas[0] is undefined (A against itself). */
  deltas: (DeltaCell | undefined)[];
}

function verdictOf(m: Metric, diff: number): DeltaCell['verdict'] {
  if (Math.abs(diff) < 1e-9) return 'same';
  return (diff < 0) === (m.better === 'lower') ? 'better' : 'worse';
}

/**
 * reports[v][r]: variant v (A first) under replication r (r = 0 only, for a single run). Rows of
 * metrics no variant has (no queues anywhere, no saga) are left out.
 */
export function compareRows(reports: readonly (readonly (Report | undefined)[])[]): Row[] {
  const replicated = reports.some((rs) => rs.length > 1);
  const rows: Row[] = [];
  for (const metric of METRICS) {
    const values = reports.map((rs) => rs.map((r) => (r ? metric.of(r) : undefined)));
    if (values.every((vs) => vs.every((v) => v === undefined))) continue;
    const cells = values.map((vs): Cell => {
      const known = vs.filter((v): v is number => v !== undefined && Number.isFinite(v));
      if (known.length === 0) return {};
      const e = meanInterval(known);
      return { value: e.mean, half: replicated ? e.half : undefined };
    });
    const deltas = values.map((vs, i): DeltaCell | undefined => {
      if (i === 0) return undefined;
      const a = cells[0].value;
      const b = cells[i].value;
      if (a === undefined || b === undefined) return undefined;
      const paired = replicated ? pairedDelta(values[0], vs) : undefined;
      const diff = paired ? paired.mean : b - a;
      return {
        diff,
        relative: a !== 0 ? diff / Math.abs(a) : undefined,
        half: paired?.half,
        verdict: verdictOf(metric, diff),
        significant: replicated ? (paired?.significant ?? false) : undefined,
      };
    });
    rows.push({ metric, cells, deltas });
  }
  return rows;
}
