'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from './flow-node';
import { NodeShell } from './NodeShell';
import { nodeSummary } from './summary';

/** Point-to-point broker: producers on the left, competing consumers on the right. */
export const QueueNode = memo(function QueueNode({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell node={data.doc} selected={selected} summary={nodeSummary(data.doc)} />;
});
