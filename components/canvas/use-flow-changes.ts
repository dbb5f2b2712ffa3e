'use client';
/**
 * React Flow reports what the user did as changes; in controlled mode we decide what they mean:
 * drags move nodes in the UI store until the drop commits one `moveNodes` (one undo step),
 * selection goes to the UI store, sizes are remembered so rebuilt nodes keep them.
 */
import { useCallback, useState } from 'react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { moveNodes } from '@/lib/scenario-doc/commands';
import type { XY } from '@/lib/scenario-doc/types';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import type { FlowEdge } from './edges/flow-edge';
import type { Size } from './flow-elements';
import type { FlowNode } from './nodes/flow-node';

function applySelect(current: readonly string[], changes: { id: string; selected: boolean }[]): string[] | undefined {
  if (changes.length === 0) return undefined;
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return next.size === current.length && current.every((id) => next.has(id)) ? undefined : [...next];
}

/**
 * Node sizes React Flow measured, merged into what is known; the same map when nothing changed, so
 * a re-measure of an unchanged node does not rebuild every node.
 */
export function mergeSizes(prev: ReadonlyMap<string, Size>, measured: readonly (readonly [string, Size])[]): ReadonlyMap<string, Size> {
  const same = measured.every(([id, s]) => prev.get(id)?.width === s.width && prev.get(id)?.height === s.height);
  return same ? prev : new Map([...prev, ...measured]);
}

export function useFlowChanges() {
  const { doc, ui } = usePlayground();
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const measured: [string, Size][] = [];
      const dragging = new Map<string, XY>();
      const dropped = new Map<string, XY>();
      const select: { id: string; selected: boolean }[] = [];
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) measured.push([c.id, c.dimensions]);
        else if (c.type === 'position' && c.position) (c.dragging ? dragging : dropped).set(c.id, c.position);
        else if (c.type === 'select') select.push(c);
      }
      if (measured.length > 0) setSizes((prev) => mergeSizes(prev, measured));
      if (dragging.size > 0) ui.getState().setDrag(new Map([...ui.getState().dragPositions, ...dragging]));
      if (dropped.size > 0) {
        // The drop (or an arrow-key nudge) is the one moment a move enters the document and its history.
        doc.getState().apply((d) => moveNodes(d, dropped));
        if (ui.getState().dragPositions.size > 0) ui.getState().setDrag(new Map());
      }
      const s = ui.getState();
      const nodes = applySelect(s.selectedNodes, select);
      if (nodes) s.select(nodes, s.selectedLinks);
    },
    [doc, ui],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const s = ui.getState();
      const links = applySelect(
        s.selectedLinks,
        changes.flatMap((c) => (c.type === 'select' ? [c] : [])),
      );
      if (links) s.select(s.selectedNodes, links);
    },
    [ui],
  );

  return { sizes, onNodesChange, onEdgesChange };
}
