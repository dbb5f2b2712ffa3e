'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { patternSummary } from '@/components/canvas/patterns/registry';
import type { FlowNode } from './flow-node';
import { NodeShell } from './NodeShell';

/** Any pattern kind: the shared frame, its summary line and its own badges (see patterns/registry). */
export const PatternNode = memo(function PatternNode({ data, selected }: NodeProps<FlowNode>) {
  return <NodeShell node={data.doc} selected={selected} summary={patternSummary(data.doc)} />;
});
