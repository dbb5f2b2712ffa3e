'use client';
/** The presenter view, loaded only when first opened: none of it is in the playground's first load. */
import { lazy, Suspense } from 'react';
import { useUi } from '@/components/playground/PlaygroundProvider';

const PresenterView = lazy(() => import('./PresenterView'));

export function LazyPresenter() {
  const open = useUi((s) => s.view === 'present');
  if (!open) return null;
  return (
    <Suspense fallback={<p className="fixed inset-0 z-40 grid place-items-center bg-white text-2xl dark:bg-[#0b1120]">Opening the presenter view…</p>}>
      <PresenterView />
    </Suspense>
  );
}
