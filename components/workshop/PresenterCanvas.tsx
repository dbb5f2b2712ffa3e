'use client';
/**
 * The presenter's canvas: the same nodes, edges, badges and traffic as the editor's, with nothing to
 * edit (no handles, no palette, no minimap), fitted to the room's screen. Its own React Flow store
 * (a nested provider): the editor's canvas stays mounted, hidden, with its viewport kept for the way back.
 */
import { ReactFlow, ReactFlowProvider, useReactFlow, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AnnotationView } from '@/components/annotations/AnnotationLayer';
import { useWithNotes } from '@/components/annotations/use-note-nodes';
import { useFlowEdges, useFlowNodes, type Size } from '@/components/canvas/flow-elements';
import { edgeTypes } from '@/components/canvas/edges/edge-types';
import { Markers } from '@/components/canvas/edges/Markers';
import { nodeTypes } from '@/components/canvas/nodes/node-types';
import type { FlowNode } from '@/components/canvas/nodes/flow-node';
import { TrafficLayer } from '@/components/canvas/overlays/TrafficLayer';
import { useColorMode } from '@/components/canvas/use-color-mode';
import { mergeSizes } from '@/components/canvas/use-flow-changes';
import { PauseHighlight } from './PauseHighlight';

const FIT = { padding: 0.08, maxZoom: 2 } as const;

function Flow() {
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const nodes = useWithNotes(useFlowNodes(sizes), sizes, true);
  const edges = useFlowEdges();
  const colorMode = useColorMode();
  const flow = useReactFlow();
  // Nothing is selected here: the room sees the system, not the editor's selection.
  const shown = useMemo(() => nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), [nodes]);
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const measured = changes.flatMap((c) => (c.type === 'dimensions' && c.dimensions ? [[c.id, c.dimensions] as const] : []));
    if (measured.length > 0) setSizes((prev) => mergeSizes(prev, measured));
  }, []);
  useEffect(() => {
    const refit = () => void flow.fitView(FIT);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [flow]);
  return (
    <ReactFlow
      nodes={shown}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      colorMode={colorMode}
      fitView
      fitViewOptions={FIT}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      panActivationKeyCode={null}
      minZoom={0.1}
      maxZoom={2.5}
      proOptions={{ hideAttribution: true }}
      aria-label="Scenario (presenter view)"
    >
      <Markers />
      <TrafficLayer />
      <AnnotationView />
      <PauseHighlight large />
    </ReactFlow>
  );
}

export function PresenterCanvas() {
  return (
    <div className="absolute inset-0 [&_.react-flow__handle]:!invisible" data-testid="presenter-canvas">
      <ReactFlowProvider>
        <Flow />
      </ReactFlowProvider>
    </div>
  );
}
