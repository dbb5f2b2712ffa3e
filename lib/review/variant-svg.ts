/**
 * A variant's graph as a standalone SVG string for the review document: the gallery's preview
 * geometry (lib/presets/preview) with explicit colours (no CSS classes: the file is opened outside
 * the app, printed, pasted) and each node's label, and what the variant changed against A outlined
 * in its colour. Pure.
 */
import { previewOf } from '@/lib/presets/preview';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { escapeXml } from './escape';

/** Labels longer than this are cut with "…" so they stay inside their box. */
const MAX_LABEL = 20;

export function variantSvg(doc: ScenarioDoc, color: string, marked: ReadonlySet<string>, title: string): string {
  const p = previewOf(doc);
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  const parts: string[] = [`<title>${escapeXml(title)}</title>`];
  for (const l of p.links) {
    const on = marked.has(l.id);
    parts.push(`<path d="${l.d}" fill="none" stroke="${on ? color : '#64748b'}" stroke-width="${on ? 10 : 5}" stroke-linecap="round"${l.dashed ? ' stroke-dasharray="16 12"' : ''}/>`);
    parts.push(`<polygon points="${l.arrow}" fill="${on ? color : '#64748b'}"/>`);
  }
  for (const n of p.nodes) {
    if (marked.has(n.id)) parts.push(`<rect x="${n.x - 12}" y="${n.y - 12}" width="${n.w + 24}" height="${n.h + 24}" rx="18" fill="none" stroke="${color}" stroke-width="8"/>`);
    parts.push(`<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="12" fill="#ffffff" stroke="#cbd5e1" stroke-width="4"/>`);
    parts.push(`<rect x="${n.x}" y="${n.y}" width="16" height="${n.h}" rx="6" fill="${n.accent}"/>`);
    const label = labels.get(n.id) ?? n.id;
    const shown = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
    parts.push(`<text x="${n.x + 32}" y="${n.y + 38}" font-size="24" font-weight="600" fill="#0f172a">${escapeXml(shown)}</text>`);
    parts.push(`<text x="${n.x + 32}" y="${n.y + 66}" font-size="18" fill="#475569">${escapeXml(n.kind)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${p.viewBox}" width="${p.width}" height="${p.height}" preserveAspectRatio="xMidYMid meet" role="img" font-family="ui-sans-serif, system-ui, sans-serif">${parts.join('')}</svg>`;
}
