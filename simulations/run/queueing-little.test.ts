/**
 * Little's law, L = λW, between two independent parts of the engine: the number of requests in the
 * system as the live gauges count it (point samples at the end of each time-series window,
 * averaged over many windows) and the arrival rate times the mean time in the system as the
 * request timings measure it. Also L_q = λW_q for the waiting line, busy workers = λ·E[S], and the
 * client's requests in flight against its own rate and latency.
 *
 * Tolerances: at least 4 sd of the relative error over seeds 1–40 (see ./queueing-mm1.test.ts).
 * Most of that sd is sampling noise of the point samples: M/M/1 at ρ = 0.8 relaxes in about
 * 1/(μ(1−√ρ)²) ≈ 90 ms, so samples 100 ms apart are nearly independent, and Var(L)/windows =
 * (ρ/(1−ρ)²)/19,900 gives 0.8 % of L on its own; the two sides of the law share their run, so the
 * difference is tighter than that (sd 0.52 %).
 */
import { describe, expect, it } from 'vitest';
import { littleCase } from './queueing.cases';
import { explain, relErr, type Pair } from './queueing.fixtures';

const SEED = 1;
const near = (p: Pair, tolerance: number) => expect(relErr(p), explain(p, tolerance)).toBeLessThanOrEqual(tolerance);

describe("Little's law", () => {
  it('M/M/1 at ρ = 0.8 (1,990 s, 19,900 windows of 100 ms): L = λW ≈ 4, L_q = λW_q, busy = λ·E[S]', () => {
    const m = littleCase(SEED, { workers: 1, ratePerSec: 800, durationMs: 2_000_000, windowMs: 100 });
    expect(m.L.measured).toBeGreaterThan(3); // the sampled gauge is really the M/M/1 number in system (4)
    near(m.L, 0.025); // sd over 40 seeds 0.52 %
    near(m.Lq, 0.03); // sd 0.63 %
    near(m.busy, 0.01); // sd 0.25 %
    near(m.client, 0.025); // sd 0.52 %
  });

  it('M/M/2/5 with a = 2 (290 s, 14,500 windows of 20 ms): λ is the accepted rate, rejected requests are never in the system', () => {
    const m = littleCase(SEED, { workers: 2, queueCapacity: 3, ratePerSec: 2000, durationMs: 300_000, windowMs: 20 });
    // With λ the offered rate instead, λW would be 22 % too high (blocking 2/11).
    near(m.L, 0.02); // sd 0.44 %; theory L = Σ n·p_n = 30/11
    near(m.Lq, 0.035); // sd 0.87 %
    near(m.busy, 0.015); // sd 0.33 %
    near(m.client, 0.02); // sd 0.44 %
  });
});
