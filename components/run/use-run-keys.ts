'use client';
/** Space plays or pauses, → steps — unless the key belongs to whatever has focus. */
import { useEffect } from 'react';
import type { RunDriver } from '@/lib/run/driver';

/** Elements that take Space or arrows themselves (typing, pressing a button, moving a node). */
const OWNS_KEYS = 'input, textarea, select, button, a[href], summary, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="slider"], [role="tab"], [role="menuitem"], [role="option"], [role="dialog"] *, .react-flow__node, .react-flow__edge';

export function keyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'defaultPrevented'>, target: Element | null): 'toggle' | 'step' | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key !== ' ' && e.key !== 'ArrowRight') return null;
  if (target?.closest?.(OWNS_KEYS)) return null;
  if (e.key === ' ') return e.repeat ? null : 'toggle';
  return 'step';
}

export function useRunKeys(driver: RunDriver | undefined, blocked: () => boolean): void {
  useEffect(() => {
    if (!driver) return;
    const onKey = (e: KeyboardEvent) => {
      if (blocked()) return;
      const action = keyAction(e, e.target instanceof Element ? e.target : null);
      if (!action) return;
      e.preventDefault();
      if (action === 'toggle') driver.toggle();
      else void driver.step();
    };
    // Window, capture phase: before React Flow, which claims Space (pan activation) on the document.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [driver, blocked]);
}
