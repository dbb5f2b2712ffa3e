'use client';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePlayground, useUi } from './PlaygroundProvider';

const TONE = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
  warn: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
};

/** Short messages in the corner: what just happened and why. Info fades; warnings stay until dismissed. */
export function Notices() {
  const { ui } = usePlayground();
  const notices = useUi(useShallow((s) => s.notices));
  useEffect(() => {
    const info = notices.filter((n) => n.tone === 'info');
    if (info.length === 0) return;
    const t = setTimeout(() => info.forEach((n) => ui.getState().dismiss(n.id)), 6000);
    return () => clearTimeout(t);
  }, [notices, ui]);
  return (
    <div className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-[min(36rem,90vw)] -translate-x-1/2 flex-col gap-2" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} role={n.tone === 'info' ? 'status' : 'alert'} data-testid="notice" className={`pointer-events-auto flex items-start gap-3 rounded-lg border px-4 py-2 text-sm shadow ${TONE[n.tone]}`}>
          <span className="flex-1">{n.text}</span>
          <button type="button" onClick={() => ui.getState().dismiss(n.id)} aria-label="Dismiss" className="opacity-70 hover:opacity-100">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
