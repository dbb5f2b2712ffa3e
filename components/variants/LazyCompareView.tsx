'use client';
/** The compare view, its code loaded only when first opened: /play's first load has no room to spare. */
import dynamic from 'next/dynamic';

export const LazyCompareView = dynamic(() => import('./compare/CompareView'), {
  ssr: false,
  loading: () => <div className="absolute inset-0 z-30 grid place-items-center bg-slate-50 text-sm dark:bg-[#0b1120]">Loading the comparison…</div>,
});
