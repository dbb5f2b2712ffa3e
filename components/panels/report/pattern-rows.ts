/**
 * Pattern nodes' own numbers (report.patterns) as rows for people: each value under a readable name
 * ("lagAtEnd.billing" → "Lag at end · billing"), durations in ms, shares in percent, and each
 * latency-like summary as one row of count / mean / p50 / p95 / p99 / max.
 */
import { NODE_KINDS, type NodeKind, type Report } from '@/simulations/index';
import { words } from '@/components/inspector/patterns/words';
import { ms } from './report-rows';

export interface PatternValueRow {
  /** The report's own key, for copy/paste and tests. */
  key: string;
  label: string;
  /** A node id the value is about ("expired.billing" → "billing"), shown by its label. */
  about?: string;
  text: string;
}

export interface PatternSummaryRow {
  key: string;
  label: string;
  about?: string;
  cells: string[];
}

export interface PatternBlock {
  id: string;
  kind: string;
  kindTitle: string;
  values: PatternValueRow[];
  summaries: PatternSummaryRow[];
}

export const SUMMARY_HEAD = ['count', 'mean', 'p50', 'p95', 'p99', 'max'] as const;

/** "stalenessAtEndMs" → { label: "Staleness at end", ms: true }; "lagAtEnd.billing" → about "billing". */
export function readName(key: string): { label: string; about?: string; ms: boolean; share: boolean } {
  const dot = key.indexOf('.');
  const name = dot < 0 ? key : key.slice(0, dot);
  const about = dot < 0 ? undefined : key.slice(dot + 1);
  const isMs = /Ms$/.test(name) && name.length > 2;
  const share = /(Share|Rate|Ratio|Utili[sz]ation)$/.test(name);
  return { label: words(isMs ? name.slice(0, -2) : name), about, ms: isMs, share };
}

export function formatValue(key: string, v: number): string {
  const n = readName(key);
  if (!Number.isFinite(v)) return String(v);
  if (n.ms) return `${ms(v)} ms`;
  if (n.share && v >= 0 && v <= 1) return `${(v * 100).toFixed(1)}%`;
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return String(Number(v.toPrecision(4)));
}

export function patternBlocks(r: Report): PatternBlock[] {
  return Object.entries(r.patterns ?? {}).map(([id, p]) => ({
    id,
    kind: p.kind,
    kindTitle: NODE_KINDS[p.kind as NodeKind]?.title ?? words(p.kind),
    values: Object.entries(p.values).map(([key, v]) => {
      const n = readName(key);
      return { key, label: n.label, about: n.about, text: formatValue(key, v) };
    }),
    summaries: Object.entries(p.summaries ?? {}).map(([key, s]) => {
      const n = readName(key);
      return { key, label: n.label, about: n.about, cells: [s.count.toLocaleString('en-US'), ms(s.mean), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)] };
    }),
  }));
}
