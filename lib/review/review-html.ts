/**
 * The review report as one self-contained HTML file: inline styles and inline SVG, no script, no
 * external asset, so it opens offline, prints on A4 (pictures never split across pages) and pastes
 * into Google Docs or Confluence as headings, tables and links. All user text is escaped.
 */
import { escapeXml as e } from './escape';
import type { ReviewModel, ReviewSweep, ReviewTable } from './review-model';

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#fff;max-width:1040px;margin:2rem auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #e2e8f0;padding-bottom:.25rem}
p.meta,.muted{color:#475569}small{color:#475569}
a{color:#0b5d8f;word-break:break-all}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;margin:.5rem 0}
th,td{border:1px solid #cbd5e1;padding:.3rem .5rem;vertical-align:top}th{background:#f1f5f9;text-align:left}td.num{text-align:right}
.delta{display:block;font-size:.85em}.better{color:#065f46}.worse{color:#991b1b}.same,.noise{color:#64748b}
.variants{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem}
figure{margin:0;border:2px solid;border-radius:8px;padding:.5rem;break-inside:avoid;page-break-inside:avoid}
figure svg{width:100%;height:auto;max-height:260px;display:block}
figcaption .tag{color:#fff;border-radius:4px;padding:0 .4rem;font-weight:600;margin-right:.4rem}
.chart svg{width:100%;height:auto;max-width:720px;display:block;break-inside:avoid;page-break-inside:avoid}
.notes{background:#fffbeb;border:1px solid #fcd34d;border-radius:6px;padding:.5rem 1rem}
@media print{body{margin:0;max-width:none}a{color:#0f172a}h2{break-after:avoid;page-break-after:avoid}tr{break-inside:avoid}}
`.trim();

function tableHtml(t: ReviewTable): string {
  const head = `<tr><th>Metric</th>${t.names.map((n, i) => `<th class="num" data-variant="${e(n)}">${e(n)}${i > 0 ? ' <small>(Δ vs A)</small>' : ''}</th>`).join('')}</tr>`;
  const body = t.rows
    .map(
      (r) =>
        `<tr data-metric="${e(r.id)}"><th scope="row">${e(r.label)} <small>· ${e(r.better)}</small></th>${r.cells
          .map((c, i) => `<td class="num" data-variant="${e(t.names[i])}"${r.values[i] !== undefined ? ` data-value="${r.values[i]}"` : ''}>${e(c.text)}${c.delta ? `<span class="delta ${c.tone ?? ''}">${e(c.delta)}</span>` : ''}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const failures = t.failures.map((f) => `<p class="worse">Variant ${e(f)}</p>`).join('');
  return `<p class="muted">${e(t.caption)}</p>${failures}<table data-testid="review-table"><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function sweepHtml(s: ReviewSweep): string {
  const charts = s.charts.map((c) => `<div class="chart" data-metric="${e(c.metricId)}">${c.svg}</div>`).join('\n');
  const head = `<tr>${s.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr>`;
  const rows = s.rows.map((r) => `<tr>${r.map((c) => `<td class="num">${e(c)}</td>`).join('')}</tr>`).join('\n');
  const link = s.link ? `<p><a href="${e(s.link)}" data-testid="review-sweep-link">Open the swept scenario</a> — ${e(s.linkNote)}</p>` : `<p class="muted">${e(s.linkNote)}</p>`;
  return `<h2>Sweep: ${e(s.title)}</h2><p>${e(s.words)}</p>${link}\n${charts}\n<p class="muted">${e(s.caption)}</p><table>${head}\n${rows}</table>`;
}

export function reviewHtml(m: ReviewModel): string {
  const variants = m.variants
    .map(
      (v) =>
        `<figure style="border-color:${e(v.color)}" data-variant="${e(v.name)}"><figcaption><span class="tag" style="background:${e(v.color)}">${e(v.name)}</span>${e(v.summary)}</figcaption>${v.svg}` +
        `<p><small>${v.nodes} nodes, ${v.links} links${v.trafficDiffers ? ' · its clients differ from A’s, so the traffic is not the same' : ''}</small></p></figure>`,
    )
    .join('\n');
  const links = m.variants.map((v) => `<li><a href="${e(v.link)}" data-variant-link="${e(v.name)}">Variant ${e(v.name)}</a> — ${e(v.summary)}, seed ${m.seed} set</li>`).join('\n');
  const notes = m.notes.length ? `<div class="notes">${m.notes.map((n) => `<p>${e(n)}</p>`).join('')}</div>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(m.title)}</title><style>${CSS}</style></head>
<body>
<h1>${e(m.title)}</h1>
${m.description ? `<p>${e(m.description)}</p>` : ''}
<p class="meta">${e(`${m.variants.length} variant${m.variants.length === 1 ? '' : 's'} · ${m.seedText} · ${m.durationText}`)}${m.exportedAt ? ` · exported ${e(m.exportedAt)}` : ''} · made with Interplay</p>
${notes}
<h2>Variants</h2>
<div class="variants">
${variants}
</div>
<h2>Comparison</h2>
${m.table ? tableHtml(m.table) : '<p class="muted">No comparison has been run for these variants.</p>'}
${m.sweep ? sweepHtml(m.sweep) : ''}
<h2>Reproduce these numbers</h2>
<ul>
${links}
<li><a href="${e(m.workspaceLink)}" data-testid="review-workspace-link">The whole workspace</a> — ${e(m.workspaceWords)}.</li>
</ul>
<p class="muted">Same scenario, same seed, same numbers: the simulation is deterministic.</p>
</body></html>
`;
}
