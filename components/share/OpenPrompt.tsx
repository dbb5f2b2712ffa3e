'use client';
/**
 * "Open the shared scenario (or preset), or keep my work?" — asked only when opening would replace the person's own work.
 * Esc or a click outside keeps the work. Names are user text and are only ever rendered as text.
 */
import { useEffect, useRef } from 'react';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { acceptOffer, declineOffer } from '@/lib/share/open-flow';
import type { Arrival } from '@/lib/share/open-store';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';

const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2]';

function size(doc: ScenarioDoc): string {
  const n = doc.nodes.length;
  const l = doc.links?.length ?? 0;
  return `${n} node${n === 1 ? '' : 's'}, ${l} link${l === 1 ? '' : 's'}`;
}

export function OpenPrompt({ arrival }: { arrival: Arrival }) {
  const p = usePlayground();
  const current = useDoc((s) => s.doc);
  const openButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const keep = () => declineOffer(p);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    openButton.current?.focus();
    return () => before?.focus?.();
  }, []);

  return (
    <div
      className="fixed inset-0 z-[70] grid place-items-center bg-slate-950/50 p-4"
      onPointerDown={(e) => {
        if (e.target === e.currentTarget) keep();
      }}
    >
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="open-prompt-title"
        aria-describedby="open-prompt-body"
        data-testid="open-prompt"
        data-no-shortcuts
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            keep();
          }
          // Keep Tab inside the dialog: it holds two buttons.
          if (e.key === 'Tab') {
            e.preventDefault();
            (document.activeElement === openButton.current ? keepButton : openButton).current?.focus();
          }
        }}
        className="w-[min(34rem,100%)] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="open-prompt-title" className="text-lg font-semibold">
          Open the {arrival.noun}?
        </h2>
        <div id="open-prompt-body" className="mt-3 grid gap-2 text-sm text-slate-700 dark:text-slate-300">
          <p>
            {capitalise(arrival.source)} holds <strong className="break-words text-slate-900 dark:text-slate-100">“{arrival.doc.name}”</strong> ({size(arrival.doc)}).
          </p>
          <p>
            The canvas has your own work: <strong className="break-words text-slate-900 dark:text-slate-100">“{current.name}”</strong> ({size(current)}).
          </p>
          <p>Opening replaces it on the canvas; Undo (Ctrl+Z) brings it back. Keeping your work leaves everything as it is.</p>
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <button ref={keepButton} type="button" onClick={keep} data-testid="open-prompt-keep" className={`${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}>
            Keep my work
          </button>
          <button ref={openButton} type="button" onClick={() => acceptOffer(p)} data-testid="open-prompt-open" className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}>
            Open the {arrival.noun}
          </button>
        </div>
      </div>
    </div>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
