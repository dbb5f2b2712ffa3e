'use client';
/**
 * The bottom panel's height (in rem, so it scales with large text) and whether it is collapsed,
 * remembered per browser. Read through useSyncExternalStore so the server render (defaults) and
 * the first client render agree, and the saved size applies right after hydration.
 */
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'interplay:panel:v1';
const EVENT = 'interplay:panel';
export const DEFAULT_REM = 16;
const MIN_REM = 9;
const MAX_REM = 40;

interface Saved {
  heightRem: number;
  collapsed: boolean;
}

export function clampRem(rem: number): number {
  return Math.min(MAX_REM, Math.max(MIN_REM, Math.round(rem * 4) / 4));
}

export function parseSaved(text: string | null): Saved {
  try {
    const s = JSON.parse(text ?? '{}') as Partial<Saved>;
    return { heightRem: clampRem(typeof s.heightRem === 'number' ? s.heightRem : DEFAULT_REM), collapsed: s.collapsed === true };
  } catch {
    return { heightRem: DEFAULT_REM, collapsed: false };
  }
}

// What was set this visit, for when storage refuses to keep it.
let memory: string | null = null;

function read(): string | null {
  try {
    return localStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function write(patch: Partial<Saved>): void {
  const s = parseSaved(read());
  memory = JSON.stringify({ ...s, ...patch, heightRem: clampRem(patch.heightRem ?? s.heightRem) });
  try {
    localStorage.setItem(KEY, memory);
  } catch {
    // storage refused: the size lasts for this visit
  }
  window.dispatchEvent(new Event(EVENT));
}

export function usePanelSize() {
  const text = useSyncExternalStore(subscribe, read, () => null);
  const saved = parseSaved(text);
  return {
    heightRem: saved.heightRem,
    collapsed: saved.collapsed,
    setHeightRem: useCallback((heightRem: number) => write({ heightRem }), []),
    setCollapsed: useCallback((collapsed: boolean) => write({ collapsed }), []),
  };
}
