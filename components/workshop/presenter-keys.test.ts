import { describe, expect, it } from 'vitest';
import { nextStep, presenterKey } from './presenter-keys';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, repeat: false, ...extra });
const el = (sel: string | null) => ({ closest: (s: string) => (sel && s.split(', ').includes(sel) ? {} : null) }) as unknown as Element;

describe('presenterKey', () => {
  it('maps Space, →, f and Esc', () => {
    expect([' ', 'ArrowRight', 'f', 'F', 'Escape', 'x'].map((k) => presenterKey(key(k), el(null)))).toEqual(['toggle', 'next', 'fault', 'fault', 'leave', null]);
  });
  it('leaves keys to fields being typed in, but Esc always leaves', () => {
    expect(presenterKey(key(' '), el('input'))).toBeNull();
    expect(presenterKey(key('f'), el('select'))).toBeNull();
    expect(presenterKey(key('Escape'), el('input'))).toBe('leave');
  });
  it('ignores held keys and shortcuts with modifiers (Ctrl+F is the browser’s find)', () => {
    expect(presenterKey(key(' ', { repeat: true }), el(null))).toBeNull();
    expect(presenterKey(key('f', { ctrlKey: true }), el(null))).toBeNull();
  });
});

describe('nextStep', () => {
  it('goes one step on, never past the last, and stays without a lesson', () => {
    expect(nextStep(0, 3)).toBe(1);
    expect(nextStep(2, 3)).toBe(2);
    expect(nextStep(0, 0)).toBe(0);
  });
});
