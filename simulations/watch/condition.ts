/**
 * Watch conditions: "stop (or go on) when this happens". Pause on event breaks the run right after
 * the first incident a condition matches; a lesson's checkpoint waits for one. A `lag` condition
 * is about the consistency-lag figure of a consumer rather than an incident (see `matchLag`).
 */
import { z } from 'zod';
import type { Incident, IncidentKind } from '../events/incidents';

export type BreakerStateName = 'OPEN' | 'HALF_OPEN' | 'CLOSED';

export type WatchCondition =
  | { on: IncidentKind; target?: string; state?: BreakerStateName }
  | { on: 'lag'; target?: string; overMs: number };

const target = z.string().min(1).max(100).optional().describe('Node or link id; empty = anywhere');

export const watchConditionSchema = z
  .union([
    z.strictObject({
      on: z.enum(['breaker', 'deadLetter', 'compensation', 'staleRead']).describe('What to wait for'),
      target,
      state: z.enum(['OPEN', 'HALF_OPEN', 'CLOSED']).optional().describe('Breakers only: the state entered; empty = any change'),
    }),
    z.strictObject({
      on: z.literal('lag').describe('Consistency lag of a consumer'),
      target,
      overMs: z.number().finite().min(0).max(86_400_000).describe('Lag above this many ms'),
    }),
  ])
  .describe('A condition to stop at or wait for');

/** Does the incident satisfy the condition? (Never for a lag condition.) */
export function matchIncident(c: WatchCondition, i: Incident): boolean {
  if (c.on === 'lag' || c.on !== i.kind) return false;
  if (c.target !== undefined && c.target !== i.nodeId && c.target !== i.linkId) return false;
  if (c.state !== undefined && c.state !== i.state) return false;
  return true;
}

/** Does a consumer's consistency lag satisfy the condition? (Only for a lag condition.) */
export function matchLag(c: WatchCondition, consumerId: string, lagMs: number): boolean {
  if (c.on !== 'lag') return false;
  if (c.target !== undefined && c.target !== consumerId) return false;
  return lagMs > c.overMs;
}

const WHAT: Record<IncidentKind, string> = {
  breaker: 'a breaker changes state',
  deadLetter: 'a message is dead-lettered',
  compensation: 'a saga is compensated',
  staleRead: 'a read is stale',
};

const STATE_WORD: Record<BreakerStateName, string> = { OPEN: 'opens', HALF_OPEN: 'goes half-open', CLOSED: 'closes' };

/** In words, for a button or a checkpoint: "the breaker on pay opens", "a message is dead-lettered at orders". */
export function describeCondition(c: WatchCondition): string {
  if (c.on === 'lag') return `consistency lag ${c.target ? `at ${c.target} ` : ''}is over ${c.overMs} ms`;
  if (c.on === 'breaker' && c.state) return `${c.target ? `the breaker on ${c.target}` : 'a breaker'} ${STATE_WORD[c.state]}`;
  if (c.on === 'breaker' && c.target) return `the breaker on ${c.target} changes state`;
  return c.target ? `${WHAT[c.on]} at ${c.target}` : WHAT[c.on];
}
