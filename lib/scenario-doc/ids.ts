/** Readable, deterministic ids: "service-3" is the smallest free number for its prefix. */
import type { ScenarioDoc } from './types';

export function usedIds(doc: ScenarioDoc): Set<string> {
  return new Set([...doc.nodes.map((n) => n.id), ...(doc.links ?? []).map((l) => l.id)]);
}

export function freshId(prefix: string, taken: Set<string>): string {
  const base = prefix.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 48) || 'item';
  for (let i = 1; ; i++) {
    const id = `${base}-${i}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
