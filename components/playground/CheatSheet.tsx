'use client';
/** The `?` cheat sheet: every canvas shortcut in one modal. Esc, the close button or a click outside closes it. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '@/components/canvas/shortcut-list';
import { usePlayground, useUi } from './PlaygroundProvider';

export function CheatSheet() {
  const open = useUi((s) => s.cheatSheetOpen);
  return open ? <Sheet /> : null;
}

function Sheet() {
  const { ui } = usePlayground();
  const closeButton = useRef<HTMLButtonElement>(null);
  const close = () => ui.getState().set({ cheatSheetOpen: false });

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => before?.focus?.();
  }, []);

  return (
    <div
      className="fixed inset-0 z-[60] grid place-items-center bg-slate-950/50 p-4"
      onPointerDown={(e) => {
        if (e.target === e.currentTarget) ui.getState().set({ cheatSheetOpen: false });
      }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="cheatsheet-title"
        data-no-shortcuts
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            close();
          }
          // Keep Tab inside the dialog: it holds a single control.
          if (e.key === 'Tab') e.preventDefault();
        }}
        className="max-h-[85dvh] w-[min(44rem,100%)] overflow-auto rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="mb-3 flex items-center justify-between gap-4">
          <h2 id="cheatsheet-title" className="text-lg font-semibold">
            Keyboard shortcuts
          </h2>
          <button ref={closeButton} type="button" onClick={close} className="rounded-md px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:hover:bg-slate-800">
            Close <kbd className="ml-1 text-xs opacity-70">Esc</kbd>
          </button>
        </div>
        <div className="grid gap-x-8 gap-y-5 md:grid-cols-2">
          {SHORTCUTS.map((g) => (
            <section key={g.group}>
              <h3 className="mb-1.5 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{g.group}</h3>
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-3 gap-y-1.5 text-sm">
                {g.items.map((s) => (
                  <div key={s.what} className="contents">
                    <dt className="flex flex-wrap gap-1">
                      {s.keys.map((k) => (
                        <kbd key={k} className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                          {k}
                        </kbd>
                      ))}
                    </dt>
                    <dd className="text-slate-700 dark:text-slate-300">{s.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
