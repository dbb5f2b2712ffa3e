/**
 * A sweep as CSV (RFC 4180, CRLF, as the series CSV): one row per point, the parameter value, the
 * point's error (empty when it ran) and every metric of the scenario. With several seeds each
 * metric has three columns: the mean over the seeds and the 95 % band's low and high ends.
 * An empty cell is a metric the point does not have (it failed, or nothing of the kind happened).
 */
import { csvNumber, csvText } from '@/lib/files/series-csv';
import { metricById } from '@/lib/batch/metrics';
import type { SweepResult } from './sweep';

const withUnit = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

export function sweepCsv(r: SweepResult): string {
  const bands = r.seeds.length > 1;
  const head = [withUnit(`${r.param.element} · ${r.param.name}`, r.param.unit), 'error'];
  for (const id of r.metricIds) {
    const m = metricById(id)!;
    head.push(withUnit(m.label, m.unit));
    if (bands) head.push(`${m.label} 95% low`, `${m.label} 95% high`);
  }
  const lines = [head.map(csvText).join(',')];
  for (const p of r.points) {
    const row = [csvNumber(p.value), p.error ? csvText(p.error) : ''];
    for (const id of r.metricIds) {
      const s = p.metrics[id];
      row.push(s ? csvNumber(s.mean) : '');
      if (bands) row.push(s ? csvNumber(s.lo) : '', s ? csvNumber(s.hi) : '');
    }
    lines.push(row.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
