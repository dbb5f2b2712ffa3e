/**
 * The sweep view's state that outlives the view: the setup the person chose and the last finished
 * result, so going back to the editor and returning shows the sweep again, and the design-review
 * export can take the chart (`lastSweep()` + `sweepSvg(result, metricId)`).
 *
 * Module-level on purpose: it is written only in the browser, by the sweep view, and read by the
 * page's own exports; nothing writes it while rendering on the server.
 */
import { createStore } from 'zustand/vanilla';
import type { MetricId } from '@/lib/batch/metrics';
import type { SweepResult } from './sweep';

export interface SweepForm {
  paramId?: string;
  from: string;
  to: string;
  points: string;
  scale: 'linear' | 'log';
  seed: string;
  replications: string;
  /** Simulated seconds per run; empty = the scenario's own duration. */
  durationSec: string;
  /** Parallel workers; empty = the default (one per spare core, at most 4). */
  workers: string;
}

export interface SweepState {
  form: SweepForm;
  result?: SweepResult;
  metric: MetricId;
  /** Wall time of the last finished sweep and the workers it used (what the view shows under the chart). */
  lastRun?: { wallMs: number; busyMs: number; workers: number; jobs: number; /** simulationKey of the swept document */ docKey: string };
  set(patch: Partial<Omit<SweepState, 'set'>>): void;
}

export const DEFAULT_FORM: SweepForm = { from: '', to: '', points: '10', scale: 'linear', seed: '1', replications: '1', durationSec: '', workers: '' };

export const sweepStore = createStore<SweepState>()((set) => ({
  form: DEFAULT_FORM,
  metric: 'p95',
  set: (patch) => set(patch),
}));

/** The last finished sweep, for exports. */
export function lastSweep(): SweepResult | undefined {
  return sweepStore.getState().result;
}

export { sweepSvg } from './sweep-svg';
