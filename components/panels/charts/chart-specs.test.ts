import { describe, expect, it } from 'vitest';
import type { SeriesBuffer } from '@/lib/run/series';
import { chartDocOf, chartsFor } from './chart-specs';

const doc = chartDocOf({
  version: 1,
  name: 't',
  nodes: [
    { id: 'web', kind: 'client', label: 'Web', traffic: { type: 'constant', ratePerSec: 1 } },
    { id: 'api', kind: 'service', label: 'API' },
    { id: 't', kind: 'topic' },
    { id: 'proj', kind: 'service', label: 'Projection' },
  ],
  links: [
    { id: 'web-api', kind: 'rest', from: 'web', to: 'api', circuitBreaker: { minimumNumberOfCalls: 5 } },
    { id: 'api-t', kind: 'publish', from: 'api', to: 't' },
    { id: 't-proj', kind: 'subscribe', from: 't', to: 'proj' },
  ],
} as Parameters<typeof chartDocOf>[0]);

const buf = (columns: string[], rows: number[][]): SeriesBuffer => ({ columns, t: rows.map((_, i) => (i + 1) * 1000), values: columns.map((_, c) => rows.map((r) => r[c])) });

describe('chart specs', () => {
  it('the whole run: latency, throughput, depth, consistency lag, utilisation and breakers', () => {
    const charts = chartsFor(doc, { kind: 'run' });
    expect(charts.map((c) => c.title)).toEqual([
      'End-to-end latency · Web',
      'Throughput and errors · Web',
      'Queue depth and consumer lag',
      'Consistency lag · Projection',
      'Utilisation per service',
      'Circuit breaker state',
    ]);
    expect(charts.every((c) => !c.empty)).toBe(true);
    const band = charts[5];
    expect(band.band).toBe(true);
    expect(band.series.map((s) => s.label)).toEqual(['Web → API']);
  });

  it('reads consistency lag from the lag/<consumer> series, with gaps where nothing arrived', () => {
    const lag = chartsFor(doc, { kind: 'run' })[3];
    expect(lag.keys).toEqual(['lag/proj']);
    const b = { 'lag/proj': buf(['count', 'p50', 'p95', 'p99', 'max'], [[3, 10, 20, 30, 30], [0, 0, 0, 0, 0]]) };
    expect(lag.build(b, 2)).toEqual([
      [10, null],
      [20, null],
      [30, null],
    ]);
  });

  it('a selected consumer shows its own lag; a selected link with a breaker shows its state band', () => {
    expect(chartsFor(doc, { kind: 'node', id: 'proj' }).map((c) => c.id)).toContain('lag:proj');
    const link = chartsFor(doc, { kind: 'link', id: 'web-api' });
    expect(link.some((c) => c.band)).toBe(true);
    expect(link.map((c) => c.title)).toContain('Breaker failure rate · Web → API');
  });

  it('says why a chart is empty instead of drawing nothing', () => {
    const sync = chartDocOf({ version: 1, name: 's', nodes: [{ id: 'a', kind: 'service' }], links: [] } as Parameters<typeof chartDocOf>[0]);
    const charts = chartsFor(sync, { kind: 'run' });
    expect(charts.find((c) => c.title.startsWith('Consistency'))?.empty).toMatch(/immediately consistent/);
    expect(charts.find((c) => c.title.startsWith('Circuit'))?.empty).toMatch(/No circuit breaker/);
    expect(charts[0].empty).toMatch(/No client/);
  });
});
