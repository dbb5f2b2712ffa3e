'use client';
import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './flow-edge';
import { LinkEdge } from './LinkEdge';

/** The caller waits for the answer: a solid line with a filled arrowhead. */
export const SyncEdge = memo(function SyncEdge({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  if (!data) return null;
  return <LinkEdge id={id} source={source} target={target} link={data.link} selected={!!selected} sync />;
});
