'use client';
/**
 * The window's middle row: the editor (palette, canvas, inspector) or the full-window view that
 * `ui.view` names (compare, sweep, present). The editor stays mounted while hidden, so the canvas
 * keeps its viewport and selection for the way back. Each view is its owner's lazily loaded
 * component: adding one is one entry in `views`.
 */
import type { ReactNode } from 'react';
import type { View } from '@/lib/stores/ui-store';
import { useUi } from './PlaygroundProvider';

export function ViewFrame({ editor, views }: { editor: ReactNode; views: Partial<Record<View, ReactNode>> }) {
  const view = useUi((s) => s.view);
  const other = view !== 'edit' ? views[view] : undefined;
  return (
    <div className="relative grid min-h-0 min-w-0 grid-cols-[minmax(0,1fr)] grid-rows-[minmax(0,1fr)]" data-view={other ? view : 'edit'}>
      <div className={other ? 'hidden' : 'contents'}>{editor}</div>
      {other}
    </div>
  );
}
