'use client';
/** Live badges on a node (utilisation ring, queue depth, in flight). Placeholder until built. */
export function NodeBadges({ nodeId }: { nodeId: string; kind: string }) {
  return <span data-badges={nodeId} />;
}
