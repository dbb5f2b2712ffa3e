'use client';
/**
 * The React Flow node type for sticky notes. The note itself (with its resize handles and colour swatches) loads on
 * the first note: the playground's first load has no room for it, and most scenarios have none.
 */
import { Suspense, lazy, memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NoteFlowNode } from './note-flow';

const NoteNodeView = lazy(() => import('./NoteNodeView'));

export const NoteNode = memo(function NoteNode(props: NodeProps<NoteFlowNode>) {
  return (
    <Suspense fallback={null}>
      <NoteNodeView {...props} />
    </Suspense>
  );
});
