/**
 * The design-review report as data: what the HTML and the Markdown writers both print. Pure: it
 * takes the variants, the last comparison and the last sweep, and builds every text, picture and
 * link; nothing here reads a store or the clock (the page passes the export time, if any).
 *
 * Every number is reproducible from a link: each variant's link opens that variant alone with the
 * comparison's seed set, the workspace link opens A with all its variants, the sweep link opens the
 * swept scenario (the sweep's parameter and range are given in words beside it).
 */
import { metricById, type MetricId } from '@/lib/batch/metrics';
import { encodeScenario, shareUrl } from '@/lib/share/link-codec';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { shortNumber, sweepSvg } from '@/lib/sweep/sweep-svg';
import type { SweepResult } from '@/lib/sweep/sweep';
import { formatDelta, formatDuration, formatValue, isNoise } from '@/lib/variants/cell-format';
import { clientsDiffer, diffVariant } from '@/lib/variants/diff';
import { diffSummary, namer } from '@/lib/variants/diff-summary';
import type { LastCompare } from '@/lib/variants/last-compare';
import { withoutVariants } from '@/lib/variants/model';
import { variantSvg } from './variant-svg';

export interface ReviewInput {
  /** Where the links open, e.g. "https://interplay.example" (no trailing slash). */
  origin: string;
  /** Every variant's runnable document, A first. */
  variants: { name: string; doc: ScenarioDoc }[];
  /** The saved form of the whole workspace (A with its variants). */
  workspace: ScenarioDoc;
  /** Variant colours by index (the app's palette). */
  colors: readonly string[];
  /** The last comparison, only when it belongs to these variants. */
  compare?: LastCompare;
  /** The last sweep, with the document it swept when that is known. */
  sweep?: { result: SweepResult; doc?: ScenarioDoc; variant?: string; metrics?: MetricId[] };
  /** Set by the page, never by the builder: when the file was made. */
  exportedAt?: string;
}

export interface ReviewVariant {
  name: string;
  color: string;
  /** How it differs from A, one line. */
  summary: string;
  /** Its clients differ from A's: the traffic is not the same. */
  trafficDiffers: boolean;
  svg: string;
  /** Opens this variant alone, the comparison's seed set. */
  link: string;
  nodes: number;
  links: number;
}

export interface ReviewCell {
  /** "182 ms" or "182 ms ± 12 ms"; "–" when the variant lacks the number. */
  text: string;
  /** The difference from A as the compare view writes it (not for A). */
  delta?: string;
  /** 'noise' when replications could not tell it from 0. */
  tone?: 'better' | 'worse' | 'same' | 'noise';
}

export interface ReviewTable {
  names: string[];
  replicated: boolean;
  /** "One run per variant, seed 7" or "Mean ± 95 % confidence interval over 10 seeds (7–16) …". */
  caption: string;
  rows: { id: MetricId; label: string; better: string; cells: ReviewCell[]; values: (number | undefined)[] }[];
  failures: string[];
}

export interface ReviewSweep {
  title: string;
  /** The parameter, range, seeds and duration in words. */
  words: string;
  charts: { metricId: MetricId; label: string; svg: string }[];
  columns: string[];
  rows: string[][];
  caption: string;
  /** Opens the swept scenario (undefined when it is no longer known). */
  link?: string;
  linkNote: string;
}

export interface ReviewModel {
  title: string;
  scenario: string;
  description?: string;
  exportedAt?: string;
  seedText: string;
  /** The seed every variant link sets (the comparison's first). */
  seed: number;
  durationText: string;
  variants: ReviewVariant[];
  workspaceLink: string;
  /** What the workspace link opens, in words. */
  workspaceWords: string;
  table?: ReviewTable;
  sweep?: ReviewSweep;
  /** What the report lacks and how to add it. */
  notes: string[];
}

/** Charts a sweep section shows when the caller names none: latency, then what failed, then throughput. */
const SWEEP_CHARTS: MetricId[] = ['p95', 'successRate', 'throughput'];

const seedWords = (seeds: readonly number[]) => (seeds.length > 1 ? `seeds ${seeds[0]}–${seeds[seeds.length - 1]} (${seeds.length} replications)` : `seed ${seeds[0]}`);

/** The link that opens `doc` alone (no variants) with `seed` set. */
export function variantLink(origin: string, doc: ScenarioDoc, seed: number): string {
  return shareUrl(origin, encodeScenario({ ...withoutVariants(doc), seed }).fragment);
}

export function buildReview(input: ReviewInput): ReviewModel {
  const base = input.variants[0]?.doc ?? input.workspace;
  const seed = input.compare?.seeds[0] ?? base.seed ?? 1;
  const name = base.name || 'Untitled scenario';
  const notes: string[] = [];

  const variants = input.variants.map((v, i): ReviewVariant => {
    const color = input.colors[i % input.colors.length] ?? '#0072B2';
    const diff = i === 0 ? undefined : diffVariant(base, v.doc);
    const marked = new Set(diff ? [...diff.added, ...diff.changed] : []);
    const summary = diff ? diffSummary(diff, namer(base, v.doc)) : 'the base scenario';
    return {
      name: v.name,
      color,
      summary,
      trafficDiffers: i > 0 && clientsDiffer(base, v.doc),
      svg: variantSvg(v.doc, color, marked, `Variant ${v.name}: ${summary}`),
      link: variantLink(input.origin, v.doc, seed),
      nodes: v.doc.nodes.length,
      links: v.doc.links?.length ?? 0,
    };
  });
  if (variants.length < 2) notes.push('There is one variant only: fork one (“Fork A”) and compare to see differences.');

  const table = input.compare ? tableOf(input.compare) : undefined;
  if (!table) notes.push('No comparison has been run for these variants: open Compare to add the table.');
  else if (!table.replicated && variants.length > 1) notes.push('The table is one run per variant: run several seeds in Compare to tell a real difference from noise.');

  const sweep = input.sweep ? sweepOf(input.origin, input.sweep) : undefined;

  return {
    title: `Design review: ${name}`,
    scenario: name,
    description: base.description,
    exportedAt: input.exportedAt,
    seedText: input.compare ? seedWords(input.compare.seeds) : `seed ${seed}`,
    seed,
    durationText: `${formatDuration(base.run?.durationMs ?? 60_000)} of simulated time per run`,
    variants,
    workspaceLink: shareUrl(input.origin, encodeScenario(input.workspace).fragment),
    workspaceWords:
      variants.length > 1 ? `every variant (${variants.map((v) => v.name).join(', ')}) in one scenario; open Compare there to run the table again` : 'the scenario as it is, to edit or fork',
    table,
    sweep,
    notes,
  };
}

function tableOf(c: LastCompare): ReviewTable {
  return {
    names: c.names,
    replicated: c.replicated,
    caption: c.replicated
      ? `Mean ± 95 % confidence interval over ${c.seeds.length} seeds (${c.seeds[0]}–${c.seeds[c.seeds.length - 1]}). Differences from A are paired by seed; ✱ marks one whose interval excludes 0 (larger than the noise), “(noise)” one that is not.`
      : `One run per variant, seed ${c.seeds[0]}; every variant got the same traffic. Differences are from A.`,
    rows: c.rows.map((r) => ({
      id: r.metric.id,
      label: r.metric.label,
      better: r.metric.better === 'lower' ? 'lower is better' : 'higher is better',
      values: r.cells.map((cell) => cell.value),
      cells: r.cells.map((cell, i): ReviewCell => {
        if (cell.value === undefined) return { text: '–' };
        const text = formatValue(cell.value, r.metric.unit) + (c.replicated && cell.half !== undefined ? ` ± ${formatValue(cell.half, r.metric.unit)}` : '');
        const d = r.deltas[i];
        return d ? { text, delta: formatDelta(d, r.metric.unit), tone: isNoise(d) ? 'noise' : d.verdict } : { text };
      }),
    })),
    failures: c.failures,
  };
}

function sweepOf(origin: string, s: NonNullable<ReviewInput['sweep']>): ReviewSweep {
  const r = s.result;
  const p = r.param;
  const unit = p.unit ? ` ${p.unit}` : '';
  const values = r.points.map((pt) => pt.value);
  const range = values.length ? `${shortNumber(Math.min(...values))}${unit} to ${shortNumber(Math.max(...values))}${unit}` : 'no points';
  const words = `${p.element} · ${p.name} from ${range} in ${r.points.length} points (${r.scale} spacing), ${seedWords(r.seeds)}${r.durationMs ? `, ${formatDuration(r.durationMs)} of simulated time per run` : ''}.`;
  const wanted = (s.metrics?.length ? s.metrics : SWEEP_CHARTS).filter((id) => r.metricIds.includes(id));
  const ids = wanted.length ? wanted : r.metricIds.slice(0, 1);
  const tableIds = r.metricIds.filter((id) => ids.includes(id) || ['p50', 'p99', 'maxQueueDepth'].includes(id));
  const head = (id: MetricId) => {
    const m = metricById(id);
    return m ? `${m.label}${m.unit ? ` (${m.unit})` : ''}` : id;
  };
  return {
    title: `${r.scenario}${s.variant ? `, variant ${s.variant}` : ''}: ${p.element} · ${p.name}`,
    words,
    charts: ids.map((id) => ({ metricId: id, label: metricById(id)?.label ?? id, svg: sweepSvg(r, id, { width: 720, height: 380 }) })),
    columns: [`${p.element} · ${p.name}${p.unit ? ` (${p.unit})` : ''}`, ...tableIds.map(head)],
    caption: r.seeds.length > 1 ? `Mean ± 95 % confidence interval over ${r.seeds.length} seeds at each point.` : `One run per point, seed ${r.seeds[0]}.`,
    rows: r.points.map((pt) => [
      shortNumber(pt.value),
      ...tableIds.map((id) => {
        const st = pt.metrics[id];
        if (!st) return pt.error ? 'failed' : '–';
        const unitOf = metricById(id)?.unit ?? '';
        // Mean ± half the 95 % band, as the comparison table writes it.
        return r.seeds.length > 1 ? `${formatValue(st.mean, unitOf)} ± ${formatValue((st.hi - st.lo) / 2, unitOf)}` : formatValue(st.mean, unitOf);
      }),
    ]),
    // The sweep's own simulated time, when it chose one, goes into the linked scenario too.
    link: s.doc ? variantLink(origin, r.durationMs ? { ...s.doc, run: { ...s.doc.run, durationMs: r.durationMs } } : s.doc, r.seeds[0]) : undefined,
    linkNote: s.doc
      ? `Opens the swept scenario with seed ${r.seeds[0]}; open Sweep and set ${p.element} · ${p.name} from ${range}${r.seeds.length > 1 ? ` with ${r.seeds.length} replications` : ''} to run it again.`
      : 'The scenario has changed since this sweep ran, so no link reproduces it; run the sweep again to link it.',
  };
}
