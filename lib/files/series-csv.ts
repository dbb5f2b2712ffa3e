/**
 * The run's time series as CSV, for a spreadsheet or a notebook.
 *
 * Format (RFC 4180: comma-separated, CRLF line ends, a field quoted with " when it holds a comma,
 * a quote or a line break, quotes doubled inside):
 *
 *   window_end_ms,series,name,kind,<metric columns…>
 *
 * One row per window per series, in time order (series in a fixed order within a window).
 * `window_end_ms` is the end of the window in simulated ms; `series` the key the engine uses (a
 * node id, a link id, `topic:subscriber` for a subscription, `lag/<consumer>` for consistency
 * lag); `name` its label; `kind` what it is (client, service, queue, "rest link", subscription,
 * consistency lag, …). The metric columns are the union of every series' columns in order of
 * first appearance; a cell is empty where a series has no such column. Counts are per window,
 * p50/p95/p99 are ms within the window, utilization a fraction. Only the windows the page still
 * holds are written (the newest 3,600 per series).
 *
 * Spreadsheets run a cell that starts with = + - @ as a formula: a label starting so is written
 * with a leading apostrophe (OWASP's advice), numbers as they are.
 */
import type { SeriesBuffer } from '../run/series';

export interface SeriesDescriber {
  name: (key: string) => string;
  kind: (key: string) => string;
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** User text for a cell: never taken for a formula. */
export function csvText(v: string): string {
  return csvField(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
}

/** Up to 6 decimals, without float noise (0.30000000000000004 → 0.3); empty for NaN. */
export function csvNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  return String(Math.round(v * 1e6) / 1e6);
}

export function seriesCsv(series: Readonly<Record<string, SeriesBuffer>>, describe: SeriesDescriber): string {
  const keys = Object.keys(series).filter((k) => series[k].t.length > 0);
  const columns: string[] = [];
  for (const k of keys) for (const c of series[k].columns) if (!columns.includes(c)) columns.push(c);
  const lines = [['window_end_ms', 'series', 'name', 'kind', ...columns].map(csvField).join(',')];

  // Merge by window end: series share the run's window ticks, but one may start later or be trimmed.
  const at = keys.map(() => 0);
  const picks = keys.map((k) => columns.map((c) => series[k].columns.indexOf(c)));
  for (;;) {
    let t = Infinity;
    keys.forEach((k, i) => {
      if (at[i] < series[k].t.length) t = Math.min(t, series[k].t[at[i]]);
    });
    if (t === Infinity) break;
    keys.forEach((k, i) => {
      const buf = series[k];
      if (at[i] >= buf.t.length || buf.t[at[i]] !== t) return;
      const row = at[i]++;
      const cells = picks[i].map((ci) => (ci < 0 ? '' : csvNumber(buf.values[ci][row])));
      lines.push([csvNumber(t), csvText(k), csvText(describe.name(k)), csvText(describe.kind(k)), ...cells].join(','));
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
