'use client';
import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './flow-edge';
import { LinkEdge } from './LinkEdge';

/** Fire-and-forget or delivered later: a dashed line with an open arrowhead. */
export const AsyncEdge = memo(function AsyncEdge({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  if (!data) return null;
  return <LinkEdge id={id} source={source} target={target} link={data.link} selected={!!selected} sync={false} />;
});
