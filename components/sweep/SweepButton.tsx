'use client';
/** "Sweep" in the top bar: opens the parameter sweep view (and back to the editor when it is open). */
import { usePlayground, useUi } from '@/components/playground/PlaygroundProvider';
import { BUTTON } from './styles';

export function SweepButton() {
  const { ui } = usePlayground();
  const open = useUi((s) => s.view === 'sweep');
  return (
    <button
      type="button"
      className={`${BUTTON} ${open ? 'border-[#0072B2] bg-sky-50 dark:bg-sky-950' : ''}`}
      aria-pressed={open}
      data-testid="sweep-open"
      title="Run the scenario over a range of one parameter and chart any metric against it"
      onClick={() => ui.getState().set({ view: open ? 'edit' : 'sweep' })}
    >
      Sweep
    </button>
  );
}
