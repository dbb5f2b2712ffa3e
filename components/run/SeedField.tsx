'use client';
/**
 * The seed lives in the document (a shared scenario replays the same numbers), so changing it is
 * an undoable edit and, like any edit that changes the simulation, restarts the run from 0 s.
 */
import { useState } from 'react';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { FIELD } from './SpeedSelect';

const MAX_SEED = 2 ** 32 - 1;

/** The seed a text means, or an explanation of why it is not one. */
export function parseSeed(text: string): { ok: true; seed: number } | { ok: false; error: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, error: 'The seed is a whole number ≥ 0' };
  const n = Number(t);
  if (n > MAX_SEED) return { ok: false, error: `The seed is at most ${MAX_SEED}` };
  return { ok: true, seed: n };
}

export function SeedField() {
  const { doc, ui, run } = usePlayground();
  const seed = useDoc((s) => s.doc.seed ?? 1);
  // The draft is keyed by the committed seed, so undo or a loaded scenario shows through.
  const [draft, setDraft] = useState<{ for: number; text: string } | null>(null);
  const text = draft && draft.for === seed ? draft.text : String(seed);
  const parsed = parseSeed(text);

  const commit = () => {
    if (!parsed.ok) return;
    setDraft(null);
    if (parsed.seed === seed) return;
    const { status, nowMs } = run.getState();
    const active = status === 'running' || ((status === 'paused' || status === 'done') && nowMs > 0);
    doc.getState().apply((d) => ({ ...d, seed: parsed.seed }));
    // A run in progress gets the playground's "scenario changed, restarted" notice; say it otherwise.
    if (!active) ui.getState().notify(`Seed set to ${parsed.seed}: the run starts from 0 s with it.`, 'info');
  };

  return (
    <label className="relative flex items-center gap-1.5 text-sm text-slate-600 dark:text-slate-300">
      Seed
      <input
        data-testid="run-seed"
        inputMode="numeric"
        value={text}
        onChange={(e) => setDraft({ for: seed, text: e.target.value })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : 'seed-error'}
        title="Same seed, same numbers. Changing it restarts the run."
        className={`${FIELD} w-[5.5rem] font-mono tabular-nums ${parsed.ok ? '' : 'border-[#D55E00]! outline-[#D55E00]'}`}
      />
      {!parsed.ok && (
        <span id="seed-error" role="alert" className="absolute left-10 top-full z-20 mt-1 whitespace-nowrap rounded bg-[#D55E00] px-2 py-0.5 text-xs font-medium text-white">
          {parsed.error}
        </span>
      )}
    </label>
  );
}
