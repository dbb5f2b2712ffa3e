/** The presenter's keys: Space plays/pauses, → next lesson step, F injects the scripted fault, Esc leaves. */
export type PresenterAction = 'toggle' | 'next' | 'fault' | 'leave';

/** Fields that take keys themselves (typing, choosing in a list). */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]';

export function presenterKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat'>, target: Element | null): PresenterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return 'leave';
  if (target?.closest?.(TYPING)) return null;
  if (e.key === ' ') return e.repeat ? null : 'toggle';
  if (e.key === 'ArrowRight') return 'next';
  if (e.key === 'f' || e.key === 'F') return e.repeat ? null : 'fault';
  return null;
}

/** The next lesson step's index, bounded by the lesson (unchanged without one). */
export function nextStep(current: number, stepCount: number): number {
  return stepCount <= 0 ? current : Math.min(current + 1, stepCount - 1);
}
