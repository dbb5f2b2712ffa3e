import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { distributionSchema } from '@/simulations/scenario/distribution-schema';
import { msSchema, nodeBase, positiveCountSchema, probabilitySchema } from '@/simulations/scenario/common';
import { PATTERN_KINDS } from '@/simulations/components/registry';
import { schemaFields, words, type FieldSpec } from './schema-fields';

// A made-up kind in the style of the pattern kinds' schemas: every control the form knows.
const demo = z.strictObject({
  ...nodeBase,
  kind: z.literal('demo'),
  intervalMs: msSchema.default(60_000).describe('Time between runs'),
  queryMs: msSchema.default(5).describe('Time of one query'),
  extractMsPerRecord: msSchema.default(0.2).describe('Reading one record'),
  retentionMs: msSchema.optional().describe('Omit to keep forever'),
  poolSize: positiveCountSchema(1000).default(10).describe('Connections'),
  badCredentialShare: probabilitySchema.default(0.05).describe('Share rejected with 401'),
  refillPerSec: z.number().min(0).max(1e6).describe('Tokens added per second'),
  isolation: z.enum(['readCommitted', 'serializable']).default('readCommitted').describe('Isolation level'),
  required: z.boolean().optional().describe('Field is required'),
  eventType: z.string().optional().describe('Event emitted'),
  queryTime: distributionSchema.default({ type: 'exponential', mean: 5 }).describe('Query time (ms)'),
  routes: z.array(z.string()).optional().describe('Routes'),
});

const byKey = (fields: FieldSpec[]) => Object.fromEntries(fields.map((f) => [f.key, f]));

describe('schemaFields', () => {
  const f = byKey(schemaFields(demo));

  it('skips what the node inspector shows itself, and the fixed kind', () => {
    for (const k of ['id', 'kind', 'label', 'description', 'position']) expect(f[k]).toBeUndefined();
  });

  it('keeps schema order', () => {
    expect(schemaFields(demo).map((x) => x.key)).toEqual(['intervalMs', 'queryMs', 'extractMsPerRecord', 'retentionMs', 'poolSize', 'badCredentialShare', 'refillPerSec', 'isolation', 'required', 'eventType', 'queryTime', 'routes']);
  });

  it('reads durations in ms, or in seconds when the default is 10 s or more', () => {
    expect(f.queryMs).toMatchObject({ control: 'number', label: 'Query', unit: 'ms', scale: 1, defaultValue: 5, optional: true, help: 'Time of one query' });
    expect(f.intervalMs).toMatchObject({ control: 'number', label: 'Interval', unit: 's', scale: 1000, defaultValue: 60_000 });
    expect(f.extractMsPerRecord).toMatchObject({ label: 'Extract per record', unit: 'ms', scale: 1 });
  });

  it('marks an optional field without default as optional with no default', () => {
    expect(f.retentionMs).toMatchObject({ control: 'number', unit: 'ms', optional: true, defaultValue: undefined, help: 'Omit to keep forever' });
  });

  it('reads counts, shares (as percent) and rates', () => {
    expect(f.poolSize).toMatchObject({ control: 'number', unit: 'count', int: true, min: 1, max: 1000, defaultValue: 10 });
    expect(f.badCredentialShare).toMatchObject({ control: 'number', unit: '%', scale: 0.01, int: false, min: 0, max: 1, defaultValue: 0.05 });
    expect(f.refillPerSec).toMatchObject({ control: 'number', label: 'Refill', unit: '/s', optional: false });
  });

  it('reads enums, booleans, strings and distributions', () => {
    expect(f.isolation).toMatchObject({ control: 'enum', options: ['readCommitted', 'serializable'], defaultValue: 'readCommitted' });
    expect(f.required).toMatchObject({ control: 'boolean', optional: true });
    expect(f.eventType).toMatchObject({ control: 'text', optional: true });
    expect(f.queryTime).toMatchObject({ control: 'distribution', defaultValue: { type: 'exponential', mean: 5 }, help: 'Query time (ms)' });
  });

  it('says which fields it cannot edit instead of dropping them', () => {
    expect(f.routes).toMatchObject({ control: 'unsupported', type: 'array' });
  });

  it('gives every registered pattern kind a field with a help text for each parameter', () => {
    for (const [kind, k] of Object.entries(PATTERN_KINDS)) {
      const fields = schemaFields(k.schema);
      expect(fields.length, kind).toBeGreaterThan(0);
      for (const x of fields) expect(x.help, `${kind}.${x.key}`).toBeTruthy();
    }
  });
});

describe('words', () => {
  it('turns camelCase names into words', () => {
    expect(words('maxPartitionLag')).toBe('Max partition lag');
    expect(words('staleReads')).toBe('Stale reads');
    expect(words('p99')).toBe('P99');
    expect(words('conflictsRetried')).toBe('Conflicts retried');
    expect(words('httpOK')).toBe('Http ok');
  });
});
