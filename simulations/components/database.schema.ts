/**
 * The database kind: its parameters (zod schema) and palette info, without its behaviour,
 * so the page (palette, inspector, validation) can import it without bundling the engine. Behaviour: ./database.ts.
 */
import { z } from 'zod';
import { countSchema, msSchema, nodeBase, positiveCountSchema, probabilitySchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import type { NodeKindInfo } from './registry';

export const databaseSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('database'),
    connections: positiveCountSchema(10_000).default(10).describe("Connection pool size: queries that run at once (HikariCP's default is 10)"),
    waitCapacity: countSchema(10_000_000).optional().describe('Requests that may wait for a free connection; beyond it they are rejected. Omit for no limit'),
    acquireTimeoutMs: msSchema.default(30_000).describe('A request that waits longer than this for a connection is rejected (HikariCP connectionTimeout: 30 s)'),
    readTime: distributionSchema.default({ type: 'exponential', mean: 5 }).describe('Time of a read query (ms). Reads take no locks (snapshot reads)'),
    transactionTime: distributionSchema.default({ type: 'exponential', mean: 10 }).describe('Time a write transaction runs from its first lock to its commit (ms); its rows stay locked all that time'),
    operations: z.record(z.string(), distributionSchema).optional().describe("Time per operation name (a read's query time, a write's transaction time), overriding the two above"),
    writeShare: probabilitySchema.optional().describe('Share of queries that write, drawn at random. Omit to go by operation: GET reads; POST, PUT, PATCH, DELETE and anything else write'),
    rows: positiveCountSchema(1_000_000_000).default(10_000).describe('Rows a write may touch (the table size): the fewer, the more writes collide'),
    hotRows: positiveCountSchema(1_000_000_000).default(10).describe('How many rows are hot (best-selling products, a shared counter)'),
    hotRowShare: probabilitySchema.default(0).describe('Share of row picks that land on a hot row; the rest spread evenly over all rows'),
    rowsPerWrite: positiveCountSchema(10).default(1).describe('Rows one write transaction locks, one after another'),
    sortedLocks: z.boolean().default(false).describe("Lock a transaction's rows in key order, which rules deadlocks out"),
    lockTimeoutMs: msSchema.default(50_000).describe('A write that waits longer than this for a row lock fails and rolls back (InnoDB innodb_lock_wait_timeout: 50 s)'),
    applyDecisionMs: msSchema.default(1).describe('Time to apply a two-phase COMMIT or ABORT to a prepared transaction (ms)'),
    errorRate: probabilitySchema.default(0).describe('Share of queries that fail (a write rolls back, a PREPARE votes no)'),
  })
  .describe('Database: connection pool, query time, transactions holding row locks; a two-phase-commit participant');
export type DatabaseParams = z.infer<typeof databaseSchema>;

export const databaseInfo: NodeKindInfo = {
  title: 'Database',
  category: 'data',
  summary: 'Connection pool, queries and transactions; writes to the same rows wait for each other’s locks.',
  callable: true,
  broker: false,
  caller: false,
  faultable: true,
  accent: '#56B4E9',
};
