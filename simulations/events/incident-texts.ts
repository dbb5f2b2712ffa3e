/**
 * The one-line explanations of incidents, with the numbers that caused them. Kept apart from the
 * components so that each hook where an incident happens stays one line.
 */
import type { BreakerMetricsSnapshot } from '../policies/breaker-metrics';
import type { BreakerTransition, CircuitBreakerConfig } from '../policies/circuit-breaker';
import { linkName, pct, type Incident } from './incidents';

/** Why a breaker on link `id` (from → to) changed state; `before` = its call window when it decided. */
export function breakerIncident(id: string, from: string, to: string, t: BreakerTransition, before: BreakerMetricsSnapshot, c: CircuitBreakerConfig): Incident {
  const name = `Breaker on ${linkName(from, to)}`;
  const n = before.numberOfBufferedCalls;
  const failedHigh = before.failureRate >= c.failureRateThreshold;
  const slowHigh = before.slowCallRate >= c.slowCallRateThreshold;
  const failed = `${before.numberOfFailedCalls} of the last ${n} calls failed (${pct(before.failureRate)}, threshold ${c.failureRateThreshold} %)`;
  const slow = `${before.numberOfSlowCalls} of the last ${n} calls took over ${c.slowCallDurationThreshold} ms (${pct(before.slowCallRate)}, threshold ${c.slowCallRateThreshold} %)`;
  let text: string;
  if (t.to === 'OPEN' && t.from === 'CLOSED') text = `${name} opened: ${failedHigh ? failed : slowHigh ? slow : 'tripped by hand'}`;
  else if (t.to === 'OPEN') {
    const why = failedHigh ? failed.replace('the last', 'the') : slowHigh ? slow.replace('the last', 'the') : `no decision within ${c.maxWaitDurationInHalfOpenState} ms half-open`;
    text = `${name} opened again after its trial calls: ${why.replace(' calls ', ' trial calls ')}`;
  } else if (t.to === 'HALF_OPEN') {
    text = `${name} half-open: ${c.waitDurationInOpenState} ms passed since it opened; letting ${c.permittedNumberOfCallsInHalfOpenState} trial calls through`;
  } else if (t.from === 'HALF_OPEN') {
    text = `${name} closed: ${before.numberOfSuccessfulCalls} of ${n} trial calls succeeded (failure rate ${pct(Math.max(0, before.failureRate))}, below ${c.failureRateThreshold} %)`;
  } else text = `${name} closed (reset)`;
  return { atMs: t.atMs, kind: 'breaker', linkId: id, state: t.to, text };
}

/** A message that has been received `receives` times without success goes to the dead-letter queue (or is dropped). */
export function deadLetterIncident(queueId: string, eventType: string, receives: number, dlq: string | undefined, now: number): Incident {
  const where = dlq ? `moved to ${dlq}` : 'dropped (no dead-letter queue)';
  return { atMs: now, kind: 'deadLetter', nodeId: queueId, text: `Dead-lettered at ${queueId}: a ${eventType} message failed ${receives} deliveries (max receives reached) and was ${where}` };
}

/** A saga that ended compensated (`why`: e.g. "payment failed (timeout)"), every done step undone. */
export function compensationIncident(nodeId: string, sagaId: string, why: string, elapsedMs: number, now: number): Incident {
  return { atMs: now, kind: 'compensation', nodeId, text: `Saga ${sagaId} compensated at ${nodeId}: ${why}; every done step undone ${Math.round(elapsedMs)} ms after it started` };
}

/** A read answered from a view that lacks an acknowledged write (`lagMs`: the lag of the event the view applied last). */
export function staleReadIncident(nodeId: string, aggregate: string, lagMs: number, now: number): Incident {
  return { atMs: now, kind: 'staleRead', nodeId, text: `Stale read at ${nodeId}: ${aggregate} has an acknowledged write the view has not applied yet (the view runs ${Math.round(lagMs)} ms behind)` };
}
