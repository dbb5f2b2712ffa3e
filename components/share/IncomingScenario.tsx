'use client';
/**
 * The visible side of opening a scenario from outside: reads a short link through react-query (saying that it is
 * doing so), takes a share link pasted into the address bar of an open playground, and asks "open it, or keep my
 * work?" when opening would replace the person's own work.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { offer, receive } from '@/lib/share/open-flow';
import { readIncoming } from '@/lib/share/open-incoming';
import { loadShortLink } from '@/lib/share/open-short';
import { shortPath } from '@/lib/share/queries';
import { OpenPrompt } from './OpenPrompt';

export function IncomingScenario() {
  const p = usePlayground();
  const client = useQueryClient();
  const loading = useStore(p.open, (s) => s.loading);
  const pending = useStore(p.open, (s) => s.offer);

  useEffect(() => {
    if (!loading) return;
    void loadShortLink(client, loading.id).then((checked) => {
      // Superseded (another link, or React's second run of this effect in development) or already handled.
      if (p.open.getState().loading !== loading) return;
      p.open.setState({ loading: undefined });
      offer(p, checked, `the short link ${shortPath(loading.id)}`, { confirmed: loading.confirmed });
    });
  }, [loading, client, p]);

  // A share link pasted into the address bar of a tab already on /play changes only the fragment: no page load.
  useEffect(() => {
    const onHash = () => {
      const incoming = readIncoming(window.location);
      if (incoming.kind === 'link') receive(p, incoming);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [p]);

  return (
    <>
      {loading && (
        <div role="status" data-testid="short-link-loading" className="fixed left-1/2 top-14 z-50 -translate-x-1/2 rounded-full border border-sky-300 bg-sky-50 px-4 py-1.5 text-sm text-sky-950 shadow dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          Opening the short link {shortPath(loading.id)}…
        </div>
      )}
      {pending && <OpenPrompt arrival={pending} />}
    </>
  );
}
