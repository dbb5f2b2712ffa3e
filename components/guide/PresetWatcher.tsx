'use client';
/**
 * Keeps the UI store's `preset` in step with the open document: the slug of the preset it came from
 * (see lib/presets/guide.ts), or nothing. When a preset opens, its guide tab comes to the front.
 *
 * The presets (their texts and experiments) are loaded only when there is a reason: the address
 * opens one (`?preset=`), or the scenario came from one on an earlier visit (remembered here, so a
 * reload keeps the guide). A plain /play never downloads them.
 */
import { useEffect, useState } from 'react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { presetForDoc } from '@/lib/presets/guide';
import type { Preset } from '@/simulations/presets';

const REMEMBERED = 'interplay:preset:v1';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

function remember(slug: string | undefined): void {
  try {
    if (slug) window.localStorage.setItem(REMEMBERED, slug);
    else window.localStorage.removeItem(REMEMBERED);
  } catch {
    // Without storage the guide still shows; it is only forgotten on reload.
  }
}

export function PresetWatcher() {
  const { doc, ui } = usePlayground();
  // Read while rendering, before the loader's effect sets the address back to plain /play.
  const [fromAddress] = useState(() => typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('preset'));
  useEffect(() => {
    if (!fromAddress && remembered() === null) return;
    let presets: readonly Preset[] | undefined;
    let live = true;
    const sync = () => {
      if (!presets) return;
      const slug = presetForDoc(presets, doc.getState().doc)?.slug;
      remember(slug);
      const s = ui.getState();
      if (slug === s.preset) return;
      // A preset with a lesson opens on its first step; the guide is one tab away.
      if (slug) s.set({ preset: slug, bottomTab: doc.getState().doc.lesson ? 'lesson' : 'guide', lessonStep: 0 });
      else s.set({ preset: undefined, ...(s.bottomTab === 'guide' ? { bottomTab: 'charts' } : {}) });
    };
    void import('@/simulations/presets').then((m) => {
      if (!live) return;
      presets = m.PRESETS;
      sync();
    });
    const unsubscribe = doc.subscribe((s, prev) => {
      if (s.doc.name !== prev.doc.name) sync();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [doc, ui, fromAddress]);
  return null;
}
