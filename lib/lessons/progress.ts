/**
 * A checkpoint's status from what the playground's run store holds: its incidents, and its
 * time series for lag (the `lag/<consumer>` series, and the staleness of batch jobs and file drops).
 */
import { findCheckpoint, STALENESS, type LagWindow, type Reached } from '@/simulations/lessons/checkpoint';
import type { WatchCondition } from '@/simulations/watch/condition';
import type { RunState, SeriesBuffer } from '../stores/run-store';

export type { Reached };

/** Lag windows that ended after `sinceMs`, from the run store's column-major buffers. */
export function lagWindowsOfBuffers(series: Record<string, SeriesBuffer>, sinceMs = 0): LagWindow[] {
  const out: LagWindow[] = [];
  for (const [key, buf] of Object.entries(series)) {
    const lag = key.startsWith('lag/');
    const col = buf.columns.indexOf(lag ? 'max' : STALENESS);
    if (col < 0) continue;
    const count = lag ? buf.columns.indexOf('count') : -1;
    const consumer = lag ? key.slice(4) : key;
    // Newest last: walk back only as far as the watch began.
    for (let i = buf.t.length - 1; i >= 0 && buf.t[i] > sinceMs; i--) {
      if (count >= 0 && buf.values[count][i] === 0) continue;
      out.push({ consumer, endMs: buf.t[i], maxMs: buf.values[col][i] });
    }
  }
  return out;
}

/** The checkpoint's first hit in the current run at or after `sinceMs`, if any. */
export function checkpointIn(c: WatchCondition, run: Pick<RunState, 'incidents' | 'series'>, sinceMs: number): Reached | undefined {
  return findCheckpoint(c, run.incidents, c.on === 'lag' ? lagWindowsOfBuffers(run.series, sinceMs) : [], sinceMs);
}
