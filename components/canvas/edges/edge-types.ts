/** Edge components by link family, at module scope so React Flow never re-mounts them. */
import type { EdgeTypes } from '@xyflow/react';
import { AsyncEdge } from './AsyncEdge';
import { SyncEdge } from './SyncEdge';

export const edgeTypes = { sync: SyncEdge, async: AsyncEdge } satisfies EdgeTypes;
