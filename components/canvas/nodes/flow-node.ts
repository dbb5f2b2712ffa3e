/** The React Flow node type the canvas builds from a document node. */
import type { Node } from '@xyflow/react';
import type { NodeKind } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';

export type FlowNodeData = { doc: DocNode };
export type FlowNode = Node<FlowNodeData, NodeKind>;
