/** Teaching pair, half two: the same flaky payment API, now behind a circuit breaker (see breaker-without.ts). */
import type { Preset } from './types';
import { claim, pct, withFault } from './edit';
import { breakerScenario, HALF_FAILING, OUTAGE } from './breaker-without';
import type { Lesson } from '../lessons/schema';

type Report = Parameters<Preset['experiments'][number]['check']>[0];
const checkoutMs = (r: Report) => r.nodes.checkout.responseMs;
const transitions = (r: Report) => r.links['checkout-payments'].breakerTransitions;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Watch a circuit breaker open, probe and close',
  steps: [
    {
      title: 'A mostly healthy API',
      text: 'Press play. Checkout calls the Payments API through a breaker that watches the last 20 calls. With 1 % failures it has no reason to open.',
      look: 'The breaker tile on Checkout → Payments API reads CLOSED.',
    },
    {
      title: 'Take the Payments API down',
      text: 'An outage of 20 s, starting now. Calls fail; once half of the last 20 have failed, the breaker opens.',
      look: 'The breaker tile turns OPEN about a second into the outage; failed checkouts are short-circuited in a millisecond instead of waiting out timeouts.',
      action: { kind: 'fault', fault: { kind: 'outage', target: 'payments', atMs: 0, durationMs: 20_000, note: 'payment provider down' } },
      checkpoint: { on: 'breaker', target: 'checkout-payments', state: 'OPEN' },
    },
    {
      title: 'Trial calls',
      text: 'Keep playing. After 5 s open, the breaker lets 5 trial calls through (half-open). While the API is still down they fail and it opens again.',
      look: 'The tile flips OPEN → HALF_OPEN → OPEN every 5 s; Payments sees only a handful of calls.',
      checkpoint: { on: 'breaker', target: 'checkout-payments', state: 'HALF_OPEN' },
    },
    {
      title: 'Recovery',
      text: 'When the outage ends, the next trial calls succeed.',
      look: 'The tile returns to CLOSED and checkouts succeed again.',
      checkpoint: { on: 'breaker', target: 'checkout-payments', state: 'CLOSED' },
    },
    {
      title: 'A flaky API instead of a dead one',
      text: "Set the Payments API's error rate to 50 %.",
      look: "The breaker opens within seconds and stays mostly open: checkout's median answer stays under 100 ms. Compare with the preset without a breaker.",
      action: { kind: 'set', target: 'payments', path: 'errorRate', value: 0.5 },
      checkpoint: { on: 'breaker', target: 'checkout-payments', state: 'OPEN' },
    },
  ],
};

export const preset: Preset = {
  slug: 'breaker-with',
  section: 'external',
  title: 'A flaky payment API behind a circuit breaker',
  teaches: 'A circuit breaker stops calling a failing dependency, so callers fail in a millisecond instead of waiting out timeouts.',
  explanation:
    'The same shop as its pair: checkout calls the Payments API with a 1 s timeout and up to three attempts. Now the call goes ' +
    'through a circuit breaker. It watches the last 20 calls; once half of them fail it opens, and for the next 5 s checkout ' +
    'does not call Payments at all — it fails at once (short-circuited), which frees its workers and gives the API room to ' +
    'recover. After 5 s the breaker lets 5 trial calls through (half-open): if they succeed it closes, if not it opens again. ' +
    'The price: while it is open, even payments that would have gone through are refused. With the API as flaky as it is at ' +
    'the start (1 %), the breaker never opens.',
  watch: [
    'The breaker tile on the Checkout → Payments API link: CLOSED, OPEN, HALF_OPEN as it happens.',
    "The Shoppers' outcome chart: short-circuited failures instead of timeouts while the breaker is open.",
    'Report → links → checkout-payments: the breaker transitions with their times.',
  ],
  pair: { slug: 'breaker-without', contrast: 'The same API without a breaker: every checkout waits out its timeouts and retries.' },
  experiments: [
    {
      ...HALF_FAILING,
      expect:
        'The breaker opens within a few seconds and checkout fails fast instead of timing out: most failed checkouts are ' +
        "short-circuited, checkout's median answer stays under 100 ms and its workers stay mostly idle (over 5 s and all busy without the breaker).",
      check: (base, changed) => {
        const opened = transitions(changed).find((t) => t.to === 'OPEN')?.atMs ?? Infinity;
        const c = changed.clients.shoppers;
        const fast = c.failures.shortCircuited / c.failed;
        return claim(
          transitions(base).length === 0 && opened < 5_000 && fast > 0.7 && checkoutMs(changed).p50 < 100 && changed.nodes.checkout.utilization < 0.3,
          `breaker opened at ${opened} ms, ${pct(fast)} of failures short-circuited, checkout median ${checkoutMs(changed).p50.toFixed(0)} ms, utilisation ${pct(changed.nodes.checkout.utilization)}`,
        );
      },
    },
    {
      title: 'Take the Payments API down from 20 s to 40 s',
      expect: 'The breaker opens about a second into the outage, tries again every 5 s (half-open, then open again), and closes soon after 40 s; Payments sees only a few dozen calls while it is down.',
      apply: (s) => withFault(s, OUTAGE),
      check: (_base, changed) => {
        const t = transitions(changed);
        const opened = t.find((x) => x.to === 'OPEN')?.atMs ?? Infinity;
        const trials = t.filter((x) => x.to === 'HALF_OPEN' && x.atMs < 40_000).length;
        const closed = t.filter((x) => x.to === 'CLOSED').at(-1)?.atMs ?? Infinity;
        const hung = changed.patterns.payments.values.hung;
        return claim(
          opened > 20_000 && opened < 22_500 && trials >= 3 && closed > 40_000 && closed < 47_000 && hung < 100,
          `opened at ${opened} ms, ${trials} half-open trials, closed at ${closed} ms, ${hung} calls hung`,
        );
      },
    },
  ],
  scenario: { ...breakerScenario(true), lesson: LESSON },
};
