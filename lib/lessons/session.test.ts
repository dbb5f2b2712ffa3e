/** The lesson session: which step is watched from when, and when its checkpoint was reached. */
import { describe, expect, it } from 'vitest';
import type { Incident } from '@/simulations/events/incidents';
import { emptyBuffer } from '../run/series';
import { actionDone, createSessionStore, forLesson, observe, openStep } from './session';

const opened: Incident = { atMs: 12_400, kind: 'breaker', linkId: 'checkout-payments', state: 'OPEN', text: 'Breaker on checkout → payments opened' };
const breakerOpens = { on: 'breaker' as const, target: 'checkout-payments', state: 'OPEN' as const };
const run = (nowMs: number, incidents: Incident[] = [], series = {}) => ({ nowMs, incidents, series });

describe('lesson session', () => {
  it('a step opened at 10 s counts an incident at 12.4 s, not one before it opened', () => {
    const s0 = createSessionStore().getState();
    const s1 = openStep(s0, 1, 10_000);
    expect(observe(s1, breakerOpens, run(13_000, [opened])).reached[1]).toEqual({ atMs: 12_400, text: opened.text });
    expect(observe(openStep(s0, 1, 13_000), breakerOpens, run(14_000, [opened])).reached[1]).toBeUndefined();
  });

  it('an incident elsewhere, or of another state, does not count', () => {
    const s = openStep(createSessionStore().getState(), 2, 0);
    expect(observe(s, breakerOpens, run(20_000, [{ ...opened, state: 'HALF_OPEN' }, { ...opened, linkId: 'other' }])).reached[2]).toBeUndefined();
  });

  it('a change that restarts the run watches from 0 s; a run that went back in time restarted too', () => {
    let s = openStep(createSessionStore().getState(), 1, 30_000);
    s = actionDone(s, 1, true, 0, 'done', true);
    expect(s.sinceMs).toBe(0);
    s = actionDone(openStep(s, 2, 30_000), 2, false, 31_000, 'injected', true);
    expect(s.sinceMs).toBe(31_000);
    expect(observe(s, breakerOpens, run(5_000)).sinceMs).toBe(0);
  });

  it('a lag checkpoint is met by the first window whose worst lag is over the threshold', () => {
    const lag = emptyBuffer(['count', 'p50', 'p95', 'p99', 'max']);
    const rows = [[10, 5, 8, 9, 12], [10, 50, 80, 90, 120], [0, 0, 0, 0, 0], [10, 500, 800, 900, 1_200]];
    rows.forEach((r, i) => {
      lag.t.push((i + 1) * 1000);
      r.forEach((v, c) => lag.values[c].push(v));
    });
    const s = openStep(createSessionStore().getState(), 0, 1_500);
    const hit = observe(s, { on: 'lag', target: 'crm', overMs: 100 }, run(4_000, [], { 'lag/crm': lag })).reached[0];
    expect(hit?.atMs).toBe(2_000);
    expect(observe(s, { on: 'lag', target: 'email', overMs: 100 }, run(4_000, [], { 'lag/crm': lag })).reached[0]).toBeUndefined();
  });

  it('a failed action leaves the watch as it was and says why', () => {
    const s = openStep(createSessionStore().getState(), 1, 7_000);
    const after = actionDone(s, 1, true, 0, 'Variant B not found', false);
    expect(after.sinceMs).toBe(7_000);
    expect(after.done).toEqual({ step: 1, text: 'Variant B not found', ok: false });
  });

  it('another lesson (another scenario opened) forgets the ✓ of the previous one; the same lesson keeps them', () => {
    let s = forLesson(createSessionStore().getState(), 'lesson A', 0);
    s = observe(openStep(s, 1, 0), breakerOpens, run(13_000, [opened]));
    expect(forLesson(s, 'lesson A', 20_000).reached[1]).toBeDefined();
    expect(forLesson(s, 'lesson B', 20_000).reached).toEqual({});
  });
});
