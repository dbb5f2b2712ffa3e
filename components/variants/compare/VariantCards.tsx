/** The variants side by side: a small canvas each, and what it changed against A. */
import { useMemo } from 'react';
import { clientsDiffer, diffVariant } from '@/lib/variants/diff';
import { diffSummary, namer } from '@/lib/variants/diff-summary';
import type { VariantDoc } from '@/lib/variants/compare-run';
import { variantColor } from '../variant-colors';
import { VariantPreview } from './VariantPreview';

export function VariantCards({ variants }: { variants: VariantDoc[] }) {
  const base = variants[0].doc;
  const cards = useMemo(
    () =>
      variants.map((v, i) => {
        const diff = i === 0 ? undefined : diffVariant(base, v.doc);
        return { ...v, diff, marked: new Set(diff ? [...diff.added, ...diff.changed] : []), text: diff ? diffSummary(diff, namer(base, v.doc)) : 'the base scenario', traffic: i > 0 && clientsDiffer(base, v.doc) };
      }),
    [variants, base],
  );
  return (
    <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${Math.min(cards.length, 4)}, minmax(0, 1fr))` }} data-testid="variant-cards">
      {cards.map((c, i) => (
        <figure key={c.name} className="flex min-w-0 flex-col rounded-md border-2 bg-white p-2 dark:bg-slate-900" style={{ borderColor: variantColor(i) }}>
          <figcaption className="flex items-baseline gap-2 text-sm">
            <span className="rounded px-1.5 font-semibold text-white" style={{ background: variantColor(i) }}>
              {c.name}
            </span>
            <span className="min-w-0 truncate text-slate-600 dark:text-slate-300" title={c.text}>
              {c.text}
            </span>
          </figcaption>
          <div className="mt-1 h-32">
            <VariantPreview doc={c.doc} color={variantColor(i)} marked={c.marked} />
          </div>
          {c.traffic && <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">Its clients differ from A’s: the traffic is not the same, so part of any difference is the load.</p>}
        </figure>
      ))}
    </div>
  );
}
