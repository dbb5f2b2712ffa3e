'use client';
/**
 * Keeps the view in step with document changes made elsewhere: a selection never points at
 * something undo or delete removed, and a freshly opened scenario is fitted into view.
 */
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { FIT_OPTIONS, afterRender } from './use-canvas-actions';

export function useCanvasSync() {
  const { doc, ui } = usePlayground();
  const flow = useReactFlow();

  useEffect(
    () =>
      doc.subscribe((s, prev) => {
        if (s.doc.nodes === prev.doc.nodes && s.doc.links === prev.doc.links) return;
        const nodeIds = new Set(s.doc.nodes.map((n) => n.id));
        const linkIds = new Set((s.doc.links ?? []).map((l) => l.id));
        const u = ui.getState();
        const nodes = u.selectedNodes.filter((id) => nodeIds.has(id));
        const links = u.selectedLinks.filter((id) => linkIds.has(id));
        if (nodes.length !== u.selectedNodes.length || links.length !== u.selectedLinks.length) u.select(nodes, links);
        if (u.renaming && !nodeIds.has(u.renaming)) u.set({ renaming: undefined });
        // A whole new graph (opened, reset, an example): show all of it.
        const before = new Set(prev.doc.nodes.map((n) => n.id));
        if (s.doc.nodes.length > 1 && !s.doc.nodes.some((n) => before.has(n.id))) afterRender(() => void flow.fitView(FIT_OPTIONS));
      }),
    [doc, ui, flow],
  );
}
