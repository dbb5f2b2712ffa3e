'use client';
/** The guide tab's body, loaded when first shown: the presets' texts stay out of the playground's first load. */
import { lazy, Suspense } from 'react';

const GuidePanel = lazy(() => import('./GuidePanel'));

export function LazyGuide() {
  return (
    <Suspense fallback={<p className="pt-4 text-sm text-slate-600 dark:text-slate-300">Loading the guide…</p>}>
      <GuidePanel />
    </Suspense>
  );
}
