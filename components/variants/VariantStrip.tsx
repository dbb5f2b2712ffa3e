'use client';
/**
 * The variant strip over the canvas: tabs A, B, … (the active one filled in its colour, and the
 * canvas framed in it), Fork, and Compare. Double-click a tab to rename it; × deletes the active
 * variant. Every action is one undo step, like any edit.
 */
import { useState } from 'react';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { BASE_NAME, deleteVariant, forkVariant, renameVariant, switchVariant } from '@/lib/variants/workspace';
import { variantColor } from './variant-colors';

const TAB = 'rounded-md px-2 py-0.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-[#0072B2]';
const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

export function VariantStrip() {
  const { doc, ui } = usePlayground();
  const names = useDoc((s) => [BASE_NAME, ...s.variants.map((v) => v.name)].join('\n')).split('\n');
  const active = useDoc((s) => s.active);
  const [editing, setEditing] = useState<string>();
  const several = names.length > 1;
  const color = variantColor(names.indexOf(active));

  const commitRename = (from: string, to: string) => {
    setEditing(undefined);
    const problem = renameVariant(doc, from, to);
    if (problem) ui.getState().notify(`Could not rename variant ${from}: ${problem}.`, 'warn');
  };

  return (
    <>
      {several && <div className="pointer-events-none absolute inset-0 z-[4] border-4" style={{ borderColor: color }} data-testid="variant-frame" aria-hidden />}
      <div
        className="absolute top-3 left-1/2 z-10 flex -translate-x-1/2 items-center gap-1 rounded-lg border border-slate-200 bg-white/95 px-1.5 py-1 shadow-sm dark:border-slate-700 dark:bg-slate-900/95"
        role="toolbar"
        aria-label="Design variants"
        data-testid="variant-strip"
        data-active={active}
      >
        {several &&
          names.map((name, i) =>
            editing === name ? (
              <input
                key={name}
                autoFocus
                defaultValue={name}
                maxLength={24}
                aria-label={`New name for variant ${name}`}
                className="w-28 rounded-md border border-slate-300 px-1.5 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-950"
                onBlur={(e) => commitRename(name, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') commitRename(name, e.currentTarget.value);
                  if (e.key === 'Escape') setEditing(undefined);
                }}
              />
            ) : (
              <button
                key={name}
                type="button"
                className={TAB}
                style={name === active ? { background: variantColor(i), color: i === 7 ? '#000' : '#fff' } : { color: variantColor(i) }}
                aria-pressed={name === active}
                title={name === BASE_NAME ? 'Variant A: the base scenario' : `Variant ${name} — double-click to rename`}
                onClick={() => switchVariant(doc, name)}
                onDoubleClick={() => name !== BASE_NAME && setEditing(name)}
              >
                {name}
              </button>
            ),
          )}
        {several && active !== BASE_NAME && (
          <button type="button" className={`${BUTTON} px-1.5`} aria-label={`Delete variant ${active}`} title={`Delete variant ${active}`} onClick={() => deleteVariant(doc, active)}>
            ×
          </button>
        )}
        <button type="button" className={BUTTON} onClick={() => forkVariant(doc)} disabled={names.length >= 9} title={`Copy variant ${active} into a new variant to change`}>
          Fork {active}
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => ui.getState().set({ view: 'compare' })}
          disabled={!several}
          title={several ? 'Run every variant under the same traffic and compare the numbers' : 'Fork a variant first'}
        >
          Compare
        </button>
      </div>
    </>
  );
}
