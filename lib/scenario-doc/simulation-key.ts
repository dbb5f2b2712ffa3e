/**
 * A string that changes exactly when the simulation would: positions, labels and descriptions
 * are left out, so moving or renaming a node does not restart a run; so are the lesson, the
 * annotations and the other variants, which the engine never reads.
 */
import type { ScenarioDoc } from './types';

const COSMETIC = new Set(['position', 'label', 'description', 'name', '$schema', 'lesson', 'annotations', 'variants']);

export function simulationKey(doc: ScenarioDoc): string {
  return JSON.stringify(doc, (k, v) => (COSMETIC.has(k) ? undefined : v));
}
