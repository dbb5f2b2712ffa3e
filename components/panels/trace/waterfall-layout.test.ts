import { describe, expect, it } from 'vitest';
import type { Span, Trace } from '@/simulations/index';
import { fmtMs, layoutWaterfall, ticks } from './waterfall-layout';

const span = (s: Partial<Span> & Pick<Span, 'id' | 'parentId' | 'name' | 'kind' | 'startMs'>): Span => ({ target: 'x', ...s });

/** A request at 1000 ms: A's call to B timed out at 1050 and was retried after a 20 ms backoff; B's first visit ran on to 1200. */
const trace: Trace = {
  id: 7,
  client: 'c',
  op: 'GET /x',
  startMs: 1000,
  endMs: 1100,
  outcome: 'timeout',
  spans: [
    span({ id: 0, parentId: null, name: 'GET /x', kind: 'request', startMs: 1000, endMs: 1100, outcome: 'timeout' }),
    span({ id: 1, parentId: 0, name: 'call B', kind: 'call', startMs: 1000, endMs: 1100, outcome: 'timeout' }),
    span({ id: 2, parentId: 1, name: 'attempt 1', kind: 'attempt', attempt: 1, startMs: 1000, endMs: 1050, outcome: 'timeout' }),
    span({ id: 3, parentId: 2, name: 'B', kind: 'service', startMs: 1000, endMs: 1200, outcome: 'ok', abandoned: true }),
    span({ id: 4, parentId: 3, name: 'work', kind: 'work', startMs: 1000, endMs: 1200 }),
    span({ id: 5, parentId: 1, name: 'backoff', kind: 'backoff', startMs: 1050, endMs: 1070 }),
    span({ id: 6, parentId: 1, name: 'attempt 2', kind: 'attempt', attempt: 2, startMs: 1070, endMs: 1070, outcome: 'shortCircuited' }),
  ],
};

describe('waterfall layout', () => {
  const w = layoutWaterfall(trace);

  it('rows in tree order with depths, on an axis that includes the abandoned work', () => {
    expect(w.rows.map((r) => `${r.depth} ${r.span.name}`)).toEqual(['0 GET /x', '1 call B', '2 attempt 1', '3 B', '4 work', '2 backoff', '2 attempt 2']);
    expect(w.axisMs).toBe(200);
    expect(w.answeredMs).toBe(100);
    const backoff = w.rows[5];
    expect([backoff.left, backoff.width]).toEqual([25, 10]);
  });

  it('labels say the kind and outcome in words', () => {
    expect(w.rows.map((r) => r.label)).toEqual([
      'GET /x · timeout · 100 ms',
      'call B · timeout · 100 ms',
      'attempt 1 · timeout · 50 ms',
      'B · ok · 200 ms · abandoned',
      'work 200 ms',
      'backoff 20 ms',
      'attempt 2 · short-circuited',
    ]);
    expect(w.rows[6].style).toBe('marker');
    expect(w.rows[5].style).toBe('hatched');
    // The abandoned visit's own work is abandoned too.
    expect(w.rows.filter((r) => r.abandoned).map((r) => r.span.id)).toEqual([3, 4]);
  });

  it('an open span runs to the end of the axis', () => {
    const open = layoutWaterfall({ ...trace, spans: trace.spans.map((s) => (s.id === 4 ? { ...s, endMs: undefined } : s)) });
    const work = open.rows.find((r) => r.span.id === 4)!;
    expect(work.open).toBe(true);
    expect(work.endMs).toBe(200);
    expect(work.label).toBe('work 200 ms · still running');
  });

  it('round ticks and short times', () => {
    expect(ticks(200)).toEqual([0, 50, 100, 150, 200]);
    expect(ticks(0)).toEqual([0]);
    expect([fmtMs(0), fmtMs(12), fmtMs(0.25), fmtMs(1250)]).toEqual(['0 ms', '12 ms', '0.25 ms', '1.25 s']);
  });
});
