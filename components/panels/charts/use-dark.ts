'use client';
/** Whether the page is dark right now (the user's choice, or the system's): charts draw on canvas and need to know. */
import { useSyncExternalStore } from 'react';

function isDark(): boolean {
  const root = document.documentElement;
  if (root.classList.contains('dark')) return true;
  if (root.classList.contains('light')) return false;
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function subscribe(onChange: () => void): () => void {
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  const mq = window.matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', onChange);
  return () => {
    mo.disconnect();
    mq.removeEventListener('change', onChange);
  };
}

/** Whether large-text mode is on (axis labels grow with it). */
function isLarge(): boolean {
  return document.documentElement.classList.contains('large-text');
}

export function useDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}

export function useLargeText(): boolean {
  return useSyncExternalStore(subscribe, isLarge, () => false);
}
