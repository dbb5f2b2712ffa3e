/**
 * The preset guide's logic, apart from React: which preset the open document came from, and what
 * an experiment would do to the document as it is now (applied already, ready, or impossible because
 * the person removed what it changes).
 *
 * A document is "from a preset" when it carries the preset's scenario name: opening a preset sets it,
 * reloading keeps it (autosave), editing parameters or applying experiments keeps it, and opening or
 * starting anything else replaces it. Renaming the scenario makes it the person's own: the guide goes.
 */
import { validateScenario } from '@/simulations/index';
import type { Experiment, Preset } from '@/simulations/presets';
import type { ScenarioDoc } from '../scenario-doc/types';

/** The preset whose scenario name the document carries, if any. */
export function presetForDoc(presets: readonly Preset[], doc: { name?: string }): Preset | undefined {
  const name = doc.name?.trim();
  return name ? presets.find((p) => p.scenario.name === name) : undefined;
}

export type Trial = { ok: true; doc: ScenarioDoc; changes: boolean } | { ok: false; error: string };

/** The document with the experiment applied, checked by the scenario validator; never throws. */
export function tryExperiment(experiment: Experiment, doc: ScenarioDoc): Trial {
  let next: ScenarioDoc;
  try {
    next = experiment.apply(doc) as ScenarioDoc;
  } catch (e) {
    // The presets' edit helpers throw on an unknown id: the person removed or renamed what this experiment changes.
    const m = (e as Error).message.match(/has no (node|link) "([^"]+)"/);
    return { ok: false, error: m ? `it changes the ${m[1]} "${m[2]}", which is no longer in the scenario` : (e as Error).message };
  }
  const v = validateScenario(next);
  if (!v.ok) return { ok: false, error: `the result would not be valid (${v.errors[0]?.path || 'scenario'}: ${v.errors[0]?.message})` };
  return { ok: true, doc: next, changes: JSON.stringify(next) !== JSON.stringify(doc) };
}
