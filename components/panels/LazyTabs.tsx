'use client';
/**
 * The events, trace and report tabs' bodies, loaded when first shown: only the charts tab is open on
 * the first paint, so these stay out of the playground's first-load JavaScript (PRODUCT.md: ≤ 350 kB).
 */
import { lazy, Suspense, type ReactNode } from 'react';

const EventLog = lazy(() => import('./events/EventLog').then((m) => ({ default: m.EventLog })));
const TracePanel = lazy(() => import('./TracePanel').then((m) => ({ default: m.TracePanel })));
const ReportPanel = lazy(() => import('./ReportPanel').then((m) => ({ default: m.ReportPanel })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="pt-4 text-sm text-slate-600 dark:text-slate-300">Loading…</p>}>{children}</Suspense>;
}

export function LazyEventLog() {
  return (
    <Loading>
      <EventLog />
    </Loading>
  );
}

export function LazyTracePanel() {
  return (
    <Loading>
      <TracePanel />
    </Loading>
  );
}

export function LazyReportPanel() {
  return (
    <Loading>
      <ReportPanel />
    </Loading>
  );
}
