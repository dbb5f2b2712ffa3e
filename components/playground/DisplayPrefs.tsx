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
    // Save on change only: saving on mount would overwrite the stored choice with the defaults
    // (React runs mount effects twice in development, and the second read would find them).
    return ui.subscribe((s, prev) => {
      if (s.theme === prev.theme && s.largeText === prev.largeText) return;
      try {
        localStorage.setItem(PREFS_KEY, JSON.stringify({ theme: s.theme, largeText: s.largeText }));
      } catch {
        // storage refused: preferences last for this visit only
      }
    });
  }, [ui]);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.classList.toggle('light', theme === 'light');
    root.classList.toggle('large-text', largeText);
    return () => root.classList.remove('dark', 'light', 'large-text');
  }, [theme, largeText]);
  return null;
}
