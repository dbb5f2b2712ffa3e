'use client';
/** "My scenarios": links shared from this browser, newest first, to open again, copy or remove. */
import { useState } from 'react';
import { linkKind, type MyScenario } from '@/lib/share/my-scenarios';
import { copyText, origin } from './copy-text';
import { BUTTON, HEADING, HELP, SECTION } from './styles';

const SMALL = `${BUTTON} px-2 py-0.5 text-xs`;

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function describe(link: string): string {
  return linkKind(link) === 'short' ? `short link ${link}` : 'the whole scenario in the link';
}

interface Props {
  list: MyScenario[];
  onOpen: (entry: MyScenario) => void;
  onRemove: (entry: MyScenario) => void;
}

export function MyScenariosSection({ list, onOpen, onRemove }: Props) {
  const [copied, setCopied] = useState<string>();
  return (
    <section className={SECTION} aria-labelledby="my-scenarios-title">
      <h3 id="my-scenarios-title" className={HEADING}>
        My scenarios <span className="font-normal text-slate-500 dark:text-slate-400">— in this browser</span>
      </h3>
      {list.length === 0 ? (
        <p className={HELP}>Links you copy or create here are listed, to open again later.</p>
      ) : (
        <ul className="grid max-h-64 grid-cols-[minmax(0,1fr)] gap-1 overflow-y-auto" data-testid="my-scenarios">
          {list.map((e) => (
            <li key={e.link} data-testid="my-scenario" className="grid grid-cols-[minmax(0,1fr)] gap-0.5 rounded-md px-1 py-1 hover:bg-slate-50 dark:hover:bg-slate-800/60">
              <div className="truncate text-sm font-medium" title={e.title} data-testid="my-scenario-title">
                {e.title}
              </div>
              <div className="flex items-center gap-1.5">
                <span className={`min-w-0 flex-1 truncate ${HELP}`} title={`${when(e.savedAt)} · ${describe(e.link)}`}>
                  {when(e.savedAt)} · {describe(e.link)}
                  {copied === e.link && ' · copied'}
                </span>
                <button type="button" className={SMALL} onClick={() => onOpen(e)} aria-label={`Open “${e.title}”`}>
                  Open
                </button>
                <button
                  type="button"
                  className={SMALL}
                  aria-label={`Copy the link of “${e.title}”`}
                  onClick={async () => {
                    if (await copyText(`${origin()}${e.link}`)) setCopied(e.link);
                  }}
                >
                  Copy
                </button>
                <button type="button" className={SMALL} onClick={() => onRemove(e)} aria-label={`Remove “${e.title}” from My scenarios`}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
