/** File exchange: staleness = wait for the drop + wait for the poll; partial and corrupt files cost a cycle, lose nothing. */
import { describe, expect, it } from 'vitest';
import { client, constant, poissonTraffic, publish, rest, service, simulate, subscribe, type Topology } from '../test-support/scenarios';

function exchange(drop: Record<string, unknown>): Topology {
  return {
    durationMs: 600_000,
    nodes: [
      client('partner', poissonTraffic(20), { keySpace: 1_000_000 }),
      service('exports', { workers: 8, serviceTime: constant(1) }),
      { id: 'sftp', kind: 'fileDrop', dropIntervalMs: 30_000, pollIntervalMs: 10_000, ...drop } as never,
      service('importer', { workers: 8, serviceTime: constant(1) }),
    ],
    links: [rest('partner', 'exports'), publish('exports', 'sftp'), subscribe('sftp', 'importer', { concurrency: 8 })],
  };
}

describe('file drop', () => {
  it('records wait half a drop interval on average when polls line up with drops', () => {
    const r = simulate(exchange({}));
    // Drops at 30 s, 60 s, …; polls every 10 s include those instants → mean lag ≈ 15 s.
    expect(r.consistency.importer.lagMs.mean).toBeGreaterThan(14_600);
    expect(r.consistency.importer.lagMs.mean).toBeLessThan(15_400);
  });

  it('polls that miss the drops add their own wait: polls every 20 s add about 5 s', () => {
    const r = simulate(exchange({ pollIntervalMs: 20_000 }));
    // Drops at 30, 60, 90 … s are picked up at 40, 60, 100 … s: 10 s, 0 s alternately → +5 s.
    expect(r.consistency.importer.lagMs.mean).toBeGreaterThan(19_500);
    expect(r.consistency.importer.lagMs.mean).toBeLessThan(20_500);
  });

  it('a half-written file is skipped once and picked up on the next poll', () => {
    const r = simulate(exchange({ partialShare: 1 }));
    expect(r.patterns.sftp.values.partialSkips).toBe(r.patterns.sftp.values.filesLoaded + r.patterns.sftp.values.filesInFolderAtEnd);
    expect(r.consistency.importer.lagMs.mean).toBeGreaterThan(24_500);
    expect(r.consistency.importer.lagMs.mean).toBeLessThan(25_500);
  });

  it('corrupt files are quarantined and their records re-sent: late, never lost', () => {
    const r = simulate(exchange({ corruptShare: 0.2 }));
    const v = r.patterns.sftp.values;
    const share = v.quarantined / v.filesDropped;
    expect(share).toBeGreaterThan(0.2 - 4 * Math.sqrt(0.16 / v.filesDropped));
    expect(share).toBeLessThan(0.2 + 4 * Math.sqrt(0.16 / v.filesDropped));
    expect(v.recordsHandedOver + v.waitingAtEnd).toBe(v.records);
    expect(r.queues['sftp:importer'].acked + r.queues['sftp:importer'].depthAtEnd + r.queues['sftp:importer'].inFlightAtEnd).toBe(v.recordsHandedOver);
  });
});
