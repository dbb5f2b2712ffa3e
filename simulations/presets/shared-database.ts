/** Two services writing the same rows of one database: a single truth, bought with coupling and contention. */
import type { Report } from '../run/report';
import type { Preset } from './types';
import { claim, value, withLink, withNode, withNodes } from './edit';
import type { Lesson } from '../lessons/schema';

/** Billing's work in the shared database: long invoice transactions on customer rows, and a revenue report. */
const OPERATIONS = {
  'POST /api/invoices': { type: 'lognormal' as const, p50: 200, p99: 800 },
  'GET /api/reports/revenue': { type: 'lognormal' as const, p50: 50, p99: 200 },
};

const ordersP99 = (r: Report) => r.clients.shop.latencyMs.p99;
/** Share of Orders' writes that found a row locked (by Orders itself or by Billing). */
const ordersWaitShare = (r: Report, db = 'shared-db') => value(r, db, 'lockWaits.shop') / value(r, db, 'writes.shop');

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'When two services share a database, they share their problems',
  steps: [
    {
      title: 'Two teams, one database',
      text: 'Press play. Orders and Billing write the same customer rows through one pool of 10 connections.',
      look: "The Shop's latency chart: Orders' p99 — watch it move when only Billing changes.",
    },
    {
      title: "Billing's invoices lock rows longer",
      text: "Billing's invoice transactions take three times longer (median 200 ms → 600 ms).",
      look: "Orders' writes wait for those rows more often and longer; the shop's p99 rises several times over, though nothing in Orders changed.",
      action: {
        kind: 'set',
        target: 'shared-db',
        path: 'operations',
        value: { ...OPERATIONS, 'POST /api/invoices': { type: 'lognormal', p50: 600, p99: 1_800 } },
      },
    },
    {
      title: 'The way out',
      text: 'Give Billing its own database (the third experiment in the Guide tab does it in one step).',
      look: "Orders' lock waits fall by more than two thirds: the coupling was the shared rows, not the load.",
    },
  ],
};

export const preset: Preset = {
  slug: 'shared-database',
  section: 'strong',
  title: 'Two services sharing one database (discouraged)',
  teaches: 'A shared database gives one source of truth, and ties the services together: one’s slow queries and long locks become the other’s latency.',
  explanation:
    'Orders and Billing are separate services, but both read and write the same Customers table in one shared database. ' +
    'The shop places orders (POST /api/orders), each a short transaction that updates the customer’s row. The back office ' +
    'creates invoices (POST /api/invoices), longer transactions that update the same customer rows, and now and then runs a ' +
    'revenue report (GET /api/reports/revenue). There is no API between the two services and no copy of the data to keep ' +
    'in sync: that is the appeal. The price: they share one connection pool and one set of row locks, so Billing’s work shows ' +
    'up in Orders’ latency although Orders never calls Billing. Changing the schema or the load of either one means talking ' +
    'to the other team. That is why the guide marks it as discouraged: prefer each service owning its data.',
  watch: [
    'The Shared DB badges: connections busy, requests waiting for a connection, writes blocked on a row lock.',
    "The Shop's latency chart (Orders' p99): it moves when Billing changes, not only when Orders does.",
    'The Report tab, Shared DB: writes and lock waits per origin (writes.shop, lockWaits.shop, meanLockWaitMs.shop …) — who waits for whom.',
  ],
  discouraged: true,
  experiments: [
    {
      title: 'Billing’s revenue report gets slow: 3 s per run instead of 50 ms',
      expect: 'The reports hold connections for seconds, the pool runs out, and Orders’ requests queue for a connection: the shop’s p99 rises several times over although nothing in Orders changed.',
      apply: (s) => withNode(s, 'shared-db', { operations: { ...OPERATIONS, 'GET /api/reports/revenue': { type: 'lognormal', p50: 3_000, p99: 6_000 } } }),
      check: (base, changed) => {
        const waiting = value(changed, 'shared-db', 'maxWaitingForConnection');
        return claim(
          ordersP99(changed) > 3 * ordersP99(base) && waiting >= 10,
          `shop p99 ${ordersP99(base).toFixed(0)} → ${ordersP99(changed).toFixed(0)} ms, most waiting for a connection ${value(base, 'shared-db', 'maxWaitingForConnection')} → ${waiting}`,
        );
      },
    },
    {
      title: 'Give Billing its own database (move its link to a new Billing DB)',
      expect: 'Orders’ writes stop waiting for Billing’s long invoice transactions: the share of Orders’ writes that wait for a lock falls by more than two thirds.',
      apply: (s) =>
        withLink(
          withNodes(s, [{ ...s.nodes.find((n) => n.id === 'shared-db')!, id: 'billing-db', label: 'Billing DB', position: { x: 600, y: 240 } }]),
          'billing-db-calls',
          { to: 'billing-db' },
        ),
      check: (base, changed) => {
        const before = ordersWaitShare(base);
        const after = ordersWaitShare(changed);
        return claim(before > 0.01 && after < before / 3, `Orders' writes that waited for a lock: ${(before * 100).toFixed(1)} % → ${(after * 100).toFixed(1)} %`);
      },
    },
    {
      title: 'Billing’s invoice transactions take three times longer (median 200 ms → 600 ms)',
      expect: 'Customer rows stay locked by Billing three times as long: Orders’ writes wait for them about twice as often and about three times as long each time, and the shop’s p99 rises several times over.',
      apply: (s) => withNode(s, 'shared-db', { operations: { ...OPERATIONS, 'POST /api/invoices': { type: 'lognormal', p50: 600, p99: 1_800 } } }),
      check: (base, changed) => {
        const ratio = ordersWaitShare(changed) / ordersWaitShare(base);
        const wait = [value(base, 'shared-db', 'meanLockWaitMs.shop'), value(changed, 'shared-db', 'meanLockWaitMs.shop')];
        return claim(
          ratio > 1.5 && wait[1] > 2 * wait[0] && ordersP99(changed) > 3 * ordersP99(base),
          `Orders' writes that waited: ×${ratio.toFixed(1)}, their mean lock wait ${wait[0].toFixed(0)} → ${wait[1].toFixed(0)} ms, shop p99 ${ordersP99(base).toFixed(0)} → ${ordersP99(changed).toFixed(0)} ms`,
        );
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Two services sharing one database',
    description: 'Orders and Billing write the same customer rows in one Shared DB: one pool, one set of locks, two teams.',
    seed: 43,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      {
        id: 'shop',
        kind: 'client',
        label: 'Shop',
        traffic: { type: 'poisson', ratePerSec: 80 },
        operations: [
          { name: 'POST /api/orders', weight: 3 },
          { name: 'GET /api/orders/{id}', weight: 1 },
        ],
        keySpace: 100_000,
        position: { x: 0, y: 0 },
      },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 64, serviceTime: { type: 'lognormal', p50: 2, p99: 10 }, position: { x: 300, y: 0 } },
      {
        id: 'back-office',
        kind: 'client',
        label: 'Back office',
        traffic: { type: 'poisson', ratePerSec: 6 },
        operations: [
          { name: 'POST /api/invoices', weight: 5 },
          { name: 'GET /api/reports/revenue', weight: 1 },
        ],
        keySpace: 100_000,
        position: { x: 0, y: 160 },
      },
      { id: 'billing', kind: 'service', label: 'Billing', workers: 32, serviceTime: { type: 'lognormal', p50: 3, p99: 15 }, position: { x: 300, y: 160 } },
      {
        id: 'shared-db',
        kind: 'database',
        label: 'Shared DB',
        connections: 10,
        readTime: { type: 'lognormal', p50: 3, p99: 15 },
        transactionTime: { type: 'lognormal', p50: 5, p99: 20 },
        operations: OPERATIONS,
        rows: 50_000,
        hotRows: 20,
        hotRowShare: 0.5,
        position: { x: 600, y: 80 },
      },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'orders-db-calls', kind: 'rest', from: 'orders', to: 'shared-db', latency: { type: 'uniform', min: 0.5, max: 1.5 } },
      { id: 'back-office-billing', kind: 'rest', from: 'back-office', to: 'billing', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'billing-db-calls', kind: 'rest', from: 'billing', to: 'shared-db', latency: { type: 'uniform', min: 0.5, max: 1.5 } },
    ],
    lesson: LESSON,
  },
};
