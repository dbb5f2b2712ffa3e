/**
 * What a variant changed against A, in words a person reads on the compare view's small canvases:
 * the nodes and links added, removed or changed (by id), so the preview can outline them.
 */
import type { ScenarioDoc } from '../scenario-doc/types';

export interface VariantDiff {
  added: string[];
  removed: string[];
  changed: string[];
  /** Run settings, seed, faults or name changed. */
  other: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Ignores positions: moving a box is not a design change. */
function withoutPosition<T extends { position?: unknown }>(x: T): Omit<T, 'position'> {
  const { position: _p, ...rest } = x;
  return rest;
}

export function diffVariant(a: ScenarioDoc, b: ScenarioDoc): VariantDiff {
  const out: VariantDiff = { added: [], removed: [], changed: [], other: [] };
  const items = (d: ScenarioDoc) => new Map<string, unknown>([...d.nodes.map((n) => [n.id, withoutPosition(n)] as const), ...(d.links ?? []).map((l) => [l.id, l] as const)]);
  const ia = items(a);
  const ib = items(b);
  for (const [id, x] of ib) {
    if (!ia.has(id)) out.added.push(id);
    else if (!same(ia.get(id), x)) out.changed.push(id);
  }
  for (const id of ia.keys()) if (!ib.has(id)) out.removed.push(id);
  if (!same(a.run, b.run)) out.other.push('run settings');
  if (!same(a.faults ?? [], b.faults ?? [])) out.other.push('faults');
  if ((a.seed ?? 1) !== (b.seed ?? 1)) out.other.push('seed (the comparison uses A’s)');
  return out;
}

/** True when the clients (who sends what, when) differ: the traffic is then not the same. */
export function clientsDiffer(a: ScenarioDoc, b: ScenarioDoc): boolean {
  const clients = (d: ScenarioDoc) => d.nodes.filter((n) => n.kind === 'client').map((n) => withoutPosition(n));
  return !same(clients(a), clients(b));
}
