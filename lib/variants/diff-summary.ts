/** What a variant changed against A in one line of words (the compare view's cards and the review export). */
import type { ScenarioDoc } from '../scenario-doc/types';
import type { VariantDiff } from './diff';

/** Node ids → labels, link ids → "Users API → Users DB (rest)", over every document given. */
export function namer(...docs: ScenarioDoc[]): (id: string) => string {
  const labels = new Map<string, string>();
  for (const d of docs) {
    for (const n of d.nodes) labels.set(n.id, n.label || n.id);
    for (const l of d.links ?? []) labels.set(l.id, `${labels.get(l.from) ?? l.from} → ${labels.get(l.to) ?? l.to} (${l.kind})`);
  }
  return (id: string) => labels.get(id) ?? id;
}

export function diffSummary(d: VariantDiff, name: (id: string) => string): string {
  const parts = [
    d.added.length ? `added ${d.added.map(name).join(', ')}` : '',
    d.removed.length ? `removed ${d.removed.map(name).join(', ')}` : '',
    d.changed.length ? `changed ${d.changed.map(name).join(', ')}` : '',
    ...d.other,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'the same design as A';
}
