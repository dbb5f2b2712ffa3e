/**
 * A scenario written by hand (or by another tool) may have no canvas positions. Rather than
 * stack every node at the origin, lay the graph out left to right as auto-layout would.
 */
import { autoLayout } from '../scenario-doc/layout';
import type { ScenarioDoc } from '../scenario-doc/types';

/**
 * The document with every node placed. Positions are all or nothing: when any node lacks one,
 * the whole graph is laid out, since a few given points rarely fit around computed ones.
 */
export async function placeNodes(doc: ScenarioDoc): Promise<{ doc: ScenarioDoc; laidOut: boolean }> {
  if (doc.nodes.every((n) => n.position)) return { doc, laidOut: false };
  const positions = await autoLayout(doc);
  return { doc: { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? { x: 0, y: 0 } })) }, laidOut: true };
}
