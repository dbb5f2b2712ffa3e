/** Event sourcing: the log of events is the state; appends check versions; a restart replays the log. */
import type { Preset } from './types';
import { claim, value, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const REBUILD_AT_MS = 40_000;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Storing events: versioned appends and rebuilds',
  steps: [
    {
      title: 'Append with an expected version',
      text: 'Press play. Each command appends events to its user’s stream only if nobody appended since it read; the User list projection subscribes.',
      look: "The Event store's badges: appends, conflicts (few: 5,000 users), and at 40 s a rebuild that replays the log.",
    },
    {
      title: 'Everyone edits the same 5 users',
      text: 'Point the Web app at 5 users (key space 5).',
      look: 'Conflicts appear: commands that lost the race re-read and retry.',
      action: { kind: 'set', target: 'web', path: 'keySpace', value: 5 },
    },
    {
      title: 'Snapshots',
      text: 'Take a snapshot every 100 events, so a rebuild replays from the latest snapshot instead of from the start.',
      look: 'The rebuild at 40 s is much shorter (Report tab: rebuild time).',
      action: { kind: 'set', target: 'store', path: 'snapshotEvery', value: 100 },
    },
  ],
};

export const preset: Preset = {
  slug: 'event-sourcing',
  section: 'eventual',
  title: 'Event sourcing: an event store with versioned appends and rebuilds',
  teaches: 'Storing events instead of state: optimistic concurrency on appends, and rebuild time that grows with history unless snapshots cut it.',
  explanation:
    'Users does not update a row; it appends an event to the user’s stream in the event store — user.registered { userId, email, ' +
    'registrationDate } for a sign-up, user.updated for a change from the back office. Each append says which version it expects: ' +
    'if another command appended to the same user since it read it, the append conflicts and the command reads again and retries ' +
    '(optimistic concurrency, no locks). The User list projection subscribes to the store and builds its view from the events, in ' +
    'order. The events are the only truth, so state can always be rebuilt by replaying them — at 40 s the store restarts and does ' +
    'exactly that, and commands wait until it is done. Without snapshots the replay reads the whole history, so the longer the ' +
    'system lives, the longer a restart takes.',
  watch: [
    'The event store’s badges: events stored, conflicts (0 while writers touch different users) and the rebuild time.',
    'The Web app’s latency chart at 40 s: a spike as long as the rebuild (about 2.3 s without snapshots).',
    'The report’s event store numbers: appended, conflicts, retries, failed appends, last rebuild ms and events read.',
  ],
  experiments: [
    {
      title: 'Point both writers at the same 5 users (key space 5 on the Web app and the Back office)',
      expect:
        'Commands on one user now overlap: about three appends in ten conflict (this run: 0 → 992 conflicts), are read again and ' +
        'retried, and about 99 % still succeed; with 5,000 users there were next to no conflicts.',
      apply: (s) => withNode(withNode(s, 'web', { keySpace: 5 }), 'backoffice', { keySpace: 5 }),
      check: (base, changed) => {
        const before = value(base, 'store', 'conflicts');
        const conflicts = value(changed, 'store', 'conflicts');
        const share = conflicts / value(changed, 'store', 'appendRequests');
        const retries = value(changed, 'store', 'retries');
        const failed = value(changed, 'store', 'failedAppends') / value(changed, 'store', 'appendRequests');
        return claim(
          before <= 5 && share > 0.1 && share < 0.35 && retries > 0.9 * conflicts && failed < 0.02,
          `conflicts ${before} → ${conflicts} (${(share * 100).toFixed(1)} % of appends), retries ${retries}, failed ${(failed * 100).toFixed(2)} %`,
        );
      },
    },
    {
      title: 'Take a snapshot every 100 events',
      expect:
        'The restart loads the latest snapshot (50 ms) and replays only the events after it (fewer than 100): the rebuild drops ' +
        'from about 2.3 s to at most 150 ms — this run: 2,322 ms → 72 ms, about 30 times shorter.',
      apply: (s) => withNode(s, 'store', { snapshotEvery: 100 }),
      check: (base, changed) => {
        const before = value(base, 'store', 'lastRebuildMs');
        const after = value(changed, 'store', 'lastRebuildMs');
        return claim(before > 2000 && after <= 50 + 99 && before / after > 10, `rebuild ${before.toFixed(0)} ms → ${after.toFixed(0)} ms`);
      },
    },
    {
      title: 'Restart at 20 s instead of 40 s (no snapshots)',
      expect: 'Half the history to replay, half the rebuild time: about 1.2 s instead of 2.3 s (this run: 1,184 ms against 2,322 ms). A rebuild grows with the log.',
      apply: (s) => withNode(s, 'store', { rebuildAtMs: 20_000 }),
      check: (base, changed) => {
        const ratio = value(changed, 'store', 'lastRebuildMs') / value(base, 'store', 'lastRebuildMs');
        return claim(ratio > 0.4 && ratio < 0.6, `rebuild at 20 s is ${(ratio * 100).toFixed(0)} % of the one at 40 s`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Event sourcing',
    description: 'Users appends user.registered / user.updated to an event store with an expected version; a projection subscribes; the store restarts at 40 s and replays its log.',
    seed: 21,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'web', kind: 'client', label: 'Web app', traffic: { type: 'poisson', ratePerSec: 40 }, operations: [{ name: 'POST /api/users', weight: 1 }], keySpace: 5000, position: { x: 0, y: 0 } },
      { id: 'backoffice', kind: 'client', label: 'Back office', traffic: { type: 'poisson', ratePerSec: 20 }, operations: [{ name: 'PUT /api/users/{id}', weight: 1 }], keySpace: 5000, position: { x: 0, y: 160 } },
      { id: 'users', kind: 'service', label: 'Users', workers: 16, serviceTime: { type: 'lognormal', p50: 3, p99: 10 }, position: { x: 300, y: 80 } },
      {
        id: 'store',
        kind: 'eventStore',
        label: 'Event store',
        commandTime: { type: 'lognormal', p50: 15, p99: 60 },
        maxRetries: 3,
        eventType: 'user.registered',
        aggregateType: 'user',
        snapshotEvery: 0,
        snapshotLoadMs: 50,
        replayMsPerEvent: 1,
        rebuildAtMs: REBUILD_AT_MS,
        position: { x: 600, y: 80 },
      },
      { id: 'user-list', kind: 'readModel', label: 'User list', applyTime: { type: 'constant', value: 2 }, aggregateType: 'user', position: { x: 900, y: 80 } },
    ],
    links: [
      { id: 'web-users', kind: 'rest', from: 'web', to: 'users', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'backoffice-users', kind: 'rest', from: 'backoffice', to: 'users', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'users-store', kind: 'rest', from: 'users', to: 'store', latency: { type: 'constant', value: 1 } },
      { id: 'store-user-list', kind: 'subscribe', from: 'store', to: 'user-list', latency: { type: 'constant', value: 2 } },
    ],
    lesson: LESSON,
  },
};
