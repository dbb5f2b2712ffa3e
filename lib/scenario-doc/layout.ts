/** Auto-layout with elkjs's layered algorithm: calls and messages flow left to right. */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ScenarioDoc, XY } from './types';

const DEFAULT_SIZE = { width: 180, height: 72 };

export async function autoLayout(doc: ScenarioDoc, sizes: ReadonlyMap<string, { width: number; height: number }> = new Map()): Promise<Map<string, XY>> {
  // Loaded on demand: the layout engine is large and only needed when someone asks for it.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '140',
      'elk.spacing.nodeNode': '50',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? DEFAULT_SIZE) })),
    edges: (doc.links ?? []).map((l) => ({ id: l.id, sources: [l.from], targets: [l.to] })),
  };
  const out = await elk.layout(graph);
  const positions = new Map<string, XY>();
  for (const c of out.children ?? []) positions.set(c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) });
  return positions;
}
