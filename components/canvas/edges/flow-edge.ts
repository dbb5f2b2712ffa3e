/** The React Flow edge type the canvas builds from a document link. */
import type { Edge } from '@xyflow/react';
import type { DocLink } from '@/lib/scenario-doc/types';

export type FlowEdgeData = { link: DocLink };
export type FlowEdge = Edge<FlowEdgeData, 'sync' | 'async'>;
