/**
 * React Flow nodes and edges derived from the document and the UI store. Objects are cached per
 * document node/link object, so a node whose document entry, selection, drag position and size
 * did not change keeps its identity and React Flow skips it (STYLE.md: never rebuild every node).
 */
import { useMemo } from 'react';
import { LINK_KINDS, type LinkKind, type NodeKind } from '@/simulations/index';
import type { DocLink, DocNode, XY } from '@/lib/scenario-doc/types';
import { useDoc, useUi } from '@/components/playground/PlaygroundProvider';
import type { FlowEdge } from './edges/flow-edge';
import { kindTitle } from './nodes/kind-style';
import type { FlowNode } from './nodes/flow-node';

export interface Size {
  width: number;
  height: number;
}

const ORIGIN: XY = { x: 0, y: 0 };
// Keyed by the immutable document objects: an entry dies with the document version that made it.
const nodeCache = new WeakMap<DocNode, { key: string; node: FlowNode }>();
const edgeCache = new WeakMap<DocLink, { selected: boolean; edge: FlowEdge }>();

export function toFlowNode(n: DocNode, selected: boolean, drag: XY | undefined, size: Size | undefined): FlowNode {
  const position = drag ?? n.position ?? ORIGIN;
  const key = `${selected}|${position.x},${position.y}|${size?.width}x${size?.height}|${drag ? 1 : 0}`;
  const hit = nodeCache.get(n);
  if (hit?.key === key) return hit.node;
  const node: FlowNode = {
    id: n.id,
    type: n.kind as NodeKind,
    position,
    data: { doc: n },
    selected,
    dragging: drag !== undefined,
    // Handing the measured size back keeps React Flow from re-measuring (and hiding) a node whose object changed.
    measured: size,
    ariaLabel: `${kindTitle(n.kind as NodeKind)}: ${n.label || n.id}`,
  };
  nodeCache.set(n, { key, node });
  return node;
}

export function toFlowEdge(l: DocLink, selected: boolean): FlowEdge {
  const hit = edgeCache.get(l);
  if (hit?.selected === selected) return hit.edge;
  const info = LINK_KINDS[l.kind as LinkKind];
  const edge: FlowEdge = {
    id: l.id,
    source: l.from,
    target: l.to,
    type: info.sync ? 'sync' : 'async',
    data: { link: l },
    selected,
    ariaLabel: `${info.title} from ${l.from} to ${l.to}`,
  };
  edgeCache.set(l, { selected, edge });
  return edge;
}

export function useFlowNodes(sizes: ReadonlyMap<string, Size>): FlowNode[] {
  const nodes = useDoc((s) => s.doc.nodes);
  const selected = useUi((s) => s.selectedNodes);
  const drag = useUi((s) => s.dragPositions);
  return useMemo(() => {
    const sel = new Set(selected);
    return nodes.map((n) => toFlowNode(n, sel.has(n.id), drag.get(n.id), sizes.get(n.id)));
  }, [nodes, selected, drag, sizes]);
}

const NO_LINKS: DocLink[] = [];

export function useFlowEdges(): FlowEdge[] {
  const links = useDoc((s) => s.doc.links ?? NO_LINKS);
  const selected = useUi((s) => s.selectedLinks);
  return useMemo(() => {
    const sel = new Set(selected);
    return links.map((l) => toFlowEdge(l, sel.has(l.id)));
  }, [links, selected]);
}
