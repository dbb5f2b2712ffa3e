'use client';
/**
 * The sweep's setup: which parameter (any numeric one of the scenario, by element), the range
 * (from, to, points, linear or log), the seed and replications, and Run / Cancel with progress.
 * The form lives in the sweep store, so it survives a trip back to the editor.
 */
import { useStore } from 'zustand';
import type { SweepParam } from '@/lib/sweep/parameters';
import { MAX_POINTS, round6 } from '@/lib/sweep/range';
import { sweepStore, type SweepForm as Form } from '@/lib/sweep/sweep-store';
import type { SweepStatus } from './use-sweep-run';
import { BUTTON, INPUT, LABEL, PRIMARY } from './styles';

interface Props {
  params: SweepParam[];
  param?: SweepParam;
  problem?: string;
  warning?: string;
  pointCount: number;
  status: SweepStatus;
  defaultDurationSec: number;
  defaultWorkers: number;
  onRun(): void;
  onCancel(): void;
}

/** A starting range around the current value: half to double it (a knee usually lies in there). */
export function suggestedRange(p: SweepParam): Pick<Form, 'from' | 'to'> {
  const cur = p.current;
  const clamp = (v: number) => Math.min(p.max ?? Infinity, Math.max(p.min ?? -Infinity, p.int ? Math.round(v) : round6(v)));
  if (cur === undefined || cur === 0) {
    const from = p.min ?? 0;
    return { from: String(from), to: String(clamp(p.max !== undefined ? Math.min(p.max, from + 10) : from + 10)) };
  }
  return { from: String(clamp(cur / 2)), to: String(clamp(cur * 2)) };
}

export function SweepForm({ params, param, problem, warning, pointCount, status, defaultDurationSec, defaultWorkers, onRun, onCancel }: Props) {
  const form = useStore(sweepStore, (s) => s.form);
  const set = (patch: Partial<Form>) => sweepStore.getState().set({ form: { ...sweepStore.getState().form, ...patch } });
  const groups = new Map<string, SweepParam[]>();
  for (const p of params) groups.set(p.element, [...(groups.get(p.element) ?? []), p]);
  const running = status.state === 'running';
  const seeds = Math.max(1, Math.floor(Number(form.replications)) || 1);

  return (
    <form
      className="flex min-h-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 p-3 dark:border-slate-800"
      aria-label="Sweep setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (!running) onRun();
      }}
    >
      <label className={LABEL}>
        Parameter
        <select
          className={INPUT}
          data-testid="sweep-param"
          value={param?.id ?? ''}
          onChange={(e) => {
            const p = params.find((x) => x.id === e.target.value);
            set({ paramId: e.target.value, ...(p ? suggestedRange(p) : {}) });
          }}
        >
          <option value="" disabled>
            Choose a parameter…
          </option>
          {[...groups].map(([element, ps]) => (
            <optgroup key={element} label={element}>
              {ps.map((p) => (
                <option key={p.id} value={p.id}>
                  {/* The element too: a closed select shows only the option, not its group. */}
                  {p.element} · {p.name}
                  {p.unit ? ` (${p.unit})` : ''}
                  {p.current !== undefined ? ` — now ${p.current}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {param?.help && <p className="-mt-1 text-xs text-slate-500 dark:text-slate-400">{param.help}</p>}

      <div className="grid grid-cols-3 gap-2">
        <label className={LABEL}>
          From
          <input className={INPUT} data-testid="sweep-from" inputMode="decimal" value={form.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className={LABEL}>
          To
          <input className={INPUT} data-testid="sweep-to" inputMode="decimal" value={form.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label className={LABEL}>
          Points
          <input className={INPUT} data-testid="sweep-points" inputMode="numeric" value={form.points} onChange={(e) => set({ points: e.target.value })} title={`2 to ${MAX_POINTS}`} />
        </label>
      </div>
      <fieldset className="flex items-center gap-3 text-sm text-slate-700 dark:text-slate-200">
        <legend className="sr-only">Spacing</legend>
        {(['linear', 'log'] as const).map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="radio" name="sweep-scale" value={s} checked={form.scale === s} onChange={() => set({ scale: s })} data-testid={`sweep-scale-${s}`} />
            {s === 'linear' ? 'even steps' : 'log steps'}
          </label>
        ))}
      </fieldset>

      <div className="grid grid-cols-2 gap-2">
        <label className={LABEL}>
          Seed
          <input className={INPUT} data-testid="sweep-seed" inputMode="numeric" value={form.seed} onChange={(e) => set({ seed: e.target.value })} />
        </label>
        <label className={LABEL} title="Runs per point with seeds seed, seed+1, …: the chart shows their mean and a 95 % confidence band">
          Seeds per point
          <input className={INPUT} data-testid="sweep-replications" inputMode="numeric" value={form.replications} onChange={(e) => set({ replications: e.target.value })} />
        </label>
        <label className={LABEL}>
          Simulated time (s)
          <input className={INPUT} data-testid="sweep-duration" inputMode="decimal" placeholder={String(defaultDurationSec)} value={form.durationSec} onChange={(e) => set({ durationSec: e.target.value })} />
        </label>
        <label className={LABEL} title="Parallel Web Workers, one engine each">
          Workers
          <input className={INPUT} data-testid="sweep-workers" inputMode="numeric" placeholder={`auto (${defaultWorkers})`} value={form.workers} onChange={(e) => set({ workers: e.target.value })} />
        </label>
      </div>

      {problem && (
        <p className="text-sm text-red-700 dark:text-red-300" role="status" data-testid="sweep-problem">
          {problem}
        </p>
      )}

      {warning && (
        <p className="text-sm text-amber-700 dark:text-amber-300" role="status" data-testid="sweep-warning">
          {warning}
        </p>
      )}

      <div className="flex items-center gap-2">
        <button type="submit" className={PRIMARY} data-testid="sweep-run" disabled={running || !param || !!problem}>
          Run {pointCount > 0 ? `${pointCount} points${seeds > 1 ? ` × ${seeds} seeds` : ''}` : 'sweep'}
        </button>
        {running && (
          <button type="button" className={BUTTON} data-testid="sweep-cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {running && (
        <div className="flex flex-col gap-1">
          <div
            role="progressbar"
            aria-label="Sweep progress"
            aria-valuemin={0}
            aria-valuemax={status.total}
            aria-valuenow={status.done}
            data-testid="sweep-progress"
            className="h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
          >
            <div className="h-full bg-[#0072B2] transition-[width]" style={{ width: `${(100 * status.done) / status.total}%` }} />
          </div>
          <span className="text-xs text-slate-600 dark:text-slate-300">
            {status.done} of {status.total} runs · {status.workers} worker{status.workers === 1 ? '' : 's'}
          </span>
        </div>
      )}
      {status.state === 'cancelled' && (
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="sweep-cancelled">
          Cancelled: the workers were stopped; the chart still shows the last finished sweep.
        </p>
      )}
      {status.state === 'failed' && (
        <p className="text-sm text-red-700 dark:text-red-300" role="alert">
          The sweep could not run: {status.error}
        </p>
      )}
    </form>
  );
}
