/** One GraphQL endpoint over three data sources: parallel resolvers, the slowest one sets the pace, a flaky one gives partial data. */
import type { Preset } from './types';
import { claim, pct, value, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

type Report = Parameters<Preset['experiments'][number]['check']>[0];
const DASHBOARD = 'query Dashboard { user orders recommendations }';
const p99 = (r: Report) => r.clients.web.latencyMs.p99;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'One endpoint, parallel resolvers, partial answers',
  steps: [
    {
      title: 'Queries fan out in parallel',
      text: 'Press play. The GraphQL API resolves each selected field with its own call, all at once.',
      look: "The Web app's p99 latency is set by Recommendations, the slowest resolver; its success stays near 100 % although Recommendations fails 8 % of its calls.",
    },
    {
      title: 'Make the slowest resolver slower',
      text: 'Recommendations: median 250 ms, p99 900 ms.',
      look: "The Web app's p99 follows it up to about 800 ms, though Users and Orders are as fast as before.",
      action: { kind: 'set', target: 'recs', path: 'serviceTime', value: { type: 'lognormal', p50: 250, p99: 900 } },
    },
    {
      title: 'Make recommendations required',
      text: 'Set the endpoint’s required fields to "user, recommendations": a failed recommendation now fails the whole query.',
      look: 'Partial answers drop to zero and the web app’s failures rise to about 6 % of all queries.',
      action: { kind: 'set', target: 'gql', path: 'requiredFields', value: 'user, recommendations' },
    },
  ],
};

export const preset: Preset = {
  slug: 'graphql-gateway',
  section: 'synchronous',
  title: 'GraphQL: one endpoint over several data sources',
  teaches: 'Resolvers run in parallel, so a query is as slow as its slowest field — and a failed field costs only that field.',
  explanation:
    'The web app asks one GraphQL endpoint for exactly the fields a page needs. The dashboard query selects the user, their ' +
    'orders and recommendations; the profile page selects only the user. The endpoint parses the query and calls the resolver ' +
    'of each selected field at the same time — here REST calls to the Users, Orders and Recommendations services — so a query ' +
    'takes its parse time plus its slowest field, not the sum. Recommendations are flaky: when they fail, the query still ' +
    'answers with the user and orders and an entry in `errors` (partial data, counted as degraded, not failed), because the ' +
    'field is nullable. A field marked required (non-null) would fail the whole query instead.',
  watch: [
    'The GraphQL API\'s "partial" badge: the share of answers missing a field (about 6 %: 8 % of the dashboards, all from recommendations).',
    "The Web app's success badge stays near 100 %: partial answers are successes, shown as degraded in the Report tab.",
    "The Web app's latency chart: p99 is set by Recommendations, the slowest resolver.",
    'Report → GraphQL API: resolver calls per query (2.5 with this mix) and field errors per field.',
  ],
  experiments: [
    {
      title: 'Make Recommendations slow: median 40 → 250 ms, p99 250 → 900 ms',
      expect: "The web app's p99 follows the slowest resolver: it rises from about 250 ms to about 800 ms, though Users and Orders are as fast as before.",
      apply: (s) => withNode(s, 'recs', { serviceTime: { type: 'lognormal', p50: 250, p99: 900 } }),
      check: (base, changed) => claim(p99(base) < 350 && p99(changed) > 600 && p99(changed) < 1_000, `web p99 ${p99(base).toFixed(0)} ms → ${p99(changed).toFixed(0)} ms`),
    },
    {
      title: 'Mark recommendations as required: set the endpoint\'s required fields to "user, recommendations"',
      expect: 'The same recommendation failures now fail whole queries: partial answers drop to zero and about 6 % of all queries fail (8 % of the dashboards).',
      apply: (s) => withNode(s, 'gql', { requiredFields: 'user, recommendations' }),
      check: (base, changed) => {
        const failed = value(changed, 'gql', 'failed') / value(changed, 'gql', 'queries');
        const wasPartial = value(base, 'gql', 'partial');
        return claim(value(changed, 'gql', 'partial') === 0 && wasPartial > 50 && failed > 0.04 && failed < 0.08, `partial ${wasPartial} → ${value(changed, 'gql', 'partial')}, failed ${pct(failed)}`);
      },
    },
    {
      title: 'Drop recommendations from the dashboard query: "query Dashboard { user orders }"',
      expect: 'The client asks for less, so less is fetched: no partial answers, 1.75 resolver calls per query instead of 2.5, and p99 falls from about 240 ms to under 100 ms.',
      apply: (s) => withNode(s, 'web', { operations: [{ name: 'query Dashboard { user orders }', weight: 3 }, { name: 'query Profile { user }', weight: 1 }] }),
      check: (_base, changed) => {
        const perQuery = value(changed, 'gql', 'resolverCallsPerQuery');
        return claim(value(changed, 'gql', 'partial') === 0 && perQuery > 1.7 && perQuery < 1.8 && p99(changed) < 100, `partial ${value(changed, 'gql', 'partial')}, ${perQuery.toFixed(2)} calls/query, p99 ${p99(changed).toFixed(0)} ms`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'GraphQL endpoint over users, orders and recommendations',
    description: 'The web app sends dashboard and profile queries to one GraphQL endpoint, which resolves each selected field by a REST call, all in parallel.',
    seed: 23,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      {
        id: 'web',
        kind: 'client',
        label: 'Web app',
        traffic: { type: 'poisson', ratePerSec: 40 },
        operations: [
          { name: DASHBOARD, weight: 3 },
          { name: 'query Profile { user }', weight: 1 },
        ],
        keySpace: 10_000,
        position: { x: 0, y: 160 },
      },
      { id: 'gql', kind: 'graphql', label: 'GraphQL API', parseTime: { type: 'lognormal', p50: 2, p99: 8 }, position: { x: 300, y: 160 } },
      { id: 'users', kind: 'service', label: 'Users', workers: 16, serviceTime: { type: 'lognormal', p50: 8, p99: 30 }, position: { x: 600, y: 0 } },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 16, serviceTime: { type: 'lognormal', p50: 15, p99: 60 }, position: { x: 600, y: 160 } },
      { id: 'recs', kind: 'service', label: 'Recommendations', workers: 32, serviceTime: { type: 'lognormal', p50: 40, p99: 250 }, errorRate: 0.08, position: { x: 600, y: 320 } },
    ],
    links: [
      { id: 'web-gql', kind: 'rest', from: 'web', to: 'gql', label: 'POST /graphql', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'gql-users', kind: 'rest', from: 'gql', to: 'users', label: 'user', latency: { type: 'uniform', min: 1, max: 3 } },
      { id: 'gql-orders', kind: 'rest', from: 'gql', to: 'orders', label: 'orders', latency: { type: 'uniform', min: 1, max: 3 } },
      { id: 'gql-recs', kind: 'rest', from: 'gql', to: 'recs', label: 'recommendations', latency: { type: 'uniform', min: 1, max: 3 }, timeout: { timeoutMs: 1_000 } },
    ],
    lesson: LESSON,
  },
};
