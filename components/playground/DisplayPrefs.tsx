'use client';
import { useEffect } from 'react';
import { usePlayground, useUi } from './PlaygroundProvider';

const PREFS_KEY = 'interplay:prefs:v1';

/** Applies theme and large text to <html>, and remembers them. */
export function DisplayPrefs() {
  const { ui } = usePlayground();
  const theme = useUi((s) => s.theme);
  const largeText = useUi((s) => s.largeText);

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as { theme?: unknown; largeText?: unknown };
      ui.getState().set({
        theme: saved.theme === 'light' || saved.theme === 'dark' ? saved.theme : 'system',
        largeText: saved.largeText === true,
      });
    } catch {
      // unreadable preferences: keep the defaults
    }
  }, [ui]);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.classList.toggle('light', theme === 'light');
    root.classList.toggle('large-text', largeText);
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify({ theme, largeText }));
    } catch {
      // storage refused: preferences last for this visit only
    }
    return () => root.classList.remove('dark', 'light', 'large-text');
  }, [theme, largeText]);
  return null;
}
