/**
 * Opening a scenario that arrives from outside, without losing anyone's work:
 * - nothing of the person's own is on the canvas (the untouched starter, or empty): it opens at once;
 * - their own, different work is there: they are asked (open it / keep my work), unless they asked for it themselves;
 * - it is broken: a message says what is wrong and where, and nothing changes.
 * Opening is one undoable step (undo brings the previous work back), and autosave keeps it like any other change.
 */
import { validateScenario } from '@/simulations/index';
import { starterDoc } from '../scenario-doc/defaults';
import type { ScenarioDoc } from '../scenario-doc/types';
import type { DocumentStore } from '../stores/document-store';
import { persistedDoc } from '../variants/workspace';
import type { UiStore } from '../stores/ui-store';
import { decodeScenario } from './link-codec';
import { checkScenario, type Checked } from './open-check';
import { settleAddress, type Incoming } from './open-incoming';
import type { Arrival, OpenStore } from './open-store';

export interface OpenTargets {
  doc: DocumentStore;
  ui: UiStore;
  open: OpenStore;
}

export interface OpenOptions {
  /** The person asked for this one (reopening from My scenarios): no question. */
  confirmed?: boolean;
  /** What to call it when asking: "shared scenario" unless said otherwise. */
  noun?: string;
  /** Sets the address back to /play; the browser's by default. */
  settle?: () => void;
}

export type Outcome = 'none' | 'loading' | 'opened' | 'asked' | 'same' | 'refused';

/** Handles what the address (or a click in My scenarios) brings in. A short link is only marked for loading here. */
export function receive(p: OpenTargets, incoming: Incoming, opts: OpenOptions = {}): Outcome {
  switch (incoming.kind) {
    case 'none':
      return 'none';
    case 'link':
      return offer(p, decodeScenario(incoming.hash), 'the shared link', opts);
    case 'preset':
      void openPreset(p, incoming.slug, opts);
      return 'loading';
    case 'short':
      p.open.setState({ loading: { id: incoming.id, confirmed: opts.confirmed ?? false } });
      return 'loading';
  }
}

/**
 * `?preset=<slug>`. The presets (texts, experiments) are loaded on demand, as the guide loads them: the playground's
 * first load does not carry them.
 */
export async function openPreset(p: OpenTargets, slug: string, opts: OpenOptions = {}): Promise<Outcome> {
  const preset = (await import('@/simulations/presets')).findPreset(slug);
  const checked: Checked = preset ? checkScenario(structuredClone(preset.scenario)) : { ok: false, error: `there is no preset called "${slug.slice(0, 80)}"` };
  return offer(p, checked, preset ? `the preset "${preset.title}"` : 'the preset link', { noun: 'preset', ...opts });
}

/** Opens a checked scenario, asks first, or explains why it cannot be opened. */
export function offer(p: OpenTargets, checked: Checked, source: string, opts: OpenOptions = {}): Outcome {
  const settle = opts.settle ?? settleAddress;
  if (!checked.ok) {
    p.ui.getState().notify(`Could not open ${source}: ${checked.error}. Your current work is unchanged.`, 'error');
    settle();
    return 'refused';
  }
  const arrival: Arrival = { doc: checked.doc, source, noun: opts.noun ?? 'shared scenario', migratedFrom: checked.migratedFrom };
  // The whole workspace (A with its variants): a link that adds a variant is not "the same scenario".
  const current = persistedDoc(p.doc.getState());
  if (sameScenario(current, checked.doc)) {
    p.ui.getState().notify(`${capitalise(source)} holds the scenario that is already open.`, 'info');
    settle();
    return 'same';
  }
  if (!opts.confirmed && hasOwnWork(current)) {
    p.open.setState({ offer: arrival });
    return 'asked';
  }
  replaceWith(p, arrival, hasOwnWork(current));
  settle();
  return 'opened';
}

/** "Open the shared scenario": the choice that was offered. */
export function acceptOffer(p: OpenTargets, opts: Pick<OpenOptions, 'settle'> = {}): void {
  const arrival = p.open.getState().offer;
  if (!arrival) return;
  p.open.setState({ offer: undefined });
  replaceWith(p, arrival, true);
  (opts.settle ?? settleAddress)();
}

/** "Keep my work". */
export function declineOffer(p: OpenTargets, opts: Pick<OpenOptions, 'settle'> = {}): void {
  const arrival = p.open.getState().offer;
  if (!arrival) return;
  p.open.setState({ offer: undefined });
  p.ui.getState().notify(`Kept your work; ${arrival.source} was not opened.`, 'info');
  (opts.settle ?? settleAddress)();
}

function replaceWith(p: OpenTargets, arrival: Arrival, hadWork: boolean): void {
  // replace, not load: load forgets the undo history, and undo is how the previous work comes back.
  const problems = p.doc.getState().replace(arrival.doc);
  const migrated = arrival.migratedFrom === undefined ? '' : ` It was written in format version ${arrival.migratedFrom} and has been updated.`;
  const undo = hadWork ? ' Undo (Ctrl+Z) brings your previous work back.' : '';
  p.ui.getState().notify(`Opened “${arrival.doc.name}” from ${arrival.source}.${migrated}${undo}`, 'info');
  for (const problem of problems) p.ui.getState().notify(`${capitalise(problem)}.`, 'warn');
}

/** Something of the person's own: not empty, and not the starter a first visit shows. */
export function hasOwnWork(doc: ScenarioDoc): boolean {
  return doc.nodes.length > 0 && !sameScenario(doc, starterDoc());
}

/**
 * The same scenario: equal once defaults are filled in (a short link comes back normalised by the server) and
 * whatever order the keys were written in. `$schema` only points editors at the schema.
 */
export function sameScenario(a: ScenarioDoc, b: ScenarioDoc): boolean {
  return a === b || canonical(normalised(a)) === canonical(normalised(b));
}

function normalised(doc: ScenarioDoc): unknown {
  const v = validateScenario(doc);
  const { $schema: _schema, ...rest } = v.ok ? v.scenario : doc;
  return rest;
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : value,
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
