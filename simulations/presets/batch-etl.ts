/** Scheduled batch ETL: the reporting copy is as old as the last run — a saw-tooth of staleness. */
import type { Preset } from './types';
import { claim, value, withFault, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const lagMean = (r: Parameters<Preset['experiments'][number]['check']>[0]) => r.consistency.reporting?.lagMs.mean ?? 0;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'A copy is as fresh as its schedule',
  steps: [
    {
      title: 'Wait for the first run',
      text: 'Press play (a fast speed helps: the job runs every 60 s). Changes pile up until the ETL job runs, then land together.',
      look: "The ETL job's stale badge rises to about a minute and drops when a run lands: a saw-tooth.",
      checkpoint: { on: 'lag', target: 'etl', overMs: 30_000 },
    },
    {
      title: 'Take the Reporting database down for 65 s',
      text: 'Down for longer than an interval, so the next run cannot load. A run that cannot load puts its records back on the pile; the run after takes them.',
      look: 'Those records land a whole interval late, so the stale badge climbs past 70 s; nothing is lost, the copy is just older.',
      action: { kind: 'fault', fault: { kind: 'outage', target: 'reporting', atMs: 0, durationMs: 65_000 } },
      checkpoint: { on: 'lag', target: 'etl', overMs: 70_000 },
    },
    {
      title: 'Run twice as often',
      text: 'Set the interval to 30 s.',
      look: 'The saw-tooth halves: average staleness from about 32 s to about 17 s.',
      action: { kind: 'set', target: 'etl', path: 'intervalMs', value: 30_000 },
    },
  ],
};

export const preset: Preset = {
  slug: 'batch-etl',
  section: 'data',
  title: 'Scheduled batch ETL into a reporting database',
  teaches: 'A batch copy is only as fresh as its schedule: staleness climbs between runs and drops when one lands.',
  explanation:
    'Orders records every sale; the changes pile up until the ETL job runs (every 60 s here, standing in for a nightly job). ' +
    'A run extracts what changed since the last one, transforms it record by record and loads it into the Reporting database ' +
    'in chunks. Until the run lands, reports show the old numbers. On average a change waits half an interval plus the run ' +
    'itself; just before a run the copy is a whole interval old. Batch is simple and cheap for the source, and a failed load ' +
    'is simply retried by the next run.',
  watch: [
    "The ETL job's stale badge: staleness rises to ~60 s, then drops after each run (saw-tooth).",
    'The Consistency lag chart for Reporting: about 30 s on average.',
    'The Report tab: runs, records loaded, mean run time.',
  ],
  pair: { slug: 'streaming-sync', contrast: 'The same copy kept by streaming: lag in milliseconds, at the price of a consumer always running.' },
  experiments: [
    {
      title: 'Run the job every 30 s instead of every 60 s',
      expect: 'The average staleness roughly halves (from about 32 s to about 17 s).',
      apply: (s) => withNode(s, 'etl', { intervalMs: 30_000 }),
      check: (base, changed) => {
        const ratio = lagMean(changed) / lagMean(base);
        return claim(ratio > 0.45 && ratio < 0.62, `mean lag ${(lagMean(base) / 1000).toFixed(1)} s → ${(lagMean(changed) / 1000).toFixed(1)} s (×${ratio.toFixed(2)})`);
      },
    },
    {
      title: 'Make the transform slow: 20 ms per record instead of 1 ms',
      expect: 'Each run now takes about 25 s for its ~1,200 records, and every record waits for it: mean staleness rises by about 20–25 s.',
      apply: (s) => withNode(s, 'etl', { transformMsPerRecord: 20 }),
      check: (base, changed) => {
        const rise = (lagMean(changed) - lagMean(base)) / 1000;
        const run = value(changed, 'etl', 'meanRunMs') / 1000;
        return claim(rise > 17 && rise < 30 && run > 20 && run < 30, `mean lag +${rise.toFixed(1)} s, mean run ${run.toFixed(1)} s`);
      },
    },
    {
      title: 'Take the Reporting database down from 100 s to 130 s',
      expect: 'The run at 120 s cannot load; its records go back on the pile and land with the next run — two intervals late, none lost.',
      apply: (s) => withFault(s, { kind: 'outage', target: 'reporting', atMs: 100_000, durationMs: 30_000 }),
      check: (_base, changed) => {
        const v = changed.patterns.etl.values;
        const max = (changed.consistency.reporting?.lagMs.max ?? 0) / 1000;
        const lost = v.recordsIn - v.recordsLoaded - v.pendingAtEnd - v.inRunAtEnd;
        return claim(v.failedChunks > 0 && max > 100 && lost === 0, `failed chunks ${v.failedChunks}, worst lag ${max.toFixed(0)} s, lost ${lost}`);
      },
    },
  ],
  scenario: {
    version: 1,
    name: 'Scheduled batch ETL',
    description: 'Order changes pile up until the ETL job runs every 60 s and loads them into Reporting.',
    seed: 31,
    run: { durationMs: 300_000, windowMs: 2_000 },
    nodes: [
      { id: 'shop', kind: 'client', label: 'Shop', traffic: { type: 'poisson', ratePerSec: 20 }, operations: [{ name: 'POST /api/orders', weight: 1 }], keySpace: 1_000_000, position: { x: 0, y: 80 } },
      { id: 'orders', kind: 'service', label: 'Orders', workers: 8, serviceTime: { type: 'lognormal', p50: 6, p99: 30 }, position: { x: 300, y: 80 } },
      { id: 'etl', kind: 'batchJob', label: 'ETL job (every 60 s)', intervalMs: 60_000, setupMs: 2_000, extractMsPerRecord: 0.5, transformMsPerRecord: 1, chunkSize: 500, position: { x: 600, y: 80 } },
      { id: 'reporting', kind: 'service', label: 'Reporting DB', workers: 2, serviceTime: { type: 'lognormal', p50: 200, p99: 800 }, position: { x: 900, y: 80 } },
    ],
    links: [
      { id: 'shop-orders', kind: 'rest', from: 'shop', to: 'orders', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'orders-changes', kind: 'publish', from: 'orders', to: 'etl', latency: { type: 'constant', value: 1 }, eventType: 'order.placed', aggregateType: 'order', data: { orderId: '{aggregateId}' } },
      { id: 'etl-load', kind: 'rest', from: 'etl', to: 'reporting', latency: { type: 'constant', value: 5 }, timeout: { timeoutMs: 10_000 } },
    ],
    lesson: LESSON,
  },
};
