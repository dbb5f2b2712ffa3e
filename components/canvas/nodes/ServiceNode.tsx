'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from './flow-node';
import { NodeShell } from './NodeShell';
import { nodeSummary } from './summary';

/** Workers, a waiting line, its own work and calls onward. */
export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell node={data.doc} selected={selected} summary={nodeSummary(data.doc)} />;
});
