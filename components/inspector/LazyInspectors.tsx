'use client';
/**
 * The node and link editors, loaded when something is first selected: with their kind editors,
 * policies and faults they are a large part of the page, and nothing is selected on the first paint
 * (PRODUCT.md: first-load JavaScript ≤ 350 kB).
 */
import { lazy, Suspense } from 'react';

const NodeInspector = lazy(() => import('./NodeInspector').then((m) => ({ default: m.NodeInspector })));
const LinkInspector = lazy(() => import('./LinkInspector').then((m) => ({ default: m.LinkInspector })));

const loading = <p className="px-4 pt-4 text-sm text-slate-600 dark:text-slate-300">Loading…</p>;

export function LazyNodeInspector({ id }: { id: string }) {
  return (
    <Suspense fallback={loading}>
      <NodeInspector id={id} />
    </Suspense>
  );
}

export function LazyLinkInspector({ id }: { id: string }) {
  return (
    <Suspense fallback={loading}>
      <LinkInspector id={id} />
    </Suspense>
  );
}
