/**
 * Teaching pair, half one: a flaky payment API called with a timeout and retries but no circuit
 * breaker. The scenario builder lives here and breaker-with.ts adds the breaker to the same graph,
 * so the two halves cannot drift apart.
 */
import type { ScenarioInput } from '../scenario/schema';
import type { Preset } from './types';
import { claim, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

type Report = Parameters<Preset['experiments'][number]['check']>[0];

export const BREAKER = {
  slidingWindowType: 'COUNT_BASED',
  slidingWindowSize: 20,
  minimumNumberOfCalls: 10,
  failureRateThreshold: 50,
  waitDurationInOpenState: 5_000,
  permittedNumberOfCallsInHalfOpenState: 5,
} as const;

/** Shoppers → checkout → a payment API whose failing calls hang until the caller's 1 s timeout. Only the breaker differs. */
export function breakerScenario(withBreaker: boolean): ScenarioInput {
  return {
    version: 1,
    name: withBreaker ? 'Flaky payment API behind a circuit breaker' : 'Flaky payment API without a circuit breaker',
    description:
      'Shoppers call checkout, which calls a payment API with a 1 s timeout and up to 3 attempts (full-jitter backoff). A failing payment call does not answer: only the timeout ends it.' +
      (withBreaker ? ' A circuit breaker opens at ≥ 50 % failures over the last 20 calls and stays open 5 s.' : ' There is no circuit breaker.'),
    seed: 7,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'shoppers', kind: 'client', label: 'Shoppers', traffic: { type: 'poisson', ratePerSec: 50 }, operations: [{ name: 'POST /api/checkout', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 80 } },
      { id: 'checkout', kind: 'service', label: 'Checkout', workers: 32, serviceTime: { type: 'lognormal', p50: 5, p99: 20 }, position: { x: 340, y: 80 } },
      { id: 'payments', kind: 'externalApi', label: 'Payments API', latency: { type: 'lognormal', p50: 40, p99: 250 }, errorRate: 0.01, failureMode: 'hang', position: { x: 680, y: 80 } },
    ],
    links: [
      { id: 'shoppers-checkout', kind: 'rest', from: 'shoppers', to: 'checkout', label: 'POST /api/checkout', latency: { type: 'uniform', min: 5, max: 15 } },
      {
        id: 'checkout-payments',
        kind: 'rest',
        from: 'checkout',
        to: 'payments',
        label: 'POST /api/payments',
        latency: { type: 'uniform', min: 2, max: 8 },
        timeout: { timeoutMs: 1_000 },
        retry: { maxAttempts: 3, baseMs: 50, capMs: 1_000, jitter: 'full', retryOn: ['error', 'timeout'] },
        ...(withBreaker ? { circuitBreaker: BREAKER } : {}),
      },
    ],
  };
}

/** The experiment both halves run, so the pair compares like with like. */
export const HALF_FAILING = {
  title: "Set the Payments API's error rate to 50 %",
  apply: (s: ScenarioInput) => withNode(s, 'payments', { errorRate: 0.5 }),
};
export const OUTAGE = { kind: 'outage' as const, target: 'payments', atMs: 20_000, durationMs: 20_000, note: 'payment provider down' };

const checkoutMs = (r: Report) => r.nodes.checkout.responseMs;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'How a failing dependency spreads upstream',
  steps: [
    {
      title: 'Failures are rare',
      text: 'Press play. 1 % of payment calls hang until the 1 s timeout; checkout retries them.',
      look: "Checkout's median stays around 50 ms and its utilisation ring low.",
    },
    {
      title: 'Half the payments fail',
      text: "Set the Payments API's error rate to 50 %. There is no breaker: checkout keeps calling and waiting.",
      look: "Checkout's 32 workers all end up waiting out timeouts, shoppers queue behind them and the median checkout takes over 5 s.",
      action: { kind: 'set', target: 'payments', path: 'errorRate', value: 0.5 },
    },
    {
      title: 'Back to normal, then an outage',
      text: 'Put the error rate back to 1 %, then take the API down in the next step.',
      look: 'Latency recovers at once.',
      action: { kind: 'set', target: 'payments', path: 'errorRate', value: 0.01 },
    },
    {
      title: 'Take the Payments API down for 20 s',
      text: 'Each failed checkout now waits out three timeouts.',
      look: "Checkout's queue badge and the Shoppers' latency chart: waits of over 10 s, although the API is down for only 20 s. Nothing here can tell you when it is back: there is no breaker to wait for. Open the pair to see one.",
      action: { kind: 'fault', fault: { kind: 'outage', target: 'payments', atMs: 0, durationMs: 20_000, note: 'payment provider down' } },
    },
  ],
};

export const preset: Preset = {
  slug: 'breaker-without',
  section: 'external',
  title: 'A flaky payment API without a circuit breaker',
  teaches: 'Without a breaker, every caller keeps waiting out timeouts on a failing dependency, and retries multiply the calls.',
  explanation:
    'Shoppers check out at 50 per second. Checkout calls the Payments API with a 1 s timeout and retries failed calls up to ' +
    'three times. The API is a little flaky: 1 % of its calls never answer, so they end at the timeout. That is fine while ' +
    'failures are rare. When they are not, nothing stops checkout from calling: each checkout waits out one timeout after ' +
    'another and holds one of checkout\'s 32 workers while it waits. Soon every worker is waiting on Payments and shoppers ' +
    'queue behind them: the failure has spread upstream. Compare with the same graph behind a circuit breaker.',
  watch: [
    'The Checkout → Payments API link: timeouts and retries (no breaker state: there is none).',
    "Checkout's utilisation ring and queue badge: workers held while waiting for payments, shoppers waiting for workers.",
    "The Shoppers' latency chart: a failing dependency costs seconds, not milliseconds.",
  ],
  pair: { slug: 'breaker-with', contrast: 'The same API behind a circuit breaker: after a few failures checkout stops calling and fails in a millisecond.' },
  experiments: [
    {
      ...HALF_FAILING,
      expect:
        "Checkout keeps calling and waiting: its 32 workers are soon all busy waiting out timeouts, shoppers queue behind " +
        'them, and the median checkout takes over 5 s (it was about 50 ms).',
      check: (base, changed) => {
        const util = changed.nodes.checkout.utilization;
        return claim(checkoutMs(base).p50 < 100 && checkoutMs(changed).p50 > 5_000 && util > 0.95, `checkout median ${checkoutMs(base).p50.toFixed(0)} → ${checkoutMs(changed).p50.toFixed(0)} ms, utilisation ${(util * 100).toFixed(0)} %`);
      },
    },
    {
      title: 'Take the Payments API down from 20 s to 40 s',
      expect:
        'Each failed checkout waits out three timeouts, the workers fill up and shoppers queue behind them: some wait over ' +
        "10 s, and checkout's p99 stays above 10 s although the API is down for only 20 s.",
      apply: (s) => withFault(s, OUTAGE),
      check: (_base, changed) => {
        const perFailure = changed.links['checkout-payments'].timeouts / changed.clients.shoppers.failed;
        const waited = changed.nodes.checkout.waitMs.max;
        return claim(
          perFailure > 2.8 && perFailure < 3.5 && waited > 10_000 && checkoutMs(changed).p99 > 10_000,
          `${perFailure.toFixed(2)} timeouts per failed checkout, longest wait for a worker ${waited.toFixed(0)} ms, checkout p99 ${checkoutMs(changed).p99.toFixed(0)} ms`,
        );
      },
    },
  ],
  scenario: { ...breakerScenario(false), lesson: LESSON },
};
