/** CQRS: commands write one model, queries read another, kept up to date from events — and a little behind. */
import type { Preset } from './types';
import { claim, pct, value, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const staleShare = (r: Parameters<typeof value>[0]) => value(r, 'user-view', 'staleShare');
const meanLag = (r: Parameters<typeof value>[0]) => r.consistency['user-view']?.lagMs.mean ?? 0;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'A read model is eventually consistent: catch a stale read',
  steps: [
    {
      title: 'Writes and reads take separate paths',
      text: 'Press play. Sign-ups go to Users, which publishes user.registered; the User view applies the events and answers profile reads.',
      look: 'A read that arrives before the view has applied the latest write for that user is a stale read.',
      checkpoint: { on: 'staleRead', target: 'user-view' },
    },
    {
      title: 'Slow the projection down',
      text: 'Applying an event now takes about 17 ms instead of 8 ms, one at a time.',
      look: 'The lag grows several times over, and stale reads with it.',
      action: { kind: 'set', target: 'user-view', path: 'applyTime', value: { type: 'lognormal', p50: 17, p99: 24 } },
      checkpoint: { on: 'lag', target: 'user-view', overMs: 100 },
    },
    {
      title: 'Stale reads follow',
      text: 'Keep playing.',
      look: 'Stale reads on the User view badge climb.',
      checkpoint: { on: 'staleRead', target: 'user-view' },
    },
    {
      title: 'Speed the projection up',
      text: '1 ms per event.',
      look: 'The lag shrinks to little more than the network hops, and stale reads fall to near zero.',
      action: { kind: 'set', target: 'user-view', path: 'applyTime', value: { type: 'constant', value: 1 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'cqrs-read-model',
  section: 'eventual',
  title: 'CQRS: a read model fed by user.registered events',
  teaches: 'Separate write and read models: reads scale on their own, at the price of stale reads while the projection catches up.',
  explanation:
    'Sign-ups go to the Users command service (POST /api/users), which stores the user, answers at once and publishes ' +
    'user.registered { userId, email, registrationDate }. The User view is a separate read model: it subscribes to the events, ' +
    'applies them one at a time, and answers the profile page’s GET /api/users/{id} on its own. The command side is told “done” ' +
    'before the view has the change, so for a short while a read of that user returns the old state — a stale read. How many reads ' +
    'are stale depends on how far behind the view is (the consistency lag) and on how often someone reads a user right after it ' +
    'was written.',
  watch: [
    'The User view’s badges: the share of reads that are stale right now, how far behind the view is, and the events applied.',
    'The Consistency lag chart: how long after the sign-up the view shows the user.',
    'The report’s User view numbers: reads, stale reads, stale share, and its lag summary.',
  ],
  experiments: [
    {
      title: 'Slow the projection down: applying an event takes ~17 ms instead of ~8 ms',
      expect:
        'The view now works through events at nearly the rate they arrive, so they queue: the lag grows about fifteen-fold (this run: ' +
        '18 → 285 ms) and the share of stale reads with it (0.5 % → 7.4 %).',
      apply: (s) => withNode(s, 'user-view', { applyTime: { type: 'lognormal', p50: 17, p99: 24 } }),
      check: (base, changed) =>
        claim(
          meanLag(changed) > 3 * meanLag(base) && staleShare(changed) > 3 * staleShare(base),
          `lag ${meanLag(base).toFixed(0)} → ${meanLag(changed).toFixed(0)} ms; stale ${pct(staleShare(base))} → ${pct(staleShare(changed))}`,
        ),
    },
    {
      title: 'Read right after writing more often: sign-ups and profile views on the same 20 users (key space 20)',
      expect:
        'Each user is now written a few times a second, so a read lands inside the lag window far more often: at the same lag the ' +
        'stale share rises about tenfold (this run: 0.5 % → 4.6 %).',
      apply: (s) => withNode(withNode(s, 'signup', { keySpace: 20 }), 'profile', { keySpace: 20 }),
      check: (base, changed) =>
        claim(staleShare(changed) > 6 * staleShare(base) && Math.abs(meanLag(changed) - meanLag(base)) < 3, `stale ${pct(staleShare(base))} → ${pct(staleShare(changed))}; lag ${meanLag(base).toFixed(1)} → ${meanLag(changed).toFixed(1)} ms`),
    },
    {
      title: 'Speed the projection up: 1 ms per event',
      expect: 'The lag shrinks to little more than the network hops (about 5 ms) and stale reads fall to near zero: under 0.2 % of reads, less than half as many (this run: 54 → 13).',
      apply: (s) => withNode(s, 'user-view', { applyTime: { type: 'constant', value: 1 } }),
      check: (base, changed) =>
        claim(
          staleShare(changed) < staleShare(base) / 2 && staleShare(changed) < 0.002 && meanLag(changed) < 6,
          `stale ${pct(staleShare(base))} → ${pct(staleShare(changed))}; lag ${meanLag(base).toFixed(1)} → ${meanLag(changed).toFixed(1)} ms`,
        ),
    },
  ],
  scenario: {
    version: 1,
    name: 'CQRS read model',
    description: 'Users handles POST /api/users and publishes user.registered; the User view applies the events and answers GET /api/users/{id}.',
    seed: 31,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'signup', kind: 'client', label: 'Sign-up form', traffic: { type: 'poisson', ratePerSec: 50 }, operations: [{ name: 'POST /api/users', weight: 1 }], keySpace: 200, position: { x: 0, y: 0 } },
      { id: 'users', kind: 'service', label: 'Users', workers: 8, serviceTime: { type: 'lognormal', p50: 5, p99: 20 }, position: { x: 300, y: 0 } },
      { id: 'user-events', kind: 'topic', label: 'user-events', maxReceives: 0, retryDelayMs: 500, position: { x: 600, y: 0 } },
      { id: 'user-view', kind: 'readModel', label: 'User view', applyTime: { type: 'lognormal', p50: 8, p99: 16 }, queryTime: { type: 'exponential', mean: 2 }, aggregateType: 'user', position: { x: 900, y: 120 } },
      { id: 'profile', kind: 'client', label: 'Profile page', traffic: { type: 'poisson', ratePerSec: 200 }, operations: [{ name: 'GET /api/users/{id}', weight: 1 }], keySpace: 200, position: { x: 0, y: 240 } },
    ],
    links: [
      { id: 'signup-users', kind: 'rest', from: 'signup', to: 'users', latency: { type: 'uniform', min: 2, max: 6 } },
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
      { id: 'user-events-view', kind: 'subscribe', from: 'user-events', to: 'user-view', latency: { type: 'constant', value: 2 }, concurrency: 1 },
      { id: 'profile-view', kind: 'rest', from: 'profile', to: 'user-view', latency: { type: 'uniform', min: 2, max: 6 } },
    ],
    lesson: LESSON,
  },
};
