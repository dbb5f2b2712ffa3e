/** Two-phase commit across two databases: all or nothing, at the price of locks held in doubt. */
import type { Report } from '../run/report';
import type { Preset } from './types';
import { claim, pct, successRate, value, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const inDoubtMs = (r: Report) => r.patterns['order-tx'].summaries!.inDoubtMs;
const warehouseMax = (r: Report) => r.clients.warehouse.latencyMs.max;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'All or nothing, and everyone waits',
  steps: [
    {
      title: 'Prepare, vote, commit',
      text: 'Press play. The coordinator asks Inventory DB and Payments DB to prepare; each locks its rows and votes; then everyone commits together.',
      look: "The coordinator's badges: committed, aborted, in doubt.",
    },
    {
      title: 'Slow one participant down',
      text: 'A charge in Payments DB takes 200 ms instead of 50 ms.',
      look: 'Inventory votes quickly, then waits in doubt for Payments with its rows locked: the Warehouse app finds them taken about three times as often.',
      action: { kind: 'set', target: 'payments-db', path: 'transactionTime', value: { type: 'lognormal', p50: 200, p99: 600 } },
    },
    {
      title: 'Crash the coordinator for 10 s',
      text: 'The coordinator goes down between the phases.',
      look: 'Participants that voted yes hold their locks, in doubt, until it is back: rows locked in doubt on its badge, Warehouse writes waiting for seconds.',
      action: { kind: 'fault', fault: { kind: 'outage', target: 'order-tx', atMs: 0, durationMs: 10_000 } },
    },
  ],
};

export const preset: Preset = {
  slug: 'two-phase-commit',
  section: 'strong',
  title: 'Placing an order with two-phase commit',
  teaches: 'Two-phase commit makes two databases agree, all or nothing — and while a participant waits for the decision, its locks block everyone else.',
  explanation:
    'Placing an order must reserve the items in the Inventory database and charge the card in the Payments database, both or ' +
    'neither. The Orders service hands the order (POST /api/orders) to a two-phase-commit coordinator. Phase one: it sends ' +
    'PREPARE to both databases; each does its part, locks the rows it changed, and votes yes (or no, if it failed). Phase two: ' +
    'if both said yes, the coordinator writes COMMIT to its log and tells both; otherwise ABORT. Between its vote and the ' +
    'decision a database is in doubt: it may neither commit nor roll back on its own, so it keeps the rows locked. Normally that ' +
    'lasts milliseconds. The Warehouse app updates stock (PUT /api/stock/{sku}) in the same Inventory database, often on the ' +
    'same best-selling items, and has to wait whenever a row it needs is held in doubt.',
  watch: [
    "The Order transaction coordinator's badges: committed, aborted, transactions in doubt, rows locked in doubt.",
    'The Inventory DB badges: rows locked, and writes blocked on a lock (the Warehouse app waiting).',
    'The Report tab: the coordinator’s commit latency and in-doubt time; Inventory DB’s lock waits per origin (lockWaits.warehouse).',
  ],
  pair: {
    slug: 'saga-orchestrated',
    contrast: 'The same order as a saga: no locks held across services and no waiting for a coordinator, but a window where stock is reserved for an order that is later cancelled.',
  },
  experiments: [
    {
      title: 'Take the coordinator down from 20 s to 30 s (it crashes between the phases)',
      expect:
        'Orders that were between PREPARE and the decision stay in doubt for the whole 10 s, their rows locked: Warehouse writes to those items block until the coordinator is back, ' +
        'then it recovers (aborting what it had not decided) and everything flows again. Meanwhile new orders are refused.',
      apply: (s) => withFault(s, { kind: 'outage', target: 'order-tx', atMs: 20_000, durationMs: 10_000 }),
      check: (base, changed) => {
        const held = inDoubtMs(changed).max;
        const recovered = value(changed, 'order-tx', 'presumedAborts') + value(changed, 'order-tx', 'resentAfterRecovery');
        const wait = [value(base, 'inventory-db', 'meanLockWaitMs.warehouse'), value(changed, 'inventory-db', 'meanLockWaitMs.warehouse')];
        return claim(
          inDoubtMs(base).max < 1_000 && held > 9_000 && recovered > 0 && warehouseMax(base) < 1_000 && warehouseMax(changed) > 5_000 && wait[1] > 5 * wait[0] && value(changed, 'order-tx', 'refused') > 0,
          `longest in doubt ${inDoubtMs(base).max.toFixed(0)} → ${held.toFixed(0)} ms, recovered ${recovered}, slowest warehouse write ${(warehouseMax(base) / 1000).toFixed(1)} → ${(warehouseMax(changed) / 1000).toFixed(1)} s, its mean lock wait ${wait[0].toFixed(0)} → ${wait[1].toFixed(0)} ms`,
        );
      },
    },
    {
      title: 'Let Payments decline 10 % of the charges (it votes no)',
      expect: 'About one order in ten is aborted everywhere: Inventory rolls back its reservation for each of them, and the shop sees those orders fail.',
      apply: (s) => withNode(s, 'payments-db', { errorRate: 0.1 }),
      check: (_base, changed) => {
        const aborted = value(changed, 'order-tx', 'aborted');
        const share = aborted / (aborted + value(changed, 'order-tx', 'committed'));
        return claim(share > 0.07 && share < 0.13 && value(changed, 'inventory-db', 'aborts') === aborted, `aborted ${pct(share)}, Inventory ABORTs ${value(changed, 'inventory-db', 'aborts')} of ${aborted}`);
      },
    },
    {
      title: 'Slow Payments down: a charge takes 200 ms instead of 50 ms',
      expect: 'Inventory votes quickly but then waits, in doubt, for Payments’ vote: the time participants spend in doubt roughly quadruples, and Warehouse writes find Inventory’s rows taken about three times as often — every participant runs at the pace of the slowest.',
      apply: (s) => withNode(s, 'payments-db', { transactionTime: { type: 'lognormal', p50: 200, p99: 600 } }),
      check: (base, changed) => {
        const waits = [value(base, 'inventory-db', 'lockWaits.warehouse'), value(changed, 'inventory-db', 'lockWaits.warehouse')];
        const mean = [inDoubtMs(base).mean, inDoubtMs(changed).mean];
        return claim(
          mean[1] > 3 * mean[0] && waits[1] > 2 * waits[0] && successRate(changed, 'shop') > 0.99,
          `mean time in doubt ${mean[0].toFixed(0)} → ${mean[1].toFixed(0)} ms, warehouse writes that waited ${waits[0]} → ${waits[1]}`,
        );
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Placing an order with two-phase commit',
    description: 'Orders → 2PC coordinator → Inventory DB and Payments DB; the Warehouse app writes stock in Inventory DB too.',
    seed: 47,
    run: { durationMs: 60_000, warmupMs: 2_000 },
    nodes: [
      { id: 'shop', kind: 'client', label: 'Shop', traffic: { type: 'poisson', ratePerSec: 40 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 100_000, position: { x: 0, y: 80 } },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 64, serviceTime: { type: 'lognormal', p50: 3, p99: 15 }, position: { x: 300, y: 80 } },
      { id: 'order-tx', kind: 'twoPhaseCoordinator', label: 'Order transaction (2PC)', decisionLogMs: 2, timeoutMs: 5_000, retryDelayMs: 500, position: { x: 600, y: 80 } },
      {
        id: 'inventory-db',
        kind: 'database',
        label: 'Inventory DB',
        connections: 40,
        transactionTime: { type: 'lognormal', p50: 20, p99: 80 },
        rows: 500,
        hotRows: 10,
        hotRowShare: 0.5,
        lockTimeoutMs: 20_000,
        position: { x: 900, y: -60 },
      },
      { id: 'payments-db', kind: 'database', label: 'Payments DB', connections: 40, transactionTime: { type: 'lognormal', p50: 50, p99: 200 }, rows: 1_000_000, position: { x: 900, y: 220 } },
      { id: 'warehouse', kind: 'client', label: 'Warehouse app', traffic: { type: 'poisson', ratePerSec: 10 }, operations: [{ name: 'PUT /api/stock/{sku}', weight: 1 }], keySpace: 500, position: { x: 600, y: -200 } },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'orders-tx', kind: 'rest', from: 'orders', to: 'order-tx', latency: { type: 'uniform', min: 1, max: 3 } },
      { id: 'tx-inventory', kind: 'rest', from: 'order-tx', to: 'inventory-db', latency: { type: 'uniform', min: 1, max: 3 } },
      { id: 'tx-payments', kind: 'rest', from: 'order-tx', to: 'payments-db', latency: { type: 'uniform', min: 1, max: 3 } },
      { id: 'warehouse-inventory', kind: 'rest', from: 'warehouse', to: 'inventory-db', latency: { type: 'uniform', min: 2, max: 6 } },
    ],
    lesson: LESSON,
  },
};
