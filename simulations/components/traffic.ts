/** Open-loop arrival processes of a client, in the shapes load generators offer. */
import type { Rng } from '../core/rng';
import { log } from '../core/portable-math';
import type { OpenTraffic } from './traffic.schema';

export { trafficSchema, type Traffic, type OpenTraffic } from './traffic.schema';

/** Yields successive arrival times (ms) of an open-loop process; Infinity when it never fires. */
export type ArrivalProcess = (now: number) => number;

export function createArrivals(t: OpenTraffic, startAt: number, rng: Rng): ArrivalProcess {
  const exp = (rate: number) => (-log(1 - rng.next()) * 1000) / rate;
  switch (t.type) {
    case 'constant': {
      if (t.ratePerSec <= 0) return () => Infinity;
      const gap = 1000 / t.ratePerSec;
      return (now) => now + gap;
    }
    case 'poisson':
      if (t.ratePerSec <= 0) return () => Infinity;
      return (now) => now + exp(t.ratePerSec);
    case 'bursts': {
      const period = t.onMs + t.offMs;
      return thinning(Math.max(t.ratePerSec, t.baseRatePerSec), (at) => ((at - startAt) % period < t.onMs ? t.ratePerSec : t.baseRatePerSec), exp, rng);
    }
    case 'ramp': {
      const { fromRatePerSec: a, toRatePerSec: b, rampMs } = t;
      return thinning(Math.max(a, b), (at) => a + (b - a) * Math.min(1, Math.max(0, (at - startAt) / rampMs)), exp, rng);
    }
  }
}

/** Lewis–Shedler thinning: a Poisson process of rate λ(t) ≤ λmax from one of rate λmax. */
function thinning(max: number, rateAt: (t: number) => number, exp: (rate: number) => number, rng: Rng): ArrivalProcess {
  if (max <= 0) return () => Infinity;
  return (now) => {
    let t = now;
    for (let guard = 0; guard < 1_000_000; guard++) {
      t += exp(max);
      if (rng.next() * max < rateAt(t)) return t;
    }
    return Infinity;
  };
}
