'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from './flow-node';
import { NodeShell } from './NodeShell';
import { nodeSummary } from './summary';

/** Where requests come from: a source handle only (nothing calls into a client). */
export const ClientNode = memo(function ClientNode({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell node={data.doc} selected={selected} summary={nodeSummary(data.doc)} />;
});
