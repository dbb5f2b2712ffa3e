/**
 * One request at a database, and what kind of work it is. A read holds a connection for its query
 * time; a write is a transaction that locks its rows one after another and keeps them to the end;
 * PREPARE / COMMIT / ABORT are the participant's side of two-phase commit, addressed to the
 * transaction key the coordinator puts in `req.key`.
 */
import type { Replier, Request } from '../core/types';
import type { Rng } from '../core/rng';
import { NO_SPAN } from '../trace/recording';
import type { LockOwner } from './database-locks';

export const READ = 0;
export const WRITE = 1;
export const PREPARE = 2;
export const COMMIT = 3;
export const ABORT = 4;
export type QueryType = typeof READ | typeof WRITE | typeof PREPARE | typeof COMMIT | typeof ABORT;

export const TWO_PHASE_OPS: Record<string, QueryType> = { PREPARE, COMMIT, ABORT };

const READ_VERBS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** GET (and HEAD, OPTIONS) read; POST, PUT, PATCH, DELETE and anything else (e.g. a consumed event) write. */
export function writesByOperation(op: string): boolean {
  const space = op.indexOf(' ');
  return !READ_VERBS.has((space < 0 ? op : op.slice(0, space)).toUpperCase());
}

/** What a request does here: a 2PC phase by its name, else by the write share if set, else by its verb. */
export function classify(op: string, writeShare: number | undefined, rng: Rng): QueryType {
  const phase = TWO_PHASE_OPS[op];
  if (phase !== undefined) return phase;
  if (writeShare !== undefined) return rng.next() < writeShare ? WRITE : READ;
  return writesByOperation(op) ? WRITE : READ;
}

export const WAITING_FOR_CONNECTION = 0;
export const RUNNING = 1;
export const DONE = 2;

const NO_ROWS: number[] = [];

export class Query implements LockOwner {
  waitingRow = -1;
  readonly held: number[] = [];
  state = WAITING_FOR_CONNECTION;
  /** Rows it will lock, in order, and the next one to take. */
  rows = NO_ROWS;
  step = 0;
  /** Work between two locks (the transaction time spread over its rows). */
  stepMs = 0;
  startedAt = 0;
  /** When its current lock wait began, and all lock waiting so far. */
  waitSince = 0;
  lockWaitMs = 0;
  waited = false;
  /** Since when a prepared transaction is in doubt. */
  preparedAt = 0;
  span = NO_SPAN;

  constructor(
    readonly req: Request,
    readonly caller: Replier,
    readonly type: QueryType,
    readonly arrivedAt: number,
  ) {}
}

/**
 * Picks the rows one write locks: with chance `hotShare` one of the `hot` hottest rows, else any of
 * `rows` evenly. The same row twice is harmless (locks are re-entrant).
 */
export function pickRows(rng: Rng, count: number, rows: number, hot: number, hotShare: number, sorted: boolean): number[] {
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const isHot = hotShare > 0 && rng.next() < hotShare;
    out[i] = Math.floor(rng.next() * (isHot ? hot : rows));
  }
  if (sorted && count > 1) out.sort((a, b) => a - b);
  return out;
}
