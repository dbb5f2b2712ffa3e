/** Checkout calling a payment provider we do not run: its tail latency, its quota, its outages, and how retries and a breaker meet them. */
import type { Preset } from './types';
import { claim, pct, value, withFault, withLink, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

type Report = Parameters<Preset['experiments'][number]['check']>[0];
const OUTAGE = { kind: 'outage' as const, target: 'psp', atMs: 20_000, durationMs: 20_000, note: 'payment provider down' };
/** Checkouts that failed, whatever the reason. */
const failedCheckouts = (r: Report) => r.clients.shoppers.failed;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: "Designing for someone else's API: quota, outages and a breaker",
  steps: [
    {
      title: 'Within the quota',
      text: 'Press play. Checkout calls the payment provider 20 times a second against a quota of 30 a second, with a timeout, retries with jitter and a circuit breaker.',
      look: "The provider's badges: no 429s; the breaker tile stays CLOSED.",
    },
    {
      title: 'Go over the quota',
      text: 'Double the shoppers to 40 a second. Retries add calls on top.',
      look: 'The provider answers 429 to what is over its quota; those failures open the breaker, and checkouts fail fast as short-circuited.',
      action: { kind: 'set', target: 'shoppers', path: 'traffic.ratePerSec', value: 40 },
      checkpoint: { on: 'breaker', target: 'checkout-psp', state: 'OPEN' },
    },
    {
      title: 'Back within the quota',
      text: 'Shoppers back to 20 a second.',
      look: 'The breaker stays closed again.',
      action: { kind: 'set', target: 'shoppers', path: 'traffic.ratePerSec', value: 20 },
    },
    {
      title: 'The provider goes down',
      text: 'Take the provider down for 20 s.',
      look: 'The breaker opens within a second; the provider sees only a few trial calls while it is down.',
      action: { kind: 'fault', fault: { kind: 'outage', target: 'psp', atMs: 0, durationMs: 20_000 } },
      checkpoint: { on: 'breaker', target: 'checkout-psp', state: 'OPEN' },
    },
    {
      title: 'And comes back',
      text: 'Keep playing. Every 5 s the breaker lets a few trial calls through; once the provider answers again, they succeed.',
      look: 'The breaker tile goes HALF_OPEN, then CLOSED soon after the outage ends.',
      checkpoint: { on: 'breaker', target: 'checkout-psp', state: 'CLOSED' },
    },
  ],
};

export const preset: Preset = {
  slug: 'third-party-api',
  section: 'external',
  title: 'A third-party payment API: quota, outages, retries and a breaker',
  teaches: "Someone else's API sets limits you must design for: a slow tail, a quota, and outages your retries can make worse.",
  explanation:
    'Checkout takes payments through an external provider. We do not control it: it answers in about 150 ms but sometimes ' +
    'takes more than a second, fails 2 % of calls on its own, and our contract allows 30 calls per second — beyond that it ' +
    'answers 429 Too Many Requests. Checkout protects itself on the link: a 2 s timeout, up to three attempts with ' +
    'jittered exponential backoff for errors and timeouts (not for 429s: retrying those only spends more quota), and a circuit ' +
    'breaker that stops calling when half of the recent calls fail. The experiments push on each of these limits.',
  watch: [
    "The Payment provider's badges: 429s (over the quota) and the quota left right now.",
    'The Checkout → Payment provider link: retries, and the breaker state on its tile.',
    'Report → Payment provider: calls, 429s, errors and the latency it showed (p99 above a second).',
  ],
  experiments: [
    {
      title: 'Double the shoppers (20/s → 40/s) against the 30/s quota',
      expect:
        'The provider starts answering 429. The breaker counts those as failures, so it opens again and again and turns away ' +
        'even calls the quota would have allowed: a third or more of the checkouts fail, most of them short-circuited. ' +
        'Below the quota there were no 429s at all.',
      apply: (s) => withNode(s, 'shoppers', { traffic: { type: 'poisson', ratePerSec: 40 } }),
      check: (base, changed) => {
        const c = changed.clients.shoppers;
        const opened = changed.links['checkout-psp'].breakerTransitions.filter((x) => x.to === 'OPEN').length;
        const failed = c.failed / c.sent;
        return claim(
          value(base, 'psp', 'rateLimited') === 0 && value(changed, 'psp', 'rateLimited') > 50 && opened >= 3 && failed > 0.33 && c.failures.shortCircuited > c.failures.rateLimited,
          `429s ${value(changed, 'psp', 'rateLimited')}, breaker opened ${opened}×, ${pct(failed)} of checkouts failed (${c.failures.shortCircuited} short-circuited)`,
        );
      },
    },
    {
      title: 'Take the provider down from 20 s to 40 s',
      expect: 'The breaker opens within a second of the outage and checkouts fail at once as short-circuited; the provider sees fewer calls than there are failed checkouts, and the breaker closes soon after 40 s.',
      apply: (s) => withFault(s, OUTAGE),
      check: (_base, changed) => {
        const t = changed.links['checkout-psp'].breakerTransitions;
        const opened = t.find((x) => x.to === 'OPEN')?.atMs ?? Infinity;
        const closed = t.filter((x) => x.to === 'CLOSED').at(-1)?.atMs ?? Infinity;
        const refused = value(changed, 'psp', 'unavailable');
        return claim(opened >= 20_000 && opened < 21_000 && closed > 40_000 && closed < 47_000 && refused < 0.5 * failedCheckouts(changed), `opened at ${opened} ms, closed at ${closed} ms, ${refused} calls refused for ${failedCheckouts(changed)} failed checkouts`);
      },
    },
    {
      title: 'Same outage without the breaker, and 5 attempts with no jitter',
      expect: 'Every failed checkout now hits the dead provider 5 times: about 1,700 refused calls in those 20 s (the breaker let a few dozen through), 5 per failed checkout.',
      apply: (s) => withLink(withFault(s, OUTAGE), 'checkout-psp', { circuitBreaker: undefined, retry: { maxAttempts: 5, baseMs: 100, capMs: 2_000, jitter: 'none', retryOn: ['error', 'timeout'] } }),
      check: (_base, changed) => {
        const perCheckout = value(changed, 'psp', 'unavailable') / failedCheckouts(changed);
        const refused = value(changed, 'psp', 'unavailable');
        // A little above 5: checkouts that began late in the outage spent some attempts on it, then succeeded.
        return claim(refused > 1_200 && perCheckout > 4.5 && perCheckout < 5.5, `${refused} refused calls, ${perCheckout.toFixed(2)} per failed checkout`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Checkout and a third-party payment API',
    description: 'Checkout calls an external payment provider with a 30/s quota, through a timeout, retries with jitter and a circuit breaker.',
    seed: 53,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'shoppers', kind: 'client', label: 'Shoppers', traffic: { type: 'poisson', ratePerSec: 20 }, operations: [{ name: 'POST /api/checkout', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 80 } },
      { id: 'checkout', kind: 'service', label: 'Checkout', workers: 64, serviceTime: { type: 'lognormal', p50: 5, p99: 20 }, position: { x: 340, y: 80 } },
      { id: 'psp', kind: 'externalApi', label: 'Payment provider', latency: { type: 'lognormal', p50: 150, p99: 1_200 }, errorRate: 0.02, quotaPerSec: 30, quotaBurst: 30, position: { x: 680, y: 80 } },
    ],
    links: [
      { id: 'shoppers-checkout', kind: 'rest', from: 'shoppers', to: 'checkout', label: 'POST /api/checkout', latency: { type: 'uniform', min: 5, max: 15 } },
      {
        id: 'checkout-psp',
        kind: 'rest',
        from: 'checkout',
        to: 'psp',
        label: 'POST /v1/payment_intents',
        latency: { type: 'uniform', min: 10, max: 30 },
        timeout: { timeoutMs: 2_000 },
        retry: { maxAttempts: 3, baseMs: 100, capMs: 2_000, jitter: 'full', retryOn: ['error', 'timeout'] },
        circuitBreaker: { slidingWindowType: 'COUNT_BASED', slidingWindowSize: 20, minimumNumberOfCalls: 10, failureRateThreshold: 50, waitDurationInOpenState: 5_000, permittedNumberOfCallsInHalfOpenState: 5 },
      },
    ],
    lesson: LESSON,
  },
};
