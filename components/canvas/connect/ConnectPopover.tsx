'use client';
/** Several ways to join two nodes: a small menu at the drop point. Arrows move, Enter picks, Esc cancels. */
import { useEffect, useRef } from 'react';
import type { ConnectOption } from '@/lib/scenario-doc/connect-rules';
import { optionText } from './option-text';

export interface PendingConnect {
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  options: ConnectOption[];
  note?: string;
  x: number;
  y: number;
}

export function ConnectPopover({ pending, onPick, onCancel }: { pending: PendingConnect; onPick: (o: ConnectOption) => void; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) onCancel();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onCancel]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'Escape') onCancel();
    else if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Tab') onCancel();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const left = Math.max(8, Math.min(pending.x + 8, window.innerWidth - 344));
  const top = Math.max(8, Math.min(pending.y + 8, window.innerHeight - 80 - pending.options.length * 56));
  return (
    <div
      ref={box}
      role="menu"
      aria-label={`Connect ${pending.sourceLabel} to ${pending.targetLabel}`}
      data-no-shortcuts
      data-testid="connect-popover"
      onKeyDown={onKeyDown}
      className="fixed z-50 w-84 rounded-lg border border-slate-300 bg-white p-1.5 text-sm shadow-xl dark:border-slate-600 dark:bg-slate-900"
      style={{ left, top }}
    >
      <p className="px-2 pt-1 pb-1.5 text-xs text-slate-600 dark:text-slate-300">
        Connect <strong>{pending.sourceLabel}</strong> → <strong>{pending.targetLabel}</strong>
      </p>
      {pending.note && (
        <p role="note" className="mx-1 mb-1.5 rounded border-l-4 border-[#E69F00] bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          No REST call: {pending.note.replace(/^a REST call would /, 'it would ')}
        </p>
      )}
      {pending.options.map((o) => {
        const t = optionText(o);
        return (
          <button
            key={o}
            type="button"
            role="menuitem"
            data-option={o}
            onClick={() => onPick(o)}
            className="block w-full rounded-md px-2 py-1.5 text-left outline-none hover:bg-sky-50 focus-visible:bg-sky-100 focus-visible:ring-2 focus-visible:ring-[#0072B2] dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
          >
            <span className="block font-semibold">{t.title}</span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">{t.hint}</span>
          </button>
        );
      })}
    </div>
  );
}
