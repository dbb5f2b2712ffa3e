'use client';
/** The lesson tab's body, loaded when first shown: the lesson player and editor stay out of the playground's first load. */
import { lazy, Suspense } from 'react';

const LessonPanel = lazy(() => import('./LessonPanel'));

export function LazyLesson() {
  return (
    <Suspense fallback={<p className="pt-4 text-sm text-slate-600 dark:text-slate-300">Loading the lesson…</p>}>
      <LessonPanel />
    </Suspense>
  );
}
