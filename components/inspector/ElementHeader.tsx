/** The top of the panel: what is being edited, in its kind's colour and words. */
import type { ReactNode } from 'react';

export { KIND_ACCENT } from '@/components/canvas/nodes/kind-style';

export function ElementHeader({ kind, accent, title, sub, dashed }: { kind: string; accent: string; title: ReactNode; sub?: ReactNode; dashed?: boolean }) {
  return (
    <div className="px-4 pt-3 pb-2">
      <p className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm border-2" style={{ borderColor: accent, background: dashed ? 'transparent' : accent, borderStyle: dashed ? 'dashed' : 'solid' }} />
        {kind}
      </p>
      <h2 className="mt-1 text-lg leading-tight font-semibold [overflow-wrap:anywhere]">{title}</h2>
      {sub && <div className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{sub}</div>}
    </div>
  );
}
