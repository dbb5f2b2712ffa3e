'use client';
/**
 * The Share button in the top bar and its panel: copy a link that holds the whole scenario, create a short link
 * on this server, and reopen what was shared before ("My scenarios", kept in this browser). Esc or a click
 * outside closes the panel and returns focus to the button.
 */
import { useEffect, useRef, useState } from 'react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { usePersistedDoc } from '@/components/variants/use-persisted-doc';
import { forgetScenario, linkKind, readMyScenarios, rememberScenario, type MyScenario } from '@/lib/share/my-scenarios';
import { receive } from '@/lib/share/open-flow';
import { FullLinkSection } from './FullLinkSection';
import { MyScenariosSection } from './MyScenariosSection';
import { ShortLinkSection } from './ShortLinkSection';
import { WARN } from './styles';

export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const outside = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div className="relative ml-auto" data-no-shortcuts>
      {/* Icon-sized on purpose: at 1440 px the top bar has no room for a word, and a bar that wraps when the run
          status changes length ("Ready" → "Finished") moves the whole canvas. The name is read out and shown on hover. */}
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? 'share-panel' : undefined}
        aria-label="Share"
        title="Share this scenario: a link, a short link, My scenarios"
        data-testid="share-menu-button"
        onClick={() => setOpen(!open)}
        className="grid h-[1.9rem] w-[2.1rem] place-items-center rounded-md border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] aria-expanded:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-expanded:bg-slate-800"
      >
        <ShareIcon />
      </button>
      {open && (
        <div
          ref={panel}
          id="share-panel"
          role="dialog"
          aria-label="Share this scenario"
          data-testid="share-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
          className="absolute right-0 top-full z-50 mt-1 max-h-[80dvh] w-[min(28rem,calc(100vw-1.5rem))] overflow-y-auto rounded-lg border border-slate-200 bg-white text-slate-900 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <SharePanel onOpened={() => close(false)} />
        </div>
      )}
    </div>
  );
}

/** An arrow leaving a box: the usual sign for "share". */
function ShareIcon() {
  return (
    <svg width="1.05em" height="1.05em" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M8 10V2M5 5l3-3 3 3" />
      <path d="M5.5 7.5H4a1 1 0 0 0-1 1V13a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8.5a1 1 0 0 0-1-1h-1.5" />
    </svg>
  );
}

function SharePanel({ onOpened }: { onOpened: () => void }) {
  const p = usePlayground();
  // A with its variants: a link carries every variant.
  const doc = usePersistedDoc();
  // The panel exists only after a click, in the browser: localStorage can be read while rendering.
  const [list, setList] = useState(() => readMyScenarios());
  const [problem, setProblem] = useState<string>();
  const change = (r: ReturnType<typeof rememberScenario>) => {
    setList(r.list);
    setProblem(r.ok ? undefined : r.error);
  };

  const reopen = (e: MyScenario) => {
    onOpened();
    // The person picked it: open without asking (undo brings the work back), through the same checks as any link.
    if (linkKind(e.link) === 'short') receive(p, { kind: 'short', id: e.link.slice('/s/'.length) }, { confirmed: true });
    else receive(p, { kind: 'link', hash: e.link.slice(e.link.indexOf('#')) }, { confirmed: true });
  };

  return (
    <>
      <FullLinkSection doc={doc} onCopied={(path) => change(rememberScenario(doc.name, path))} />
      <ShortLinkSection doc={doc} onCreated={(title, path) => change(rememberScenario(title, path))} />
      {problem && (
        <p className={`mx-4 mb-2 ${WARN}`} role="status">
          {problem}.
        </p>
      )}
      <MyScenariosSection list={list} onOpen={reopen} onRemove={(e) => change(forgetScenario(e.link))} />
    </>
  );
}
