'use client';
/** The sweep view, loaded only when first opened: none of it is in the playground's first load. */
import { lazy, Suspense } from 'react';
import { useUi } from '@/components/playground/PlaygroundProvider';

const SweepView = lazy(() => import('./SweepView'));

export function LazySweepView() {
  const open = useUi((s) => s.view === 'sweep');
  if (!open) return null;
  return (
    <Suspense fallback={<p className="p-4 text-sm text-slate-600 dark:text-slate-300">Loading the sweep…</p>}>
      <SweepView />
    </Suspense>
  );
}
