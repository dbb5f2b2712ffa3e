'use client';
/** The console tab's body, loaded when first shown: msw and the console stay out of the playground's first load. */
import { lazy, Suspense } from 'react';

const ConsolePanel = lazy(() => import('./ConsolePanel'));

export function LazyConsole() {
  return (
    <Suspense fallback={<p className="pt-4 text-sm text-slate-600 dark:text-slate-300">Loading the console…</p>}>
      <ConsolePanel />
    </Suspense>
  );
}
