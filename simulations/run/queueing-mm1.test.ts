/**
 * Single-server queues against closed forms: M/M/1 (Wq = ρ/(μ−λ), W = 1/(μ−λ), utilisation ρ)
 * and M/D/1 (Pollaczek–Khinchine). Long seeded runs; cases and units in ./queueing.cases.
 *
 * How the tolerances were set: each case was run with seeds 1–40 and the standard deviation (sd)
 * of its relative error measured. No case showed a bias: mean errors were within 2.2 standard
 * errors of 0, and 60 further seeds of the three largest came out within 1.3. Every tolerance is
 * at least 4 sd. The tests use seed 1, so they are deterministic; the headroom
 * is for engine changes that legitimately reshuffle the random streams — a correct engine then
 * lands outside a 4 sd tolerance with probability about 1e-4 per assertion. Sensitivity: an error
 * of 1 % in λ or μ moves W by 5 % at ρ = 0.8 and fails that case. Utilisation is total work over
 * time, whose relative sd is √((1 + SCV_S)/n) for n customers (0.11 % for exponential service at
 * n = 1.6 M, 0.09 % for constant service at 1.2 M), which is what the seeds show.
 */
import { describe, expect, it } from 'vitest';
import { md1Case, mm1Case } from './queueing.cases';
import { explain, relErr, type Pair } from './queueing.fixtures';

const SEED = 1;
const near = (p: Pair, tolerance: number) => expect(relErr(p), explain(p, tolerance)).toBeLessThanOrEqual(tolerance);

describe('M/M/1', () => {
  it('ρ = 0.5 (λ = 500/s, μ = 1/ms, 990 s ≈ 495 k customers): Wq = 1 ms, W = 2 ms, utilisation 0.5', () => {
    const m = mm1Case(SEED, 0.5, 1_000_000);
    near(m.Wq, 0.04); // sd over 40 seeds 0.96 %
    near(m.W, 0.025); // sd 0.54 %
    near(m.clientLatency, 0.025); // the client's view over a zero-latency link: the same requests, sd 0.54 %
    near(m.utilization, 0.01); // sd 0.21 % (theory √(2/n) = 0.20 %)
  });

  it('ρ = 0.8 (λ = 800/s, 1,990 s ≈ 1.6 M customers): Wq = 4 ms, W = 5 ms, utilisation 0.8', () => {
    const m = mm1Case(SEED, 0.8, 2_000_000);
    near(m.Wq, 0.04); // sd 0.92 %
    near(m.W, 0.03); // sd 0.75 %
    near(m.clientLatency, 0.03); // sd 0.75 %
    near(m.utilization, 0.006); // sd 0.13 % (theory 0.11 %)
  });
});

describe('M/D/1', () => {
  it('ρ = 0.8, constant 1 ms service (1.2 M customers): Pollaczek–Khinchine Wq = ρ/(2μ(1−ρ)) = 2 ms, half of M/M/1', () => {
    const m = md1Case(SEED);
    near(m.Wq, 0.025); // sd 0.62 %; M/M/1's 4 ms would be off by 100 %
    near(m.W, 0.02); // sd 0.41 %
    near(m.utilization, 0.004); // sd 0.08 % (theory √(1/n) = 0.09 %)
  });
});
