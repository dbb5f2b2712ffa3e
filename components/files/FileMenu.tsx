'use client';
/**
 * The File menu in the top bar: open a scenario file, download it as JSON, download a picture of
 * the graph, the run report and the time series. A menu button in the WAI-ARIA manner: arrows
 * move, Enter or Space picks, Esc closes and returns focus to the button.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useRun } from '@/components/playground/PlaygroundProvider';
import { useFileActions } from './use-file-actions';

const ITEM =
  'flex w-full flex-col items-start rounded-md px-3 py-1.5 text-left text-sm text-slate-900 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none disabled:cursor-not-allowed disabled:opacity-45 disabled:hover:bg-transparent dark:text-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800';

interface ItemProps {
  /** What the item does; `run` closes the menu and shows the menu button busy while it works. */
  action: () => unknown;
  run: (action: () => unknown) => void;
  disabled?: boolean;
  hint: string;
  testId: string;
  children: ReactNode;
}

function Item({ action, run, disabled, hint, testId, children }: ItemProps) {
  return (
    <button type="button" role="menuitem" disabled={disabled} aria-disabled={disabled || undefined} onClick={() => run(action)} data-testid={testId} className={ITEM} tabIndex={-1}>
      <span>{children}</span>
      <span className="text-xs text-slate-500 dark:text-slate-400">{hint}</span>
    </button>
  );
}

const Separator = () => <div role="separator" className="my-1 h-px bg-slate-200 dark:bg-slate-700" />;

export function FileMenu() {
  const actions = useFileActions();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const hasReport = useRun((s) => s.report !== undefined);
  const hasSeries = useRun((s) => s.nowMs > 0 && s.status !== 'invalid');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []);
  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  const run = (action: () => unknown) => {
    close();
    setBusy(true);
    void Promise.resolve(action()).finally(() => setBusy(false));
  };
  const chooseFile = () => input.current?.click();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') return close(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="relative" data-no-shortcuts>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'file-menu' : undefined}
        aria-busy={busy || undefined}
        data-testid="file-menu-button"
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className="h-[1.9rem] rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        File <span aria-hidden="true" className={busy ? 'animate-pulse' : ''}>▾</span>
      </button>
      {open && (
        <div ref={menu} id="file-menu" role="menu" aria-label="File" onKeyDown={onMenuKey} className="absolute left-0 top-full z-50 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <Item testId="file-open" hint="A scenario saved from Interplay (.json); undo brings back what you had" run={run} action={chooseFile}>
            Open JSON file…
          </Item>
          <Item testId="file-download-json" hint="This scenario with its seed, to open here again or edit" run={run} action={actions.downloadJson}>
            Download JSON
          </Item>
          <Separator />
          <Item testId="file-download-png" hint="The whole graph as it looks now" run={run} action={() => actions.downloadPicture('png')}>
            Download picture (PNG)
          </Item>
          <Item testId="file-download-svg" hint="The same, as a vector picture" run={run} action={() => actions.downloadPicture('svg')}>
            Download picture (SVG)
          </Item>
          <Separator />
          <Item testId="file-download-report" disabled={!hasReport} hint={hasReport ? 'Key numbers and tables for a design review' : 'Once a run has finished'} run={run} action={actions.downloadReport}>
            Download report (Markdown)
          </Item>
          <Item testId="file-download-csv" disabled={!hasSeries} hint={hasSeries ? 'One row per window per node and link' : 'Once a run has started'} run={run} action={actions.downloadSeries}>
            Download time series (CSV)
          </Item>
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file again is a new choice
          if (file) void actions.open(file);
        }}
      />
    </div>
  );
}
