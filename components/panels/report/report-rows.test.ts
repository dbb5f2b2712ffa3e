import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '@/simulations/index';
import { breakerStory, ms, pct, reportTables } from './report-rows';

const report = runScenario(
  parseScenario({
    version: 1,
    name: 'rows',
    run: { durationMs: 5000 },
    nodes: [
      { id: 'web', kind: 'client', traffic: { type: 'constant', ratePerSec: 20 } },
      { id: 'api', kind: 'service', serviceTime: { type: 'constant', value: 5 } },
    ],
    links: [{ id: 'web-api', kind: 'rest', from: 'web', to: 'api' }],
  }),
  { seed: 1 },
);

describe('report rows', () => {
  it('has a table per kind of thing the run has, and leaves out empty ones', () => {
    const tables = reportTables(report);
    expect(tables.map((t) => t.id)).toEqual(['clients', 'services', 'links']);
    for (const t of tables) for (const r of t.rows) expect(r.cells).toHaveLength(t.head.length);
    const web = tables[0].rows.find((r) => r.id === 'web');
    expect(web?.cells[0]).toBe(report.clients.web.sent.toLocaleString('en-US'));
    expect(web?.cells[1]).toBe(pct(report.clients.web.succeeded, report.clients.web.sent));
  });

  it('writes numbers as the CLI does', () => {
    expect([ms(0.123), ms(12.345), ms(1234.5)]).toEqual(['0.12', '12.3', '1235']);
    expect([pct(1, 3), pct(0, 0)]).toEqual(['33.3%', '–']);
    expect(breakerStory([])).toBe('–');
    const ts = [1, 2, 3, 4, 5].map((i) => ({ atMs: i * 1000, from: 'CLOSED' as const, to: i % 2 ? ('OPEN' as const) : ('HALF_OPEN' as const) }));
    expect(breakerStory(ts)).toBe('OPEN 1.0 s → HALF_OPEN 2.0 s → OPEN 3.0 s → HALF_OPEN 4.0 s … (5 in all)');
  });
});
