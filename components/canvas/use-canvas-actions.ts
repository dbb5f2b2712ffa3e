'use client';
/** The canvas's commands as one object, shared by the keyboard shortcuts and the toolbar buttons. */
import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import { copy, duplicate, moveNodes, paste, removeElements, type Clip } from '@/lib/scenario-doc/commands';
import { autoLayout } from '@/lib/scenario-doc/layout';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import type { FlowEdge } from './edges/flow-edge';
import type { FlowNode } from './nodes/flow-node';

export const FIT_OPTIONS = { padding: 0.12, duration: 300, maxZoom: 1 } as const;
const PASTE_STEP = 40;

/** Runs after React has drawn a document change and React Flow has taken the new positions in. */
export function afterRender(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

export type CanvasActions = ReturnType<typeof useCanvasActions>;

export function useCanvasActions() {
  const { doc, ui } = usePlayground();
  const flow = useReactFlow<FlowNode, FlowEdge>();

  return useMemo(() => {
    // What was copied last, for when the system clipboard is refused; `pastes` staggers repeated pastes.
    const memory: { clip?: Clip; text?: string; pastes: number } = { pastes: 0 };
    // The layout engine loads on first use and can take a moment: the toolbar shows it is working.
    const status = createStore(() => ({ layingOut: false }));
    const history = () => doc.temporal.getState();
    const selection = () => ui.getState();

    const actions = {
      undo: () => history().undo(),
      redo: () => history().redo(),
      deleteSelection: () => {
        const { selectedNodes, selectedLinks } = selection();
        if (selectedNodes.length + selectedLinks.length === 0) return false;
        doc.getState().apply((d) => removeElements(d, selectedNodes, selectedLinks));
        ui.getState().select([], []);
        return true;
      },
      duplicate: () => {
        const nodes = selection().selectedNodes;
        if (nodes.length === 0) return false;
        let ids: string[] = [];
        doc.getState().apply((d) => {
          const r = duplicate(d, nodes);
          ids = r.nodeIds;
          return r.doc;
        });
        ui.getState().select(ids, []);
        return true;
      },
      selectAll: () => {
        const d = doc.getState().doc;
        ui.getState().select(
          d.nodes.map((n) => n.id),
          (d.links ?? []).map((l) => l.id),
        );
      },
      /** Copies the selected nodes (and the links among them); returns the clip, or undefined if nothing is selected. */
      copy: (text: (clip: Clip) => string): Clip | undefined => {
        const nodes = selection().selectedNodes;
        if (nodes.length === 0) return undefined;
        const clip = copy(doc.getState().doc, nodes);
        Object.assign(memory, { clip, text: text(clip), pastes: 0 });
        return clip;
      },
      memory: () => memory,
      paste: (clip: Clip, fromText?: string) => {
        const again = fromText === undefined || fromText === memory.text;
        memory.pastes = again ? memory.pastes + 1 : 1;
        const step = PASTE_STEP * memory.pastes;
        let ids: string[] = [];
        doc.getState().apply((d) => {
          const r = paste(d, clip, { x: step, y: step });
          ids = r.nodeIds;
          return r.doc;
        });
        ui.getState().select(ids, []);
      },
      fit: () => void flow.fitView(FIT_OPTIONS),
      status,
      /** Loads the layout engine ahead of need (on hover or focus of the button). */
      warmLayout: () => void import('elkjs/lib/elk.bundled.js').catch(() => undefined),
      layout: async () => {
        const d = doc.getState().doc;
        if (d.nodes.length === 0 || status.getState().layingOut) return;
        const sizes = new Map<string, { width: number; height: number }>();
        for (const n of d.nodes) {
          const m = flow.getInternalNode(n.id)?.measured;
          if (m?.width && m.height) sizes.set(n.id, { width: m.width, height: m.height });
        }
        status.setState({ layingOut: true });
        try {
          const positions = await autoLayout(d, sizes);
          // The document may have changed while the layout ran: move only nodes that still exist.
          doc.getState().apply((cur) => moveNodes(cur, new Map([...positions].filter(([id]) => cur.nodes.some((n) => n.id === id)))));
          afterRender(() => void flow.fitView(FIT_OPTIONS));
        } catch (e) {
          ui.getState().notify(`Auto-layout failed: ${(e as Error).message}`, 'error');
        } finally {
          status.setState({ layingOut: false });
        }
      },
      /** Starts renaming `id`, or else the one selected node. */
      rename: (id?: string) => {
        const { selectedNodes } = selection();
        const target = id ?? (selectedNodes.length === 1 ? selectedNodes[0] : undefined);
        if (!target || !doc.getState().doc.nodes.some((n) => n.id === target)) return false;
        ui.getState().set({ renaming: target });
        return true;
      },
      openCheatSheet: () => ui.getState().set({ cheatSheetOpen: true }),
    };
    return actions;
  }, [doc, ui, flow]);
}
