import { describe, expect, it } from 'vitest';
import type { Report } from '@/simulations/index';
import { runJob } from '../batch/run-job';
import { connect, removeElements } from '../scenario-doc/commands';
import { starterDoc } from '../scenario-doc/defaults';
import type { ScenarioDoc } from '../scenario-doc/types';
import { decodeScenario } from '../share/link-codec';
import { sweepParameters } from '../sweep/parameters';
import { sweepJobs, sweepResult } from '../sweep/sweep';
import { compareRows } from '../variants/compare-table';
import type { LastCompare } from '../variants/last-compare';
import { openWorkspace, withoutVariants } from '../variants/model';
import { reviewHtml } from './review-html';
import { reviewMarkdown } from './review-markdown';
import { buildReview, type ReviewInput } from './review-model';

const ORIGIN = 'https://interplay.example';
const COLORS = ['#0072B2', '#E69F00'];

function docs(name = 'Signup chain'): [ScenarioDoc, ScenarioDoc] {
  const a = { ...starterDoc(), name, seed: 7, run: { durationMs: 20_000, warmupMs: 0, windowMs: 1000 } };
  const b = connect(removeElements(a, [], ['users-api-users-db']), 'users-api', 'users-db', 'via-queue').doc;
  return [a, b];
}

function report(doc: ScenarioDoc, seed: number): Report {
  const r = runJob({ doc, seed });
  if (!r.ok) throw new Error(r.error);
  return r.report;
}

function compared(variants: ScenarioDoc[], seeds: number[]): LastCompare {
  const rows = compareRows(variants.map((d) => seeds.map((s) => report(d, s))));
  return { names: variants.map((_, i) => String.fromCharCode(65 + i)), rows, seeds, replicated: seeds.length > 1, failures: [], key: '' };
}

function input(a: ScenarioDoc, b: ScenarioDoc | undefined, extra: Partial<ReviewInput> = {}): ReviewInput {
  const variants = b ? [{ name: 'A', doc: a }, { name: 'B', doc: b }] : [{ name: 'A', doc: a }];
  const workspace: ScenarioDoc = b ? { ...a, variants: [{ name: 'B', patch: [] }] } : a;
  return { origin: ORIGIN, variants, workspace, colors: COLORS, ...extra };
}

/** Every href in the HTML, unescaped. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('design-review report', () => {
  const [a, b] = docs();
  const single = compared([a, b], [7]);

  it('every variant link opens that variant’s document with the comparison’s seed; the workspace link holds all variants', () => {
    const m = buildReview(input(a, b, { compare: single }));
    for (const [i, v] of m.variants.entries()) {
      expect(v.link.startsWith(`${ORIGIN}/play#s=`)).toBe(true);
      const back = decodeScenario(new URL(v.link).hash);
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.doc).toEqual({ ...withoutVariants([a, b][i]), seed: 7 });
    }
    const ws = decodeScenario(new URL(m.workspaceLink).hash);
    expect(ws.ok && ws.doc.variants?.map((v) => v.name)).toEqual(['B']);
    // The same links, and only those, are in both files.
    const html = reviewHtml(m);
    expect(hrefs(html)).toEqual([...m.variants.map((v) => v.link), m.workspaceLink]);
    const md = reviewMarkdown(m);
    for (const l of [...m.variants.map((v) => v.link), m.workspaceLink]) expect(md).toContain(`(<${l}>)`);
  });

  it('the table shows the compare rows’ values, the p95 row included, with B’s difference from A', () => {
    const m = buildReview(input(a, b, { compare: single }));
    expect(m.table!.rows.map((r) => r.id)).toEqual(single.rows.map((r) => r.metric.id));
    for (const [i, r] of m.table!.rows.entries()) expect(r.values).toEqual(single.rows[i].cells.map((c) => c.value));
    const p95 = m.table!.rows.find((r) => r.id === 'p95')!;
    expect(p95.cells[1].tone).toBe('better');
    expect(p95.cells[1].delta).toMatch(/^−\d/);
    const html = reviewHtml(m);
    const cellValue = (variant: string) => Number(new RegExp(`<tr data-metric="p95">.*?data-variant="${variant}" data-value="([^"]+)"`).exec(html)![1]);
    expect(cellValue('A')).toBe(single.rows.find((r) => r.metric.id === 'p95')!.cells[0].value);
    expect(cellValue('B')).toBe(single.rows.find((r) => r.metric.id === 'p95')!.cells[1].value);
    expect(reviewMarkdown(m)).toMatch(/\| p95 latency[^\n]*\|[^\n]*\|[^\n]*Δ −/i);
  });

  it('replications: mean ± 95 % interval in the cells and the significance mark on p95', () => {
    const m = buildReview(input(a, b, { compare: compared([a, b], [7, 8, 9, 10]) }));
    expect(m.seedText).toBe('seeds 7–10 (4 replications)');
    const p95 = m.table!.rows.find((r) => r.id === 'p95')!;
    expect(p95.cells[0].text).toContain(' ± ');
    expect(p95.cells[1].delta).toContain('✱');
    expect(m.table!.caption).toContain('over 4 seeds');
    expect(m.notes.join(' ')).not.toContain('one run per variant');
  });

  it('user text stays text: a scenario, label and description holding markup is escaped in both files', () => {
    const evil = '<script>alert("x")</script> & [link](http://evil) | *bold*';
    const [ea, eb] = docs(evil);
    const ea2 = { ...ea, description: evil, nodes: ea.nodes.map((n, i) => (i === 0 ? { ...n, label: '<img src=x onerror=alert(1)>' } : n)) };
    const html = reviewHtml(buildReview(input(ea2, eb, { compare: compared([ea2, eb], [7]), exportedAt: '<b>now</b>' })));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>now');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const md = reviewMarkdown(buildReview(input(ea2, eb)));
    expect(md).not.toContain('<script');
    // The brackets are escaped, so no link is made.
    expect(md).toContain('\\[link\\](http://evil)');
    expect(md).toContain('&lt;script&gt;');
    // A pipe in a name does not break the table's columns.
    expect(md).toContain('\\|');
  });

  it('a sweep adds its charts, its parameter and range in words, a data table and a link to the swept scenario', () => {
    const doc = { ...a, run: { durationMs: 5_000, warmupMs: 0, windowMs: 1000 } };
    const param = sweepParameters(doc).find((p) => p.path.join('.') === 'traffic.ratePerSec')!;
    const setup = { param, values: [10, 40, 80], seeds: [3], scale: 'linear' as const };
    const result = sweepResult(doc, setup, sweepJobs(doc, setup).map((j) => runJob(j)));
    const m = buildReview(input(a, b, { sweep: { result, doc } }));
    expect(m.sweep!.words).toContain(`${param.element} · ${param.name} from 10 /s to 80 /s in 3 points`);
    expect(m.sweep!.charts.map((c) => c.metricId)).toContain('p95');
    expect(m.sweep!.rows.map((r) => r[0])).toEqual(['10', '40', '80']);
    const back = decodeScenario(new URL(m.sweep!.link!).hash);
    expect(back.ok && back.doc.seed).toBe(3);
    const html = reviewHtml(m);
    expect(html.match(/<svg/g)!.length).toBe(2 + m.sweep!.charts.length);
    expect(reviewMarkdown(m)).toContain('## Sweep');
    // Unknown swept document: no link, and a sentence that says why.
    expect(buildReview(input(a, b, { sweep: { result } })).sweep!.link).toBeUndefined();
  });

  it('missing parts make a sensible report: one variant, no comparison, no sweep', () => {
    const m = buildReview(input(a, undefined));
    expect(m.table).toBeUndefined();
    expect(m.sweep).toBeUndefined();
    expect(m.notes.join(' ')).toMatch(/one variant only/);
    expect(m.notes.join(' ')).toMatch(/No comparison/);
    const html = reviewHtml(m);
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).toContain('No comparison has been run');
    expect(html).not.toMatch(/undefined|NaN/);
    expect(reviewMarkdown(m)).not.toMatch(/undefined|NaN/);
    // The workspace link of a single scenario opens it as it is.
    const ws = decodeScenario(new URL(m.workspaceLink).hash);
    expect(ws.ok && openWorkspace(ws.doc).workspace.variants).toEqual([]);
  });

  it('the HTML is self-contained: no script, no external stylesheet, image or font', () => {
    const html = reviewHtml(buildReview(input(a, b, { compare: single })));
    expect(html).not.toMatch(/<script|<link |src=|@import|url\(/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});
