/** ACID transactions in one service's database: a connection pool in front, row locks behind. */
import type { Report } from '../run/report';
import type { Preset } from './types';
import { claim, value, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const p99 = (r: Report) => r.clients.web.latencyMs.p99;
const lockWaitShare = (r: Report) => value(r, 'users-db', 'lockWaits') / value(r, 'users-db', 'writes');

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Queueing twice: for a connection, then for the row',
  steps: [
    {
      title: 'A pool and row locks',
      text: 'Press play. Reads and write transactions share 10 connections; a write holds its row locked until it commits.',
      look: "The Users DB badges: connections in use, requests waiting for one, writes waiting for a lock.",
    },
    {
      title: 'Shrink the pool to 2',
      text: 'Two connections for 200 requests a second.',
      look: 'Requests queue for a connection (dozens waiting at the peaks) and the p99 latency rises several times over.',
      action: { kind: 'set', target: 'users-db', path: 'connections', value: 2 },
    },
    {
      title: 'Back to 10, and longer transactions',
      text: 'Restore the pool, then make every write four times longer (a slow call made inside the transaction).',
      look: 'Rows stay locked four times as long, so about four times as many writes find their row taken.',
      action: { kind: 'set', target: 'users-db', path: 'connections', value: 10 },
    },
    {
      title: 'Four times longer transactions',
      text: 'Median 15 ms → 60 ms.',
      look: 'Lock waits in the Report tab: about four times as many.',
      action: { kind: 'set', target: 'users-db', path: 'transactionTime', value: { type: 'lognormal', p50: 60, p99: 240 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'database-transaction',
  section: 'strong',
  title: 'ACID transactions in the Users database',
  teaches: 'A database is a queue twice over: for a connection from the pool, then for the locks on the rows a transaction writes.',
  explanation:
    'The web app reads profiles (GET /api/users/{id}), updates them (PUT /api/users/{id}) and signs new users up (POST /api/users). ' +
    'The Users service runs each write as one ACID transaction in its database: it locks the rows it changes and keeps them locked ' +
    'until it commits, so a concurrent write to the same row waits, and nobody ever sees half a change. Reads take no locks (they ' +
    'read a consistent snapshot). Every query first needs one of the pool’s 10 connections; when all are busy it waits in line. ' +
    'A few accounts (the 10 busiest) get almost a third of all updates, so that is where writes collide. This is strong ' +
    'consistency at its simplest: one database, one truth, paid for in waiting.',
  watch: [
    'The Users DB badges: connections busy, requests waiting for a connection, writes blocked on a row lock, rows locked right now.',
    "The Web app's latency chart: p50 and p99 of the whole request, database waits included.",
    'The Report tab, Users DB: lock waits and their mean / p99, pool utilisation, the most requests ever waiting for a connection.',
  ],
  experiments: [
    {
      title: 'Shrink the connection pool from 10 to 2',
      expect: 'Two connections are nearly always busy: requests queue for one (dozens waiting at the peaks) and the p99 latency rises several times over.',
      apply: (s) => withNode(s, 'users-db', { connections: 2 }),
      check: (base, changed) => {
        const waiting = value(changed, 'users-db', 'maxWaitingForConnection');
        const util = value(changed, 'users-db', 'poolUtilisation');
        return claim(
          value(base, 'users-db', 'maxWaitingForConnection') <= 5 && waiting >= 20 && util > 0.7 && p99(changed) > 3 * p99(base),
          `max waiting ${value(base, 'users-db', 'maxWaitingForConnection')} → ${waiting}, pool busy ${(util * 100).toFixed(0)} %, p99 ${p99(base).toFixed(0)} → ${p99(changed).toFixed(0)} ms`,
        );
      },
    },
    {
      title: 'Make every write transaction four times longer (median 15 ms → 60 ms), e.g. a slow call made inside it',
      expect: 'Rows stay locked four times as long, so about four times as many writes find their row taken and wait for it.',
      apply: (s) => withNode(s, 'users-db', { transactionTime: { type: 'lognormal', p50: 60, p99: 240 } }),
      check: (base, changed) => {
        const ratio = lockWaitShare(changed) / lockWaitShare(base);
        return claim(ratio > 2.8 && ratio < 6, `writes that waited for a lock: ${(lockWaitShare(base) * 100).toFixed(1)} % → ${(lockWaitShare(changed) * 100).toFixed(1)} % (×${ratio.toFixed(1)})`);
      },
    },
    {
      title: 'Send 90 % of the updates to the 10 busiest accounts instead of 30 % (a rush on a few popular profiles)',
      expect: 'Those rows are locked most of the time: roughly one write in eight now waits for its row instead of one in seventy, and more writes are blocked at once.',
      apply: (s) => withNode(s, 'users-db', { hotRowShare: 0.9 }),
      check: (base, changed) => {
        const blocked = [value(base, 'users-db', 'maxBlockedOnLocks'), value(changed, 'users-db', 'maxBlockedOnLocks')];
        return claim(
          lockWaitShare(base) < 0.03 && lockWaitShare(changed) > 0.08 && lockWaitShare(changed) < 0.2 && blocked[1] > blocked[0],
          `writes that waited for a lock: ${(lockWaitShare(base) * 100).toFixed(1)} % → ${(lockWaitShare(changed) * 100).toFixed(1)} %, most blocked at once ${blocked[0]} → ${blocked[1]}`,
        );
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'ACID transactions in the Users database',
    description: 'Web app → Users → Users DB: reads share a 10-connection pool with write transactions that lock their rows until commit.',
    seed: 41,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      {
        id: 'web',
        kind: 'client',
        label: 'Web app',
        traffic: { type: 'poisson', ratePerSec: 200 },
        operations: [
          { name: 'GET /api/users/{id}', weight: 6 },
          { name: 'PUT /api/users/{id}', weight: 3 },
          { name: 'POST /api/users', weight: 1 },
        ],
        keySpace: 100_000,
        position: { x: 0, y: 80 },
      },
      { id: 'users', kind: 'service', label: 'Users', workers: 64, serviceTime: { type: 'lognormal', p50: 2, p99: 10 }, position: { x: 300, y: 80 } },
      {
        id: 'users-db',
        kind: 'database',
        label: 'Users DB',
        connections: 10,
        readTime: { type: 'lognormal', p50: 3, p99: 15 },
        transactionTime: { type: 'lognormal', p50: 15, p99: 60 },
        rows: 100_000,
        hotRows: 10,
        hotRowShare: 0.3,
        position: { x: 600, y: 80 },
      },
    ],
    links: [
      { id: 'web-users', kind: 'rest', from: 'web', to: 'users', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'users-db-calls', kind: 'rest', from: 'users', to: 'users-db', latency: { type: 'uniform', min: 0.5, max: 1.5 } },
    ],
    lesson: LESSON,
  },
};
