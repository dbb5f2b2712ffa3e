/** How each node kind looks and which sides it connects on, derived from the engine's registries. */
import { LINK_KINDS, NODE_KINDS, type LinkKind, type NodeKind } from '@/simulations/index';

/** Okabe–Ito accents, one per kind (colour-blind safe; the icon shape carries the kind too). */
export const KIND_ACCENT = Object.fromEntries((Object.keys(NODE_KINDS) as NodeKind[]).map((k) => [k, NODE_KINDS[k].accent])) as Record<NodeKind, string>;

const LINKS = Object.values(LINK_KINDS) as { from: readonly NodeKind[]; to: readonly NodeKind[] }[];

/** A kind gets a target handle only if some link may end at it, a source handle only if some link may start at it. */
export function handlesOf(kind: NodeKind): { target: boolean; source: boolean } {
  return { target: LINKS.some((l) => l.to.includes(kind)), source: LINKS.some((l) => l.from.includes(kind)) };
}

export function kindTitle(kind: NodeKind): string {
  return NODE_KINDS[kind]?.title ?? kind;
}

/** Short text drawn on a link so its kind reads without colour. */
export const LINK_TAG: Record<LinkKind, string> = {
  rest: 'REST',
  publish: 'publish',
  enqueue: 'enqueue',
  subscribe: 'subscribe',
  consume: 'consume',
};
