/** Event-driven sign-up: the caller waits only for the write; the rest catches up from an event. */
import type { Preset } from './types';
import { claim, pct, successRate, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Publish and move on: decoupling at the price of lag',
  steps: [
    {
      title: 'The caller waits only for Users',
      text: 'Press play. Users stores the account, answers at once and publishes user.registered; E-mail and CRM each get their own copy.',
      look: "The Web app's latency: about 12 ms. The Consistency lag chart: E-mail and CRM have the user a few tens of ms later.",
    },
    {
      title: 'Slow the CRM down',
      text: "The CRM's median work goes from 20 ms to 200 ms. In the REST chain this cost every sign-up 180 ms.",
      look: "The Web app does not notice; the CRM's consistency lag grows instead.",
      action: { kind: 'set', target: 'crm', path: 'serviceTime', value: { type: 'lognormal', p50: 200, p99: 400 } },
      checkpoint: { on: 'lag', target: 'crm', overMs: 300 },
    },
    {
      title: 'Take E-mail down for 10 s',
      text: 'E-mail goes down. Sign-ups go on: their events wait in the E-mail subscription (at-least-once delivery).',
      look: "The topic's backlog badge grows during the outage and drains after it; E-mail's lag peaks at about the outage's length.",
      action: { kind: 'fault', fault: { kind: 'outage', target: 'email', atMs: 0, durationMs: 10_000 } },
      checkpoint: { on: 'lag', target: 'email', overMs: 5_000 },
    },
    {
      title: 'What it cost',
      text: 'No sign-up failed, no e-mail was lost: they were late. That lateness is eventual consistency.',
      look: 'The Report tab: the web app at ~100 % success; the E-mail subscription dead-lettered nothing.',
    },
  ],
};

export const preset: Preset = {
  slug: 'event-driven-signup',
  section: 'asynchronous',
  title: 'Sign-up with a user.registered event (pub/sub)',
  teaches: 'Publish/subscribe decouples the caller from slow or failing consumers, at the price of eventual consistency.',
  explanation:
    'The same sign-up as the REST chain, built with an event. Users stores the account, answers the web app at once, and ' +
    'publishes user.registered { userId, email, registrationDate } to a topic. E-mail and CRM each subscribe and get their own ' +
    'copy. The web app no longer waits for them and no longer fails when they fail: a consumer that is slow or down only falls ' +
    'behind, and its backlog is delivered when it is back (at-least-once). The price is consistency lag: for a while after the ' +
    'sign-up, the CRM does not know the user yet.',
  watch: [
    "The Web app's latency: about 12 ms, whatever E-mail and CRM do.",
    'The Consistency lag chart: how long after the sign-up each subscriber has the user.',
    'The topic’s badges: the backlog of each subscription grows while its consumer is slow or down.',
  ],
  pair: { slug: 'rest-chain', contrast: 'The same sign-up as a chain of REST calls: everything waits for everything.' },
  experiments: [
    {
      title: 'Slow the CRM down: its median work goes from 20 ms to 200 ms (with 8 at a time)',
      expect: "The web app does not notice (median within 3 ms of before); the CRM's consistency lag grows instead.",
      apply: (s) => withNode(s, 'crm', { serviceTime: { type: 'lognormal', p50: 200, p99: 400 } }),
      check: (base, changed) => {
        const d = Math.abs(changed.clients.web.latencyMs.p50 - base.clients.web.latencyMs.p50);
        const lagBefore = base.consistency.crm?.lagMs.mean ?? 0;
        const lagAfter = changed.consistency.crm?.lagMs.mean ?? 0;
        return claim(d < 3 && lagAfter > lagBefore + 150, `web p50 moved ${d.toFixed(1)} ms; CRM lag ${lagBefore.toFixed(0)} → ${lagAfter.toFixed(0)} ms`);
      },
    },
    {
      title: 'Take the E-mail service down from 20 s to 30 s',
      expect: 'Sign-ups keep succeeding; e-mails wait in their subscription and all go out after the outage, so the worst e-mail lag is about the outage (~10 s).',
      apply: (s) => withFault(s, { kind: 'outage', target: 'email', atMs: 20_000, durationMs: 10_000 }),
      check: (_base, changed) => {
        const ok = successRate(changed, 'web');
        const q = changed.queues['user-events:email'];
        const lost = q.enqueued - q.acked - q.depthAtEnd - q.inFlightAtEnd - q.deadLettered;
        const worst = changed.consistency.email?.lagMs.max ?? 0;
        return claim(ok > 0.99 && lost === 0 && q.deadLettered === 0 && worst > 8_000 && worst < 14_000, `success ${pct(ok)}, lost ${lost}, dead ${q.deadLettered}, worst lag ${worst.toFixed(0)} ms`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Sign-up with a user.registered event',
    description: 'Users answers at once and publishes user.registered; E-mail and CRM subscribe and catch up on their own.',
    seed: 11,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'web', kind: 'client', label: 'Web app', traffic: { type: 'poisson', ratePerSec: 30 }, operations: [{ name: 'POST /api/users', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 80 } },
      { id: 'users', kind: 'service', label: 'Users', workers: 16, serviceTime: { type: 'lognormal', p50: 8, p99: 40 }, position: { x: 300, y: 80 } },
      { id: 'user-events', kind: 'topic', label: 'user-events', maxReceives: 0, retryDelayMs: 500, position: { x: 600, y: 80 } },
      { id: 'email', kind: 'service', label: 'E-mail', workers: 8, serviceTime: { type: 'lognormal', p50: 15, p99: 60 }, position: { x: 900, y: 0 } },
      { id: 'crm', kind: 'service', label: 'CRM', workers: 8, serviceTime: { type: 'lognormal', p50: 20, p99: 80 }, position: { x: 900, y: 160 } },
    ],
    links: [
      { id: 'web-users', kind: 'rest', from: 'web', to: 'users', latency: { type: 'uniform', min: 2, max: 6 } },
      {
        id: 'users-publish',
        kind: 'publish',
        from: 'users',
        to: 'user-events',
        latency: { type: 'constant', value: 2 },
        eventType: 'user.registered',
        aggregateType: 'user',
        data: { userId: '{aggregateId}', email: 'user-{key}@example.com', registrationDate: '{timestamp}' },
      },
      { id: 'user-events-email', kind: 'subscribe', from: 'user-events', to: 'email', latency: { type: 'constant', value: 2 }, concurrency: 8 },
      { id: 'user-events-crm', kind: 'subscribe', from: 'user-events', to: 'crm', latency: { type: 'constant', value: 2 }, concurrency: 8 },
    ],
    lesson: LESSON,
  },
};
