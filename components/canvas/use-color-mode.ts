'use client';
/**
 * React Flow's colour mode, following the UI theme. "system" is resolved here rather than by
 * React Flow, which reads the media query during its first render and so draws a different
 * class on the server than in a dark-mode browser (a hydration mismatch).
 */
import { useSyncExternalStore } from 'react';
import { useUi } from '@/components/playground/PlaygroundProvider';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

export function useColorMode(): 'light' | 'dark' {
  const theme = useUi((s) => s.theme);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
