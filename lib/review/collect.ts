/**
 * What goes into a review, chosen from what the person has run: the last comparison only when it
 * ran these very variants, the last sweep with a link only when the document it swept is still one
 * of the variants (otherwise the sweep is shown without a link, and says why). Pure.
 */
import type { MetricId } from '@/lib/batch/metrics';
import { simulationKey } from '@/lib/scenario-doc/simulation-key';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import type { SweepResult } from '@/lib/sweep/sweep';
import { compareKey, type LastCompare } from '@/lib/variants/last-compare';
import type { ReviewInput } from './review-model';

export interface Collected {
  origin: string;
  variants: { name: string; doc: ScenarioDoc }[];
  workspace: ScenarioDoc;
  colors: readonly string[];
  last?: LastCompare;
  sweep?: { result: SweepResult; docKey?: string; metric?: MetricId };
  exportedAt?: string;
}

export function reviewInput(c: Collected): ReviewInput {
  const compare = c.last && c.last.key === compareKey(c.variants) ? c.last : undefined;
  let sweep: ReviewInput['sweep'];
  if (c.sweep) {
    const swept = c.sweep.docKey === undefined ? undefined : c.variants.find((v) => simulationKey(v.doc) === c.sweep!.docKey);
    // The metric the person was looking at leads; p95 and the success rate follow.
    const metrics = [...new Set([c.sweep.metric, 'p95', 'successRate'].filter((m): m is MetricId => !!m))];
    sweep = { result: c.sweep.result, doc: swept?.doc, variant: swept && swept.name !== 'A' ? swept.name : undefined, metrics };
  }
  return { origin: c.origin, variants: c.variants, workspace: c.workspace, colors: c.colors, compare, sweep, exportedAt: c.exportedAt };
}

/** "Signup chain!" → "signup-chain-review.html". */
export function reviewFileName(scenario: string | undefined, ext: 'html' | 'md'): string {
  const slug = (scenario ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'scenario';
  return `${slug}-review.${ext}`;
}
