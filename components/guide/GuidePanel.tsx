'use client';
/**
 * The guide of the preset the scenario came from: what it teaches, what to watch, and experiments
 * to try on the scenario as it is now — each one undoable step with the outcome it promises.
 */
import { useMemo, useState } from 'react';
import { findPreset, type Preset } from '@/simulations/presets';
import { usePlayground, useDoc, useUi } from '@/components/playground/PlaygroundProvider';
import { tryExperiment } from '@/lib/presets/guide';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { ExperimentCard } from './ExperimentCard';

const BUTTON =
  'h-[1.9rem] shrink-0 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
const H = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300';

export default function GuidePanel() {
  const slug = useUi((s) => s.preset);
  const preset = slug ? findPreset(slug) : undefined;
  if (!preset) return <p className="pt-4 text-sm text-slate-600 dark:text-slate-300">This scenario did not come from a preset, so it has no guide.</p>;
  return <Guide key={preset.slug} preset={preset} />;
}

function Guide({ preset }: { preset: Preset }) {
  const { doc: store, ui } = usePlayground();
  const doc = useDoc((s) => s.doc);
  // The document each Apply produced: while it is still the open one, that experiment reads "applied".
  const [applied, setApplied] = useState<{ index: number; doc: ScenarioDoc }>();
  const trials = useMemo(() => preset.experiments.map((e) => tryExperiment(e, doc)), [preset, doc]);
  const pristine = useMemo(() => JSON.stringify(doc) === JSON.stringify(preset.scenario), [doc, preset]);
  const pair = preset.pair ? findPreset(preset.pair.slug) : undefined;

  const apply = (i: number) => {
    const t = trials[i];
    if (!t.ok) return;
    store.getState().apply((cur) => (cur === doc ? t.doc : cur));
    setApplied({ index: i, doc: t.doc });
  };
  const open = (p: Preset, what: string) => {
    store.getState().replace(structuredClone(p.scenario) as ScenarioDoc);
    ui.getState().notify(`${what} “${p.title}”. Undo (Ctrl+Z) brings the previous version back.`);
  };

  return (
    <div className="grid h-full min-h-0 gap-x-6 gap-y-3 overflow-y-auto pr-1 pb-1 text-sm lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]" data-testid="guide" data-preset={preset.slug}>
      <div className="min-w-0">
        <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
          <h2 className="text-base font-semibold text-slate-900 dark:text-slate-100">{preset.title}</h2>
          {preset.discouraged && <span className="rounded bg-[#FFF4EC] px-1.5 text-xs font-semibold text-[#8a3b00] ring-1 ring-[#D55E00]/40 dark:bg-[#2A1507] dark:text-[#FF9A5C]">⚠ Discouraged</span>}
          <button type="button" className={`${BUTTON} ml-auto`} disabled={pristine} onClick={() => open(preset, 'Restored the preset')} title="Put the scenario back as the preset ships it (one undoable step)">
            ↺ Restore the preset
          </button>
        </div>
        <p className="mt-1 leading-relaxed text-slate-700 dark:text-slate-300">{preset.explanation}</p>
        <h3 className={`mt-3 ${H}`}>What to watch</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 leading-snug text-slate-700 dark:text-slate-300">
          {preset.watch.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        {preset.pair && pair && (
          <p className="mt-3 leading-snug text-slate-700 dark:text-slate-300">
            <span className={H}>Compare with</span>{' '}
            <button type="button" className="font-medium text-[#0072B2] underline underline-offset-2 hover:no-underline dark:text-[#56B4E9]" onClick={() => open(pair, 'Opened')}>
              {pair.title}
            </button>
            : {preset.pair.contrast}
          </p>
        )}
      </div>
      <section className="min-w-0" aria-labelledby="guide-try">
        <h3 id="guide-try" className={H}>
          Try this
        </h3>
        <ol className="mt-1 space-y-2">
          {preset.experiments.map((e, i) => (
            <ExperimentCard key={e.title} n={i + 1} experiment={e} trial={trials[i]} applied={applied?.index === i && applied.doc === doc} onApply={() => apply(i)} />
          ))}
        </ol>
      </section>
    </div>
  );
}
