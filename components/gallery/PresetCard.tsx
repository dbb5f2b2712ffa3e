/**
 * One preset in the gallery. The title is the link (so the card's accessible name is the preset's
 * title); its ::after stretches over the whole card to make all of it clickable, while the "compare
 * with" link sits above that layer as a link of its own (links cannot nest).
 *
 * Plain <a>, not next/link: opening a preset is a full load of the playground, which reads the
 * address once as it starts (and a client-side hop to /play made Chromium ask for /favicon.ico).
 */
import type { Preset } from '@/simulations/presets';
import { PresetPreview } from './PresetPreview';

export function presetHref(slug: string): string {
  return `/play?preset=${encodeURIComponent(slug)}`;
}

export function PresetCard({ preset, pairTitle }: { preset: Preset; pairTitle?: string }) {
  const titleId = `preset-${preset.slug}`;
  return (
    <article
      aria-labelledby={titleId}
      data-testid="preset-card"
      data-slug={preset.slug}
      className="group relative flex w-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition-colors focus-within:border-sky-600 focus-within:ring-2 focus-within:ring-sky-600 hover:border-sky-500 dark:border-slate-800 dark:bg-slate-900/60 dark:hover:border-sky-400"
    >
      <div className="h-28 border-b border-slate-100 bg-slate-50 px-3 py-2 dark:border-slate-800 dark:bg-slate-950/40">
        <PresetPreview scenario={preset.scenario} />
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h4 id={titleId} className="text-base leading-snug font-semibold">
          <a href={presetHref(preset.slug)} className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none group-focus-within:text-sky-700 hover:text-sky-700 dark:group-focus-within:text-sky-300 dark:hover:text-sky-300">
            {preset.title}
          </a>
        </h4>
        {preset.discouraged && (
          <p className="w-fit rounded-md bg-[#FFF4EC] px-2 py-0.5 text-xs font-semibold text-[#8a3b00] ring-1 ring-[#D55E00]/40 dark:bg-[#2A1507] dark:text-[#FF9A5C]" data-testid="discouraged">
            ⚠ Discouraged — shown to see why
          </p>
        )}
        <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-400">{preset.teaches}</p>
        {preset.pair && pairTitle && (
          <p className="mt-auto pt-1 text-sm">
            <a href={presetHref(preset.pair.slug)} className="relative z-10 text-sky-700 underline decoration-sky-700/30 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40" title={preset.pair.contrast}>
              <span aria-hidden="true">⇄ </span>Compare with <span className="font-medium">{pairTitle}</span>
            </a>
          </p>
        )}
      </div>
    </article>
  );
}
