'use client';
/**
 * The presenter view (ui.view === 'present'): the whole window for a projector. Large text, a clean
 * canvas fitted to the screen, one big chart, the breakers, the lesson step when the scenario has a
 * lesson. Keys: Space play/pause, → next lesson step, F inject the scripted fault, Esc back to the editor.
 */
import { useDoc, useDriver, usePlayground, useRun } from '@/components/playground/PlaygroundProvider';
import LessonStepCard from '@/components/lessons/LessonStepCard';
import { PauseIcon, PlayIcon } from '@/components/run/icons';
import { formatClock } from '@/components/run/format';
import { PauseOnSelect } from '@/components/run/PauseOnSelect';
import { SpeedSelect } from '@/components/run/SpeedSelect';
import { BreakerBoard } from './BreakerBoard';
import { PresenterCanvas } from './PresenterCanvas';
import { RoomChart } from './RoomChart';
import { usePresenterKeys } from './use-presenter-keys';

const BIG_BUTTON =
  'inline-flex items-center gap-2 rounded-lg border-2 px-4 py-2 text-2xl font-semibold focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-[#0072B2] disabled:opacity-50';

function Clock() {
  const tenths = useRun((s) => Math.floor(s.nowMs / 100));
  const duration = useRun((s) => s.durationMs);
  return (
    <p className="font-mono text-4xl font-bold tabular-nums" data-testid="presenter-clock" title="Simulated time">
      {formatClock(tenths * 100)}
      <span className="ml-2 text-2xl font-normal text-slate-500 dark:text-slate-400">/ {formatClock(duration)}</span>
    </p>
  );
}

export default function PresenterView() {
  const { ui } = usePlayground();
  const driver = useDriver();
  const title = useDoc((s) => s.doc.name);
  const status = useRun((s) => s.status);
  usePresenterKeys();
  const running = status === 'running';
  return (
    <div
      className="fixed inset-0 z-40 grid grid-rows-[auto_minmax(0,1fr)_auto] bg-white text-slate-900 dark:bg-[#0b1120] dark:text-slate-100"
      data-testid="presenter"
      data-status={status}
      role="region"
      aria-label="Presenter view"
    >
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 px-6 py-3 dark:border-slate-800">
        <h1 className="w-full truncate text-3xl font-bold 2xl:w-auto 2xl:flex-1">{title}</h1>
        <button
          type="button"
          data-testid="presenter-play"
          onClick={() => driver?.toggle()}
          disabled={!driver || status === 'invalid'}
          className={`${BIG_BUTTON} ${running ? 'border-slate-400 bg-white text-slate-900 dark:bg-slate-900 dark:text-white' : 'border-[#0072B2] bg-[#0072B2] text-white'}`}
        >
          {running ? <PauseIcon /> : <PlayIcon />}
          {running ? 'Pause' : status === 'done' ? 'Replay' : 'Play'}
        </button>
        <Clock />
        <div className="flex flex-1 items-center gap-3 [&_label]:text-lg [&_select]:text-lg">
          <SpeedSelect />
          <PauseOnSelect />
        </div>
        <button type="button" data-testid="presenter-leave" onClick={() => ui.getState().set({ view: 'edit' })} className={`${BIG_BUTTON} border-slate-300 text-lg dark:border-slate-600`}>
          Leave (Esc)
        </button>
      </header>
      <div className="grid min-h-0 grid-cols-[minmax(0,1fr)_minmax(24rem,36%)]">
        <div className="grid min-h-0 min-w-0 grid-rows-[minmax(0,1fr)_auto]">
          <main className="relative min-h-0 min-w-0" aria-label="System">
            <PresenterCanvas />
          </main>
          <div className="border-t border-slate-200 px-5 py-3 dark:border-slate-800">
            <RoomChart />
          </div>
        </div>
        <aside className="flex min-h-0 flex-col gap-5 overflow-y-auto border-l border-slate-200 p-5 dark:border-slate-800" aria-label="What to watch">
          <BreakerBoard />
          <LessonStepCard />
        </aside>
      </div>
      <footer className="border-t border-slate-200 px-6 py-2 text-lg text-slate-600 dark:border-slate-800 dark:text-slate-300">
        <kbd className="font-semibold">Space</kbd> play / pause · <kbd className="font-semibold">→</kbd> next step · <kbd className="font-semibold">F</kbd> inject the fault · <kbd className="font-semibold">Esc</kbd> leave
      </footer>
    </div>
  );
}
