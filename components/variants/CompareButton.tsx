'use client';
/** "Compare" in the top bar: opens the variant comparison (and back to the editor when it is open). Needs a variant besides A. */
import { useDoc, usePlayground, useUi } from '@/components/playground/PlaygroundProvider';

const BUTTON =
  'shrink-0 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

export function CompareButton() {
  const { ui } = usePlayground();
  const open = useUi((s) => s.view === 'compare');
  const several = useDoc((s) => s.variants.length > 0);
  return (
    <button
      type="button"
      className={`${BUTTON} ${open ? 'border-[#0072B2] bg-sky-50 dark:bg-sky-950' : ''}`}
      aria-pressed={open}
      disabled={!several && !open}
      data-testid="compare-open"
      title={several ? 'Run every variant under the same traffic and compare the numbers' : 'Fork a variant (over the canvas) to compare designs'}
      onClick={() => ui.getState().set({ view: open ? 'edit' : 'compare' })}
    >
      Compare
    </button>
  );
}
