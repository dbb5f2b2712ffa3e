'use client';
/**
 * "Export review": the variants' pictures, the comparison table, the last sweep's charts and the
 * links that reproduce every number, as one self-contained HTML file (or Markdown). The builder
 * (lib/review) loads only when clicked. Disabled until the comparison has numbers.
 */
import { useState } from 'react';
import { downloadText } from '@/components/files/download';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { lastCompare } from '@/lib/variants/last-compare';
import type { VariantDoc } from '@/lib/variants/compare-run';
import { variantColor } from '../variant-colors';

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-[#0072B2] disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

async function exportReview(variants: VariantDoc[], workspace: ScenarioDoc, format: 'html' | 'md'): Promise<void> {
  const [{ reviewInput, reviewFileName }, { buildReview }, writer, { sweepStore }] = await Promise.all([
    import('@/lib/review/collect'),
    import('@/lib/review/review-model'),
    format === 'html' ? import('@/lib/review/review-html').then((m) => m.reviewHtml) : import('@/lib/review/review-markdown').then((m) => m.reviewMarkdown),
    import('@/lib/sweep/sweep-store'),
  ]);
  const sweep = sweepStore.getState();
  const model = buildReview(
    reviewInput({
      origin: window.location.origin,
      variants,
      workspace,
      colors: variants.map((_, i) => variantColor(i)),
      last: lastCompare(),
      sweep: sweep.result ? { result: sweep.result, docKey: sweep.lastRun?.docKey, metric: sweep.metric } : undefined,
      exportedAt: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    }),
  );
  downloadText(writer(model), reviewFileName(workspace.name, format), format === 'html' ? 'text/html' : 'text/markdown');
}

export function ExportReview({ variants, workspace, ready }: { variants: VariantDoc[]; workspace: ScenarioDoc; ready: boolean }) {
  const [error, setError] = useState<string>();
  const run = (format: 'html' | 'md') => {
    setError(undefined);
    exportReview(variants, workspace, format).catch((e: unknown) => setError(`The review could not be exported: ${e instanceof Error ? e.message : String(e)}`));
  };
  const why = ready ? undefined : 'The comparison is still running: the review needs its table';
  return (
    <span className="flex items-center gap-1" role="group" aria-label="Export review">
      <button type="button" className={BUTTON} disabled={!ready} title={why ?? 'One HTML file for a review document: the variants’ pictures, this table, the last sweep’s charts and links that reproduce every number'} onClick={() => run('html')} data-testid="export-review">
        Export review
      </button>
      <button type="button" className={BUTTON} disabled={!ready} title={why ?? 'The same report as Markdown (tables and links, no pictures)'} onClick={() => run('md')} data-testid="export-review-md">
        Markdown
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
