/** An API gateway in front of two services: routing, authentication and per-client rate limits at one door. */
import type { Preset } from './types';
import { claim, pct, value, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

type Report = Parameters<Preset['experiments'][number]['check']>[0];
/** Requests that reached a service: the load behind the gateway. */
const load = (r: Report) => r.nodes.users.arrivals + r.nodes.orders.arrivals;
const share = (r: Report, name: string, client: string) => value(r, 'gw', `${name}.${client}`) / value(r, 'gw', `requests.${client}`);

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'One door: authenticate, limit and route at the edge',
  steps: [
    {
      title: 'Two clients, one gateway',
      text: 'Press play. The gateway checks credentials, rate-limits the partner to 10 calls a second and routes by path.',
      look: "The Partner's success badge (about 63 %) against the Web app's (about 95 %): only the partner is limited.",
    },
    {
      title: 'More bad credentials',
      text: 'Raise the share of calls with bad credentials from 5 % to 30 %.',
      look: 'Many more 401s at the edge, and less load on the services: what the gateway turns away never reaches them.',
      action: { kind: 'set', target: 'gw', path: 'badCredentialsShare', value: 0.3 },
    },
    {
      title: "Tighten the partner's limit",
      text: "Lower the partner's refill rate from 10 to 5 calls a second.",
      look: "429s rise for the partner only; the web app still gets none.",
      action: { kind: 'set', target: 'gw', path: 'clientLimits.partner.refillPerSec', value: 5 },
    },
    {
      title: 'Heavier plugins',
      text: "The gateway's own work grows from about 1 ms to about 20 ms.",
      look: "Every call pays it: the web app's median latency grows by about 19 ms.",
      action: { kind: 'set', target: 'gw', path: 'processingTime', value: { type: 'lognormal', p50: 20, p99: 40 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'api-gateway',
  section: 'external',
  title: 'API gateway: one door, with a lock and a turnstile',
  teaches: 'A gateway authenticates, rate-limits and routes every call at the edge, so rejected traffic never costs the services anything.',
  explanation:
    'Two clients — our web app and a partner integration — call the same API through a gateway. The gateway routes by path: ' +
    '/api/users goes to the Users service, /api/orders to Orders (each link out of it is labelled with the prefix it serves). ' +
    'Before routing it checks credentials: 5 % of requests carry a bad or expired token and get 401 Unauthorized right there. ' +
    'Then it applies each client\'s rate limit: the partner\'s plan allows 10 requests per second with bursts of 20, and it ' +
    'sends about 15, so about a third of its calls get 429 Too Many Requests, while the web app has no limit. Every request pays the ' +
    "gateway's own couple of milliseconds; what it turns away never reaches a service.",
  watch: [
    'The gateway\'s badges: 401s (bad credentials), 429s (over a client\'s limit) and 404s (no route).',
    "The Partner's success badge (about 63 %) against the Web app's (about 95 %): only the partner is limited.",
    'Report → API gateway: requests, 401s and 429s per client, and what was forwarded to each service.',
  ],
  experiments: [
    {
      title: 'Raise the share of bad credentials from 5 % to 30 %',
      expect: 'Many more 401s at the edge and no more load on the services: they receive exactly what the gateway forwarded, about a fifth less than before.',
      apply: (s) => withNode(s, 'gw', { badCredentialsShare: 0.3 }),
      check: (base, changed) => {
        const more401 = value(changed, 'gw', 'unauthorizedShare') - value(base, 'gw', 'unauthorizedShare');
        const drop = 1 - load(changed) / load(base);
        return claim(more401 > 0.2 && load(changed) === value(changed, 'gw', 'forwarded') && drop > 0.15 && drop < 0.3, `401 share +${pct(more401)}, service load −${pct(drop)}`);
      },
    },
    {
      title: "Lower the partner's limit from 10/s to 5/s",
      expect: "429s rise for the partner only: nearly two thirds of its calls are refused, and the web app still gets none.",
      apply: (s) => withNode(s, 'gw', { clientLimits: { partner: { refillPerSec: 5, capacity: 20 } } }),
      check: (base, changed) => {
        const was = share(base, 'rateLimited', 'partner');
        const now = share(changed, 'rateLimited', 'partner');
        return claim(now > was + 0.25 && now > 0.55 && value(changed, 'gw', 'rateLimited.web') === 0, `partner 429 share ${pct(was)} → ${pct(now)}, web 429s ${value(changed, 'gw', 'rateLimited.web')}`);
      },
    },
    {
      title: 'Add plugins to the gateway: its own work goes from ~1 ms to ~20 ms',
      expect: "Every call pays it, routed or not: the web app's median latency grows by about 19 ms.",
      apply: (s) => withNode(s, 'gw', { processingTime: { type: 'lognormal', p50: 20, p99: 40 } }),
      check: (base, changed) => {
        const rise = changed.clients.web.latencyMs.p50 - base.clients.web.latencyMs.p50;
        return claim(rise > 15 && rise < 23, `web median +${rise.toFixed(1)} ms`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'API gateway in front of users and orders',
    description: 'Web app and partner call /api/users and /api/orders through a gateway that checks credentials (5 % bad) and rate-limits the partner to 10/s.',
    seed: 31,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      {
        id: 'web',
        kind: 'client',
        label: 'Web app',
        traffic: { type: 'poisson', ratePerSec: 40 },
        operations: [
          { name: 'GET /api/users/{id}', weight: 4 },
          { name: 'POST /api/users', weight: 1 },
          { name: 'GET /api/orders/{id}', weight: 3 },
          { name: 'POST /api/orders', weight: 2 },
        ],
        keySpace: 50_000,
        position: { x: 0, y: 0 },
      },
      {
        id: 'partner',
        kind: 'client',
        label: 'Partner',
        traffic: { type: 'poisson', ratePerSec: 15 },
        operations: [
          { name: 'GET /api/orders/{id}', weight: 3 },
          { name: 'GET /api/users/{id}', weight: 1 },
        ],
        keySpace: 50_000,
        position: { x: 0, y: 160 },
      },
      {
        id: 'gw',
        kind: 'gateway',
        label: 'API gateway',
        processingTime: { type: 'lognormal', p50: 1, p99: 5 },
        badCredentialsShare: 0.05,
        clientLimits: { partner: { refillPerSec: 10, capacity: 20 } },
        position: { x: 300, y: 80 },
      },
      { id: 'users', kind: 'service', label: 'Users', workers: 16, serviceTime: { type: 'lognormal', p50: 10, p99: 40 }, position: { x: 600, y: 0 } },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 16, serviceTime: { type: 'lognormal', p50: 15, p99: 60 }, position: { x: 600, y: 160 } },
    ],
    links: [
      { id: 'web-gw', kind: 'rest', from: 'web', to: 'gw', latency: { type: 'uniform', min: 5, max: 15 } },
      { id: 'partner-gw', kind: 'rest', from: 'partner', to: 'gw', latency: { type: 'uniform', min: 20, max: 40 } },
      { id: 'gw-users', kind: 'rest', from: 'gw', to: 'users', label: '/api/users', latency: { type: 'uniform', min: 1, max: 3 } },
      { id: 'gw-orders', kind: 'rest', from: 'gw', to: 'orders', label: '/api/orders', latency: { type: 'uniform', min: 1, max: 3 } },
    ],
    lesson: LESSON,
  },
};
