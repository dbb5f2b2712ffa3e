/**
 * The review report as Markdown: the same headings, tables and links as the HTML file, for a wiki
 * or a pull request. Pictures are not embedded (a Markdown file cannot carry them portably); the
 * HTML file is the rich one. All user text is escaped.
 */
import { escapeMarkdown as md } from './escape';
import type { ReviewModel, ReviewTable } from './review-model';

/** Table cells: a pipe would end the cell. Numbers and fixed words are ours, but a name may hold one. */
const cell = (s: string) => md(s);

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function compareTable(t: ReviewTable): string {
  const head = ['Metric', ...t.names.map((n, i) => (i > 0 ? `${cell(n)} (Δ vs A)` : cell(n)))];
  const rows = t.rows.map((r) => [`${cell(r.label)} · ${r.better}`, ...r.cells.map((c) => (c.delta ? `${cell(c.text)}<br>Δ ${cell(c.delta)}` : cell(c.text)))]);
  return [md(t.caption), ...t.failures.map((f) => `Variant ${md(f)}`), table(head, rows)].join('\n\n');
}

export function reviewMarkdown(m: ReviewModel): string {
  const out: string[] = [`# ${md(m.title)}`];
  if (m.description) out.push(md(m.description));
  out.push(`${m.variants.length} variant${m.variants.length === 1 ? '' : 's'} · ${m.seedText} · ${m.durationText}${m.exportedAt ? ` · exported ${md(m.exportedAt)}` : ''}`);
  for (const n of m.notes) out.push(`> ${md(n)}`);
  out.push('## Variants');
  out.push(m.variants.map((v) => `- **${md(v.name)}**: ${md(v.summary)} (${v.nodes} nodes, ${v.links} links)${v.trafficDiffers ? ' — its clients differ from A’s' : ''} — [open](<${v.link}>)`).join('\n'));
  out.push('## Comparison');
  out.push(m.table ? compareTable(m.table) : 'No comparison has been run for these variants.');
  if (m.sweep) {
    const s = m.sweep;
    out.push(`## Sweep: ${md(s.title)}`);
    out.push(md(s.words));
    out.push(s.link ? `[Open the swept scenario](<${s.link}>) — ${md(s.linkNote)}` : md(s.linkNote));
    out.push(md(s.caption));
    out.push(table(s.columns.map(cell), s.rows.map((r) => r.map(cell))));
  }
  out.push('## Reproduce these numbers');
  out.push(
    [...m.variants.map((v) => `- [Variant ${md(v.name)}](<${v.link}>), seed ${m.seed} set`), `- [The whole workspace](<${m.workspaceLink}>): ${md(m.workspaceWords)}`].join('\n'),
  );
  out.push('Same scenario, same seed, same numbers: the simulation is deterministic.');
  return out.join('\n\n') + '\n';
}
