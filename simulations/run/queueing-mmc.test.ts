/**
 * Multi-server and finite queues against closed forms: M/M/c (Erlang C) and M/M/c/K blocking.
 * Long seeded runs; cases and units in ./queueing.cases, formulas in ./queueing.fixtures (checked on
 * their own in ./queueing-formulas.test.ts). Tolerances: at least 4 sd of the relative error over
 * seeds 1–40 (see ./queueing-mm1.test.ts); the tests use seed 1, so they are deterministic.
 */
import { describe, expect, it } from 'vitest';
import { mmcCase, mmcKCase } from './queueing.cases';
import { explain, relErr, type Pair } from './queueing.fixtures';

const SEED = 1;
const near = (p: Pair, tolerance: number) => expect(relErr(p), explain(p, tolerance)).toBeLessThanOrEqual(tolerance);

describe('M/M/c (Erlang C) at ρ = 0.8', () => {
  it('c = 3, a = 2.4 (495 s ≈ 1.2 M customers): P(wait) = C(3, 2.4) = 0.647, Wq = C/(cμ−λ) = 1.079 ms', () => {
    const m = mmcCase(SEED, 3, 500_000);
    near(m.waited, 0.011); // share of requests that waited: sd 0.27 %
    near(m.Wq, 0.055); // sd 1.26 %
    near(m.utilization, 0.006); // sd 0.13 %
  });

  it('c = 10, a = 8 (145 s ≈ 1.2 M customers): P(wait) = C(10, 8) = 0.409, Wq = 0.205 ms', () => {
    const m = mmcCase(SEED, 10, 150_000);
    near(m.waited, 0.025); // sd 0.62 % (0.61 % over seeds 41–100)
    near(m.Wq, 0.075); // sd 1.78 % (one such worker at the same ρ would wait 4 ms, 20× longer)
    near(m.utilization, 0.006); // sd 0.14 %
  });
});

describe('M/M/c/K blocking', () => {
  it('c = 2, K = 5 (queueCapacity 3), a = 2 (≈ 600 k arrivals): blocking p_K = 2/11, utilisation a(1−p_K)/c = 9/11', () => {
    const m = mmcKCase(SEED, 2, 5, 2, 300_000);
    near(m.blocking, 0.025); // rejected / arrivals: sd 0.56 %
    near(m.utilization, 0.005); // sd 0.11 %
  });

  it('M/M/1/K with K = 4 (queueCapacity 3), ρ = 0.9 (≈ 450 k arrivals): blocking (1−ρ)ρ^K/(1−ρ^(K+1)) = 0.160', () => {
    const m = mmcKCase(SEED, 1, 4, 0.9, 500_000);
    near(m.blocking, 0.03); // sd 0.72 %
    near(m.utilization, 0.006); // sd 0.14 %
  });
});
