'use client';
/** "Copy link": the whole scenario in the link's fragment, with its length and a warning when it is long. */
import { useMemo, useState } from 'react';
import { MAX_SCENARIO_BYTES, encodeScenario, shareUrl } from '@/lib/share/link-codec';
import { MAX_KEPT_LINK } from '@/lib/share/my-scenarios';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { copyText, origin } from './copy-text';
import { BUTTON, FIELD, HEADING, HELP, SECTION, WARN, ERROR } from './styles';

/** Past this, chat tools, mail programs and some browsers start cutting links (and My scenarios does not keep them). */
export const LONG_LINK = MAX_KEPT_LINK;

export function FullLinkSection({ doc, onCopied }: { doc: ScenarioDoc; onCopied: (path: string) => void }) {
  const encoded = useMemo(() => encodeScenario(doc), [doc]);
  const url = shareUrl(origin(), encoded.fragment);
  const [copied, setCopied] = useState<{ url: string; ok: boolean }>();
  const shown = copied?.url === url ? copied : undefined;

  const copy = async () => {
    const ok = await copyText(url);
    setCopied({ url, ok });
    if (ok) onCopied(`/play#${encoded.fragment}`);
  };

  return (
    <section className={SECTION} aria-labelledby="share-link-title">
      <h3 id="share-link-title" className={HEADING}>
        Link with the whole scenario
      </h3>
      <p className={HELP}>The graph, every parameter, the seed and the run settings travel inside the link; no server keeps anything.</p>
      <div className="flex gap-2">
        <input readOnly value={url} aria-label="Share link" data-testid="share-link-input" onFocus={(e) => e.currentTarget.select()} className={FIELD} />
        <button type="button" onClick={copy} data-testid="share-copy-link" className={BUTTON}>
          Copy link
        </button>
      </div>
      <p className={HELP} data-testid="share-link-length" aria-live="polite">
        {url.length.toLocaleString('en-US')} characters
        {shown?.ok && ' · copied to the clipboard'}
        {shown && !shown.ok && ' · the browser refused the clipboard: select the link and press Ctrl+C'}
      </p>
      {url.length > LONG_LINK && (
        <p className={WARN} data-testid="share-long-warning">
          This link is {url.length.toLocaleString('en-US')} characters long. Chat tools, mail programs and some browsers cut links longer than about{' '}
          {LONG_LINK.toLocaleString('en-US')} characters: a short link (below) is safer.
        </p>
      )}
      {encoded.jsonBytes > MAX_SCENARIO_BYTES && (
        <p className={ERROR} role="alert">
          This scenario is {Math.ceil(encoded.jsonBytes / 1024)} KB as JSON, over the {MAX_SCENARIO_BYTES / 1024} KB a link or a short link can hold: it would not
          open. Download it as a JSON file instead (File menu).
        </p>
      )}
    </section>
  );
}
