/** The presets grouped by the guide's sections, in the guide's order. A server component: no client JavaScript. */
import { PRESETS, PRESET_SECTIONS, type Preset } from '@/simulations/presets';
import { PresetCard } from './PresetCard';

export function gallerySections(presets: readonly Preset[] = PRESETS) {
  return PRESET_SECTIONS.map((s) => ({ ...s, presets: presets.filter((p) => p.section === s.id) }));
}

export function Gallery() {
  const titles = new Map(PRESETS.map((p) => [p.slug, p.title]));
  return (
    <section aria-labelledby="areas" className="space-y-12">
      <div>
        <h2 id="areas" className="text-3xl font-semibold tracking-tight">
          Pattern areas
        </h2>
        <p className="mt-2 max-w-3xl leading-relaxed text-slate-600 dark:text-slate-400">
          Each card opens a scenario that teaches one pattern: press play, watch the numbers it points at, then try its
          experiments.
        </p>
      </div>
      {gallerySections().map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`} data-testid={`gallery-section-${s.id}`}>
          <h3 id={`section-${s.id}`} className="text-xl font-semibold tracking-tight">
            {s.title}
          </h3>
          <p className="mt-1 max-w-3xl leading-relaxed text-slate-600 dark:text-slate-400">{s.blurb}</p>
          {s.presets.length === 0 ? (
            <p className="mt-4 text-sm text-slate-500 italic dark:text-slate-400">No preset in this section yet.</p>
          ) : (
            <ul className="mt-5 grid gap-4 [grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))]">
              {s.presets.map((p) => (
                <li key={p.slug} className="flex">
                  <PresetCard preset={p} pairTitle={p.pair ? titles.get(p.pair.slug) : undefined} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
