/** File-based exchange with a partner: drop on a schedule, poll on another, cope with bad files. */
import type { Preset } from './types';
import { claim, withNode } from './edit';
import type { Lesson } from '../lessons/schema';

const mean = (r: Parameters<Preset['experiments'][number]['check']>[0]) => r.consistency.importer.lagMs.mean / 1000;

/** The guided lesson the playground plays (lessons.test.ts plays it headlessly: every checkpoint must happen). */
const LESSON: Lesson = {
  title: 'Drop and poll: two schedules add up',
  steps: [
    {
      title: 'Wait for a file',
      text: 'Press play at a fast speed. The partner writes a file every 30 s; we look for new files every 10 s.',
      look: "The SFTP folder's stale badge, and the importer's lag in steps of the drop interval.",
      checkpoint: { on: 'lag', target: 'importer', overMs: 20_000 },
    },
    {
      title: 'Let a fifth of the files arrive corrupt',
      text: 'Corrupt files are quarantined; the partner re-sends their records in its next file.',
      look: 'The worst lag grows by a drop interval (30 s), and no record is lost (Report tab).',
      action: { kind: 'set', target: 'sftp', path: 'corruptShare', value: 0.2 },
      checkpoint: { on: 'lag', target: 'importer', overMs: 45_000 },
    },
    {
      title: 'Ask for a file every 10 s',
      text: 'The partner drops a file every 10 s instead of every 30 s.',
      look: 'Records wait a third as long for their file: mean staleness falls.',
      action: { kind: 'set', target: 'sftp', path: 'dropIntervalMs', value: 10_000 },
    },
  ],
};

export const preset: Preset = {
  slug: 'file-exchange',
  section: 'data',
  title: 'File exchange with a partner (drop and poll)',
  teaches: 'Files decouple two systems completely, and make the data as stale as the drop and poll schedules together.',
  explanation:
    'A partner exports its new records to a CSV file on an SFTP folder every 30 s; our importer looks for new files every 10 s ' +
    'and loads what it finds. Neither side calls the other, which is why file exchange survives in so many integrations. A ' +
    'record waits for the next file to be written, then for the next poll: about 15 s on average here. Files are sometimes ' +
    'found half-written (skipped until the next poll) or fail validation (quarantined; the partner re-sends those records in ' +
    'its next file), which makes those records a cycle later but loses nothing.',
  watch: [
    "The SFTP folder's stale badge: how old the oldest record we have not loaded is.",
    'The Consistency lag chart for the importer: steps of the drop interval.',
    'The Report tab: files dropped, loaded, skipped as partial, quarantined.',
  ],
  experiments: [
    {
      title: 'Let 20 % of the files arrive corrupt',
      expect: 'Corrupt files are quarantined and their records come with the next file: the worst lag grows by a drop interval (30 s) and no record is lost.',
      apply: (s) => withNode(s, 'sftp', { corruptShare: 0.2 }),
      check: (base, changed) => {
        const v = changed.patterns.sftp.values;
        const grew = (changed.consistency.importer.lagMs.max - base.consistency.importer.lagMs.max) / 1000;
        return claim(v.quarantined > 0 && grew > 25 && v.recordsHandedOver + v.waitingAtEnd === v.records, `quarantined ${v.quarantined}, worst lag +${grew.toFixed(0)} s`);
      },
    },
    {
      title: 'Poll every 25 s instead of every 10 s',
      expect: 'Polls no longer line up with the drops, so each file waits 0–20 s to be found: about 10 s more staleness on average.',
      apply: (s) => withNode(s, 'sftp', { pollIntervalMs: 25_000 }),
      check: (base, changed) => {
        const rise = mean(changed) - mean(base);
        return claim(rise > 7 && rise < 13, `mean lag ${mean(base).toFixed(1)} s → ${mean(changed).toFixed(1)} s`);
      },
    },
    {
      title: 'Ask the partner for a file every 10 s',
      expect: 'Records wait a third as long for their file: mean staleness falls from about 15 s to about 5 s.',
      apply: (s) => withNode(s, 'sftp', { dropIntervalMs: 10_000 }),
      check: (base, changed) => claim(mean(changed) > 4 && mean(changed) < 6.5 && mean(base) > 13, `mean lag ${mean(base).toFixed(1)} s → ${mean(changed).toFixed(1)} s`),
    },
  ],
  scenario: {
    version: 1,
    name: 'File exchange with a partner',
    description: 'The partner drops a CSV export every 30 s; our importer polls every 10 s.',
    seed: 41,
    run: { durationMs: 600_000, windowMs: 5_000 },
    nodes: [
      { id: 'partner', kind: 'client', label: 'Partner sales', traffic: { type: 'poisson', ratePerSec: 5 }, operations: [{ name: 'POST /api/sales', weight: 1 }], keySpace: 1_000_000, position: { x: 0, y: 80 } },
      { id: 'exports', kind: 'service', label: 'Partner system', workers: 4, serviceTime: { type: 'lognormal', p50: 5, p99: 20 }, position: { x: 300, y: 80 } },
      { id: 'sftp', kind: 'fileDrop', label: 'SFTP folder', dropIntervalMs: 30_000, pollIntervalMs: 10_000, partialShare: 0.1, position: { x: 600, y: 80 } },
      { id: 'importer', kind: 'service', label: 'Our importer', workers: 4, serviceTime: { type: 'lognormal', p50: 3, p99: 12 }, position: { x: 900, y: 80 } },
    ],
    links: [
      { id: 'partner-exports', kind: 'rest', from: 'partner', to: 'exports', latency: { type: 'uniform', min: 2, max: 6 } },
      { id: 'exports-file', kind: 'publish', from: 'exports', to: 'sftp', latency: { type: 'constant', value: 1 }, eventType: 'sale.recorded', aggregateType: 'sale', data: { saleId: '{aggregateId}' } },
      { id: 'sftp-importer', kind: 'subscribe', from: 'sftp', to: 'importer', latency: { type: 'constant', value: 5 }, concurrency: 4 },
    ],
    lesson: LESSON,
  },
};
