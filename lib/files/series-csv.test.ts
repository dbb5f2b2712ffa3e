import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRun, parseScenario } from '@/simulations/index';
import { appendRows, emptyBuffer, type SeriesBuffer } from '../run/series';
import type { ScenarioDoc } from '../scenario-doc/types';
import { kindOf, namerOf } from './names';
import { csvField, csvNumber, csvText, seriesCsv } from './series-csv';

/** An RFC 4180 reader written for the test, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  expect(quoted).toBe(false);
  expect(field === '' && row.length === 0).toBe(true); // ends with CRLF
  return rows;
}

const buffer = (columns: string[], t: number[], rows: number[][]): SeriesBuffer => {
  const b = emptyBuffer(columns);
  appendRows(b, { columns, t, rows });
  return b;
};

describe('seriesCsv', () => {
  it('writes one row per window per series, in time order, with the union of the columns', () => {
    const series = {
      web: buffer(['sent', 'p99'], [1000, 2000], [[10, 12.5], [11, 0.1 + 0.2]]),
      'lag/db': buffer(['count', 'p99'], [2000], [[3, 40]]),
      idle: emptyBuffer(['x']),
    };
    const csv = seriesCsv(series, { name: (k) => ({ web: 'Web app', 'lag/db': 'Users DB' })[k] ?? k, kind: (k) => (k === 'web' ? 'client' : 'consistency lag') });
    expect(csv).toBe(
      ['window_end_ms,series,name,kind,sent,p99,count', '1000,web,Web app,client,10,12.5,', '2000,web,Web app,client,11,0.3,', '2000,lag/db,Users DB,consistency lag,,40,3', ''].join('\r\n'),
    );
  });

  it('holds every window the page holds for a real run, values as the buffers have them', () => {
    const doc = JSON.parse(readFileSync(new URL('../../simulations/examples/order-events.json', import.meta.url), 'utf8')) as ScenarioDoc;
    const run = createRun(parseScenario(doc), { seed: 3, durationMs: 20_000 });
    run.finish();
    const series: Record<string, SeriesBuffer> = {};
    for (const [k, rows] of Object.entries(run.snapshot().series)) appendRows((series[k] = emptyBuffer(rows.columns)), rows);
    const rows = parseCsv(seriesCsv(series, { name: namerOf(doc), kind: kindOf(doc) }));
    const [head, ...body] = rows;
    const windows = Object.values(series).reduce((n, b) => n + b.t.length, 0);
    expect(body).toHaveLength(windows);
    expect(windows).toBe(20 * Object.keys(series).length);
    for (const r of body) expect(r).toHaveLength(head.length);
    const t = body.map((r) => Number(r[0]));
    expect(t).toEqual([...t].sort((a, b) => a - b));
    const billing = body.find((r) => r[1] === 'billing' && r[0] === '10000')!;
    expect(billing.slice(2, 4)).toEqual(['Billing (fast)', 'service']);
    const b = series.billing;
    expect(Number(billing[head.indexOf('arrivals')])).toBe(b.values[b.columns.indexOf('arrivals')][9]);
    expect(Number(billing[head.indexOf('utilization')])).toBeCloseTo(b.values[b.columns.indexOf('utilization')][9], 6);
    expect(new Set(body.map((r) => r[3]))).toEqual(new Set(['client', 'service', 'rest link', 'publish link', 'subscribe link', 'subscription', 'consistency lag']));
  });

  it('quotes per RFC 4180 and never lets a label become a formula', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r'].map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"']);
    expect(['=SUM(A1)', '+1', '-x', '@cmd', 'fine=1'].map(csvText)).toEqual(["'=SUM(A1)", "'+1", "'-x", "'@cmd", 'fine=1']);
    expect([0.1 + 0.2, -3, 1e-9, NaN, Infinity, 123456789.1234567].map(csvNumber)).toEqual(['0.3', '-3', '0', '', '', '123456789.123457']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (label) => {
        const rows = parseCsv(seriesCsv({ k: buffer(['v'], [1], [[1]]) }, { name: () => label, kind: () => 'client' }));
        expect(rows[1]).toEqual(['1', 'k', /^[=+\-@\t\r]/.test(label) ? `'${label}` : label, 'client', '1']);
      }),
      { numRuns: 1000 },
    );
  });
});
