/** Synchronous sign-up: the caller waits for the whole chain, so its latency and failures add up. */
import type { Preset } from './types';
import { claim, pct, successRate, withFault, withLink, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const signup = { type: 'lognormal' as const, p50: 8, p99: 40 };

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Why a chain of calls is as slow and as fragile as all of its hops',
  steps: [
    {
      title: 'Watch the chain answer',
      text: 'Press play. Every sign-up goes Web app → Users → E-mail and CRM, and the web app waits until every hop has answered.',
      look: "The Web app's latency chart: the median is about 60 ms, the three services' work plus the network hops added up.",
    },
    {
      title: 'Slow one hop down',
      text: 'The CRM gets slow: its median work goes from 20 ms to 200 ms. Nothing else changes.',
      look: "The Web app's median rises by about 180 ms: every sign-up waits for the CRM, although the CRM's answer is not what the user came for.",
      action: { kind: 'set', target: 'crm', path: 'serviceTime', value: { type: 'lognormal', p50: 200, p99: 400 } },
    },
    {
      title: 'Take one hop down',
      text: 'Now the E-mail service goes down for 10 s while Users itself stays healthy. Press play if the run is paused.',
      look: "The Web app's success badge drops: every sign-up in those 10 s fails, because the chain fails when any hop fails.",
      action: { kind: 'fault', fault: { kind: 'outage', target: 'email', atMs: 0, durationMs: 10_000 } },
    },
    {
      title: 'Make the E-mail call optional',
      text: 'A fallback on the Users → E-mail link answers a failed call with a default instead of an error. Then take E-mail down again (the run restarted with the change).',
      look: 'After the next outage, sign-ups keep succeeding; the Report tab counts them as degraded, not failed.',
      action: { kind: 'set', target: 'users-email', path: 'fallback', value: true },
    },
    {
      title: 'Take E-mail down again',
      text: 'The same 10 s outage, with the fallback in place.',
      look: "The Web app's success rate stays near 100 %: the price of the chain is now only its latency. The event-driven sign-up preset removes that too.",
      action: { kind: 'fault', fault: { kind: 'outage', target: 'email', atMs: 0, durationMs: 10_000 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'rest-chain',
  section: 'synchronous',
  title: 'Sign-up as a synchronous REST chain',
  teaches: 'Latency and failures add up along a chain of calls the caller waits for.',
  explanation:
    'A new user signs up with POST /api/users. The Users service stores the account and then, before it answers, calls the ' +
    'E-mail service (POST /api/emails) and the CRM (POST /api/contacts) one after the other. The web client waits for all of it: ' +
    'the answer comes back only when every hop has answered, so the sign-up is as slow as the sum of the hops and fails when any ' +
    'one of them fails. This is immediate consistency with direct coupling: when the call returns, every system knows the user.',
  watch: [
    "The Web app's latency chart: p50 is the sum of the three services' work plus the network hops (about 60 ms).",
    'The Report tab: the client succeeds only as often as every service in the chain does.',
    'Utilisation rings: Users keeps a worker busy for the whole chain (thread per request).',
  ],
  pair: { slug: 'event-driven-signup', contrast: 'The same sign-up with an event: the caller waits only for Users.' },
  experiments: [
    {
      title: 'Slow the CRM down: its median work goes from 20 ms to 200 ms',
      expect: "Every sign-up waits for it: the web app's median latency rises by about 180 ms.",
      apply: (s) => withNode(s, 'crm', { serviceTime: { type: 'lognormal', p50: 200, p99: 400 } }),
      check: (base, changed) => {
        const rise = changed.clients.web.latencyMs.p50 - base.clients.web.latencyMs.p50;
        return claim(rise > 140 && rise < 230, `median rose by ${rise.toFixed(0)} ms`);
      },
    },
    {
      title: 'Take the E-mail service down from 20 s to 30 s',
      expect: 'Sign-ups fail for those 10 s although Users itself is healthy: about a sixth of the minute fails.',
      apply: (s) => withFault(s, { kind: 'outage', target: 'email', atMs: 20_000, durationMs: 10_000 }),
      check: (base, changed) => {
        const drop = successRate(base, 'web') - successRate(changed, 'web');
        return claim(drop > 0.12 && drop < 0.22, `success rate dropped by ${pct(drop)}`);
      },
    },
    {
      title: 'Same outage, but make the CRM and E-mail calls optional (fallback on their links)',
      expect: 'Sign-ups keep succeeding during the outage, answered as degraded instead of failed.',
      apply: (s) =>
        withLink(withLink(withFault(s, { kind: 'outage', target: 'email', atMs: 20_000, durationMs: 10_000 }), 'users-email', { fallback: true }), 'users-crm', {
          fallback: true,
        }),
      check: (_base, changed) => {
        const ok = successRate(changed, 'web');
        const degraded = changed.clients.web.degraded;
        return claim(ok > 0.98 && degraded > 100, `success ${pct(ok)}, degraded ${degraded}`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Sign-up as a synchronous REST chain',
    description: 'Web app → Users → E-mail → CRM, each call waited for. Latency and failures add up along the chain.',
    seed: 11,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'web', kind: 'client', label: 'Web app', traffic: { type: 'poisson', ratePerSec: 30 }, operations: [{ name: 'POST /api/users', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 80 } },
      { id: 'users', kind: 'service', label: 'Users', workers: 16, serviceTime: signup, position: { x: 300, y: 80 } },
      { id: 'email', kind: 'service', label: 'E-mail', workers: 8, serviceTime: { type: 'lognormal', p50: 15, p99: 60 }, position: { x: 600, y: 0 } },
      { id: 'crm', kind: 'service', label: 'CRM', workers: 8, serviceTime: { type: 'lognormal', p50: 20, p99: 80 }, position: { x: 600, y: 160 } },
    ],
    links: [
      { id: 'web-users', kind: 'rest', from: 'web', to: 'users', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'users-email', kind: 'rest', from: 'users', to: 'email', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'users-crm', kind: 'rest', from: 'users', to: 'crm', latency: { type: 'uniform', min: 2, max: 6 } },
    ],
    lesson: LESSON,
  },
};
