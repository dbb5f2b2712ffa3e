'use client';
/** "Create short link": stores the scenario on this server (react-query mutation) and shows /s/<id> to copy. */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { createShortLinkMutation, shortPath } from '@/lib/share/queries';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { copyText, origin } from './copy-text';
import { BUTTON, ERROR, FIELD, HEADING, HELP, PRIMARY, SECTION } from './styles';

export function ShortLinkSection({ doc, onCreated }: { doc: ScenarioDoc; onCreated: (title: string, path: string) => void }) {
  const mutation = useMutation({ ...createShortLinkMutation(), onSuccess: (link, saved) => onCreated(saved.name, shortPath(link.id)) });
  const [copied, setCopied] = useState<{ url: string; ok: boolean }>();
  const url = mutation.data ? `${origin()}${shortPath(mutation.data.id)}` : undefined;
  // Made for an earlier version of the document: it would not open what is on the canvas now.
  const stale = mutation.isSuccess && mutation.variables !== doc;
  const shown = copied && copied.url === url ? copied : undefined;

  return (
    <section className={SECTION} aria-labelledby="share-short-title">
      <h3 id="share-short-title" className={HEADING}>
        Short link
      </h3>
      <p className={HELP}>Stores this scenario on this server under a short link. A stored scenario never changes, and the same scenario always gets the same link.</p>
      <div>
        <button type="button" onClick={() => mutation.mutate(doc)} disabled={mutation.isPending} data-testid="share-create-short" className={PRIMARY}>
          {mutation.isPending ? 'Creating…' : stale ? 'Create a new short link' : 'Create short link'}
        </button>
      </div>
      {url && !stale && (
        <>
          <div className="flex gap-2">
            <input readOnly value={url} aria-label="Short link" data-testid="share-short-input" onFocus={(e) => e.currentTarget.select()} className={FIELD} />
            <button type="button" data-testid="share-short-copy" className={BUTTON} onClick={async () => setCopied({ url, ok: await copyText(url) })}>
              Copy
            </button>
          </div>
          <p className={HELP} aria-live="polite">
            {url.length} characters{shown?.ok && ' · copied to the clipboard'}
            {shown && !shown.ok && ' · the browser refused the clipboard: select the link and press Ctrl+C'}
          </p>
        </>
      )}
      {stale && <p className={HELP}>The scenario has changed since the last short link was made: create a new one for what is on the canvas now.</p>}
      {mutation.isError && (
        <p className={ERROR} role="alert" data-testid="share-short-error">
          Could not create a short link: {mutation.error.message}.
        </p>
      )}
    </section>
  );
}
