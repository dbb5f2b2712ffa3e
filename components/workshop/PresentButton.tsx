'use client';
/** "Present" in the top bar: the presenter view for a projector (Esc leaves it). */
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { BUTTON } from '@/components/run/PlayButtons';

export function PresentButton() {
  const { ui } = usePlayground();
  return (
    <button type="button" className={BUTTON} data-testid="present-open" title="Presenter view: large text, a clean canvas, keyboard control (Esc leaves)" onClick={() => ui.getState().set({ view: 'present' })}>
      Present
    </button>
  );
}
