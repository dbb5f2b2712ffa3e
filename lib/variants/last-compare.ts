/**
 * The last comparison the person ran in the compare view, kept after the view closes so the
 * design-review export can put its table in a document. Written only in the browser by the compare
 * view; `key` says which variant documents the numbers belong to, so a stale table is never passed
 * off as the current design's.
 */
import { createStore } from 'zustand/vanilla';
import { simulationKey } from '../scenario-doc/simulation-key';
import type { ScenarioDoc } from '../scenario-doc/types';
import type { Row } from './compare-table';

export interface LastCompare {
  /** Variant names in table order, A first. */
  names: string[];
  rows: Row[];
  /** The seeds the numbers come from: one for a single run, s, s+1, … for replications. */
  seeds: number[];
  replicated: boolean;
  /** Variants that failed to run, "B: message". */
  failures: string[];
  /** compareKey of the variant documents the numbers were computed for. */
  key: string;
}

export const lastCompareStore = createStore<{ last?: LastCompare }>()(() => ({}));

export function lastCompare(): LastCompare | undefined {
  return lastCompareStore.getState().last;
}

export function recordCompare(last: LastCompare): void {
  lastCompareStore.setState({ last });
}

/** Which variant documents a comparison ran: names and what the engine would see (positions and labels left out). */
export function compareKey(variants: readonly { name: string; doc: ScenarioDoc }[]): string {
  return JSON.stringify(variants.map((v) => [v.name, simulationKey(v.doc)]));
}
