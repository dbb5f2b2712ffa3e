'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import type { FlowNode } from './flow-node';
import { NodeShell } from './NodeShell';
import { nodeSummary } from './summary';

/** Pub/sub broker: its summary counts subscriptions, which live on links rather than on the node. */
export const TopicNode = memo(function TopicNode({ id, data, selected }: NodeProps<FlowNode>) {
  const subscribers = useDoc((s) => (s.doc.links ?? []).reduce((n, l) => n + (l.from === id && l.kind === 'subscribe' ? 1 : 0), 0));
  return <NodeShell node={data.doc} selected={selected} summary={nodeSummary(data.doc, subscribers)} />;
});
