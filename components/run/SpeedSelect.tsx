'use client';
/** Simulated seconds per wall-clock second, from slow motion to as fast as the engine can go. */
import { useDriver, useRun } from '@/components/playground/PlaygroundProvider';
import { formatSpeed } from './format';

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100, Infinity] as const;

const FIELD =
  'h-[2.25rem] rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-[#0072B2] dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export function SpeedSelect() {
  const driver = useDriver();
  const speed = useRun((s) => s.speed);
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-600 dark:text-slate-300">
      Speed
      <select
        data-testid="run-speed"
        value={Number.isFinite(speed) ? String(speed) : 'max'}
        onChange={(e) => driver?.setSpeed(e.target.value === 'max' ? Infinity : Number(e.target.value))}
        disabled={!driver}
        title="Simulated time per second of wall-clock time. Fastest: as fast as the engine can go."
        className={FIELD}
      >
        {SPEEDS.map((s) => (
          <option key={String(s)} value={Number.isFinite(s) ? String(s) : 'max'}>
            {Number.isFinite(s) ? formatSpeed(s) : 'Fastest'}
          </option>
        ))}
      </select>
    </label>
  );
}

export { FIELD };
