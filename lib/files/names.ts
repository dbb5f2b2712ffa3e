/**
 * Reports and series are keyed by ids; people read labels. A node reads as its label, a link as
 * "from → to", a topic subscription (`topic:subscriber`) as "topic · subscriber", a lag series
 * (`lag/<consumer>`) as its consumer. Unknown keys stay as they are.
 */
import type { ScenarioDoc } from '../scenario-doc/types';

export function namerOf(doc: Pick<ScenarioDoc, 'nodes' | 'links'>): (key: string) => string {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  const label = (id: string) => labels.get(id) ?? id;
  const links = new Map((doc.links ?? []).map((l) => [l.id, `${label(l.from)} → ${label(l.to)}`]));
  return (key) => {
    const hit = links.get(key) ?? labels.get(key);
    if (hit !== undefined) return hit;
    if (key.startsWith('lag/')) return label(key.slice(4));
    return key.split(':').map(label).join(' · ');
  };
}

/** What a series key stands for: a node's kind, "<kind> link", "subscription" or "consistency lag". */
export function kindOf(doc: Pick<ScenarioDoc, 'nodes' | 'links'>): (key: string) => string {
  const kinds = new Map<string, string>([...doc.nodes.map((n) => [n.id, n.kind] as const), ...(doc.links ?? []).map((l) => [l.id, `${l.kind} link`] as const)]);
  return (key) => kinds.get(key) ?? (key.startsWith('lag/') ? 'consistency lag' : key.includes(':') ? 'subscription' : 'other');
}
