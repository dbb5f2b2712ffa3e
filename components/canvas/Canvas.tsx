'use client';
/**
 * The editing canvas: React Flow in controlled mode, drawn from the document store. Every change
 * goes through a pure command (lib/scenario-doc/commands), so each is one undo step.
 */
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useCallback, useState } from 'react';
import { Background, ConnectionLineType, Controls, MiniMap, ReactFlow, useReactFlow, type Node } from '@xyflow/react';
import type { NodeKind } from '@/simulations/index';
import { TrafficLayer } from '@/components/canvas/overlays/TrafficLayer';
import { AnnotationLayer } from '@/components/annotations/AnnotationLayer';
import { useWithNoteChanges } from '@/components/annotations/use-note-changes';
import { useWithNotes } from '@/components/annotations/use-note-nodes';
import { FileDropZone } from '@/components/files/FileDropZone';
import { CheatSheet } from '@/components/playground/CheatSheet';
import { PauseHighlight } from '@/components/workshop/PauseHighlight';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { PALETTE_MIME, addNodeAt, isNodeKind } from '@/components/palette/add-node';
import { CanvasToolbar } from './CanvasToolbar';
import { ConnectFeedback } from './connect/ConnectFeedback';
import { ConnectPopover } from './connect/ConnectPopover';
import { PointerHint } from './connect/PointerHint';
import { useConnect } from './connect/use-connect';
import { edgeTypes } from './edges/edge-types';
import { Markers } from './edges/Markers';
import { useFlowEdges, useFlowNodes } from './flow-elements';
import { KIND_ACCENT } from './nodes/kind-style';
import { nodeTypes } from './nodes/node-types';
import { FIT_OPTIONS, useCanvasActions } from './use-canvas-actions';
import { useCanvasSync } from './use-canvas-sync';
import { useColorMode } from './use-color-mode';
import { useFlowChanges } from './use-flow-changes';
import { useShortcuts } from './use-shortcuts';

const minimapColor = (n: Node) => KIND_ACCENT[n.type as NodeKind] ?? '#999999';
const MULTI_SELECT = ['Meta', 'Control'];

export function Canvas() {
  const { doc, ui } = usePlayground();
  const colorMode = useColorMode();
  const empty = useDoc((s) => s.doc.nodes.length === 0);
  const flow = useReactFlow();
  const [ready, setReady] = useState(false);

  const { sizes, onNodesChange, onEdgesChange } = useFlowChanges();
  const nodes = useWithNotes(useFlowNodes(sizes), sizes);
  const onNodesChangeWithNotes = useWithNoteChanges(onNodesChange);
  const edges = useFlowEdges();
  const actions = useCanvasActions();
  const connect = useConnect();
  useShortcuts(actions);
  useCanvasSync();

  const onDragOver = useCallback((e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: React.DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeKind(kind)) return;
      e.preventDefault();
      addNodeAt(doc, ui, kind, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [doc, ui, flow],
  );

  return (
    <div className="absolute inset-0" data-testid="canvas" data-ready={ready ? 'true' : undefined}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChangeWithNotes}
        onEdgesChange={onEdgesChange}
        isValidConnection={connect.isValidConnection}
        onConnectStart={connect.onConnectStart}
        onConnectEnd={connect.onConnectEnd}
        onInit={() => setReady(true)}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={colorMode}
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.1}
        maxZoom={2.5}
        connectionRadius={28}
        connectionLineType={ConnectionLineType.Straight}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT}
        zoomOnDoubleClick={false}
        aria-label="Scenario canvas"
      >
        <Markers />
        <Background gap={24} />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={3} ariaLabel="Overview of the whole graph" />
        <Controls showInteractive={false} />
        <TrafficLayer />
        <AnnotationLayer />
        <CanvasToolbar actions={actions} />
        <ConnectFeedback />
        <PauseHighlight />
      </ReactFlow>
      {empty && (
        <div className="pointer-events-none absolute inset-0 grid place-items-center p-6 text-center">
          <p className="max-w-sm rounded-lg bg-white/80 px-4 py-3 text-sm text-slate-600 dark:bg-slate-900/80 dark:text-slate-300">
            The canvas is empty. Drag a component from the palette, or click one to add it here. Then drag from a node’s right handle to another node to connect them.
          </p>
        </div>
      )}
      {connect.refusal && <PointerHint hint={connect.refusal} />}
      {connect.pending && <ConnectPopover pending={connect.pending} onPick={connect.pick} onCancel={connect.cancel} />}
      <FileDropZone />
      <CheatSheet />
    </div>
  );
}
