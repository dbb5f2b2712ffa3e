'use client';
/** Simulated time against the run's duration, with a progress bar and, when it lags, the real speed. */
import { useRun } from '@/components/playground/PlaygroundProvider';
import { formatClock, formatSpeed } from './format';

export function SimClock() {
  // Tenths of a second: the clock re-renders ten times per simulated second at most.
  const tenths = useRun((s) => Math.floor(s.nowMs / 100));
  const durationMs = useRun((s) => s.durationMs);
  const lagging = useRun((s) => (s.status === 'running' && (!Number.isFinite(s.speed) || s.effectiveSpeed < s.speed * 0.8) && s.effectiveSpeed > 0 ? Math.round(s.effectiveSpeed * 10) / 10 : 0));
  const now = tenths * 100;
  const pct = durationMs > 0 ? Math.min(100, (now / durationMs) * 100) : 0;
  return (
    // Fixed size and contained, progress drawn with a transform: the clock changes every frame at
    // high speed, and must not make the browser lay out the page each time.
    <div className="flex h-[2.25rem] w-[15rem] flex-col justify-center gap-1 overflow-hidden [contain:strict]" data-testid="run-clock">
      <div className="flex items-baseline gap-2 font-mono text-sm tabular-nums">
        <span className="text-base font-semibold text-slate-900 dark:text-white" title="Simulated time">
          {formatClock(now)}
        </span>
        <span className="text-slate-500 dark:text-slate-400">/ {formatClock(durationMs)}</span>
        {lagging > 0 && (
          <span className="font-sans text-xs text-slate-600 dark:text-slate-300" title="Simulated seconds per real second achieved lately">
            ≈ {formatSpeed(lagging)}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-label="Simulated time"
        aria-valuemin={0}
        aria-valuemax={Math.round(durationMs / 1000)}
        aria-valuenow={Math.round(now / 1000)}
        aria-valuetext={`${formatClock(now)} of ${formatClock(durationMs)}`}
        className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full w-full origin-left rounded-full bg-[#0072B2] dark:bg-[#3a9ad9]" style={{ transform: `scaleX(${pct / 100})` }} />
      </div>
    </div>
  );
}
