import { describe, expect, it } from 'vitest';
import type { Report } from '@/simulations/index';
import { formatValue, patternBlocks, readName } from './pattern-rows';

const summary = { count: 1200, mean: 12.34, p50: 10, p95: 30.55, p99: 101.2, max: 250 };
const report = {
  patterns: {
    orders: { kind: 'stream', values: { published: 1500, maxPartitionLagAtEnd: 3, 'lagAtEnd.billing': 12, meanRunMs: 1234.5 }, summaries: { rebuildMs: summary } },
    gw: { kind: 'somethingNew', values: { unauthorizedShare: 0.05123, ratio: 1.23456 } },
  },
} as unknown as Report;

describe('pattern report rows', () => {
  it('reads report names as words, with the node a value is about apart', () => {
    expect(readName('maxPartitionLagAtEnd')).toMatchObject({ label: 'Max partition lag at end', ms: false });
    expect(readName('stalenessAtEndMs')).toMatchObject({ label: 'Staleness at end', ms: true });
    expect(readName('lagAtEnd.billing')).toMatchObject({ label: 'Lag at end', about: 'billing' });
    expect(readName('lagAtEnd.orders:billing').about).toBe('orders:billing');
  });

  it('writes durations in ms, shares in percent, counts with separators', () => {
    expect(formatValue('meanRunMs', 1234.5)).toBe('1235 ms');
    expect(formatValue('unauthorizedShare', 0.05123)).toBe('5.1%');
    expect(formatValue('poolUtilisation', 0.1939)).toBe('19.4%');
    expect(formatValue('published', 15000)).toBe('15,000');
    expect(formatValue('ratio', 1.23456)).toBe('1.235');
  });

  it('has a block per pattern node with its kind title, every value and every summary', () => {
    const blocks = patternBlocks(report);
    expect(blocks.map((b) => [b.id, b.kindTitle])).toEqual([
      ['orders', 'Event stream'],
      ['gw', 'Something new'],
    ]);
    expect(blocks[0].values.map((v) => v.key)).toEqual(['published', 'maxPartitionLagAtEnd', 'lagAtEnd.billing', 'meanRunMs']);
    expect(blocks[0].summaries).toEqual([{ key: 'rebuildMs', label: 'Rebuild', about: undefined, cells: ['1,200', '12.3', '10.0', '30.6', '101', '250'] }]);
    expect(blocks[1].summaries).toEqual([]);
  });

  it('is empty for a report without pattern nodes', () => {
    expect(patternBlocks({ patterns: {} } as unknown as Report)).toEqual([]);
  });
});
