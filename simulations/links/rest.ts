/**
 * REST link: a synchronous call with network latency and the resilience policies, layered in
 * Resilience4j's default decorator order Retry(CircuitBreaker(RateLimiter(TimeLimiter(Bulkhead(call))))):
 * every retry attempt asks the breaker, takes a token, gets its own deadline and bulkhead slot.
 */
import { z } from 'zod';
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import type { Rng } from '../core/rng';
import type { Outcome, Replier, Request, SyncCallee } from '../core/types';
import type { Outlet } from '../components/outlet';
import type { FaultState } from '../faults/fault-state';
import { BREAKER_LEVEL, LinkStats } from '../metrics/link-stats';
import { Bulkhead } from '../policies/bulkhead';
import { CircuitBreaker } from '../policies/circuit-breaker';
import { TokenBucket } from '../policies/rate-limiter';
import { backoffDelay, type RetryConfig } from '../policies/retry';
import type { RunContext } from '../run/context';
import { NO_SPAN } from '../trace/recording';
import { breakerIncident } from '../events/incident-texts';
import { traceAttemptEnd, traceAttemptStart, traceBackoff, traceNetwork, traceRateLimitWait } from '../trace/link-spans';
import { linkBase, probabilitySchema } from '../scenario/common';
import { distributionSchema } from '../scenario/distribution-schema';
import { bulkheadSchema, circuitBreakerSchema, rateLimiterSchema, retrySchema, timeoutSchema } from '../scenario/policy-schemas';

export const restLinkSchema = z
  .strictObject({
    ...linkBase,
    kind: z.literal('rest'),
    latency: distributionSchema.default({ type: 'constant', value: 1 }).describe('Network delay added to each attempt (ms)'),
    probability: probabilitySchema.default(1).describe('Chance the caller makes this call for a request'),
    weight: z.number().finite().min(0).max(1e6).default(1).describe("Share of a client's traffic when it has several links"),
    fallback: z.boolean().default(false).describe('On failure the caller answers degraded instead of failing'),
    timeout: timeoutSchema.optional(),
    retry: retrySchema.optional(),
    circuitBreaker: circuitBreakerSchema.optional(),
    rateLimiter: rateLimiterSchema.optional(),
    bulkhead: bulkheadSchema.optional(),
  })
  .describe('Synchronous REST call');
export type RestLinkParams = z.infer<typeof restLinkSchema>;

interface Call {
  req: Request;
  caller: Replier;
  attempt: number;
  prevDelay: number;
  startedAt: number;
  /** The call's span when the request is traced. */
  span: number;
}

/** One try of a call; the callee answers it directly. */
class Attempt implements Replier {
  finished = false;
  bulkhead = false;
  /** Refused on the caller's side (breaker, limiter, bulkhead): the breaker does not record it. */
  local = false;
  /** Trace spans of this attempt and of its trip over the network (NO_SPAN when untraced). */
  span = NO_SPAN;
  net = NO_SPAN;

  constructor(
    readonly link: RestLink,
    readonly call: Call,
    public startedAt: number,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.link.end(this, outcome, now, degraded);
  }
}

const ARRIVE = 0;
const DEADLINE = 1;
const RETRY = 2;
const PROCEED = 3;
const BREAKER_TICK = 4;

export class RestLink implements EventTarget, Outlet {
  readonly sync = true;
  readonly stats = new LinkStats();
  readonly breaker?: CircuitBreaker;
  private readonly limiter?: TokenBucket;
  private readonly bulkhead?: Bulkhead;
  private readonly retry?: RetryConfig & { retryOn: readonly Outcome[] };
  private readonly latency: Sampler;
  private readonly jitter: Rng;
  private readonly fault: FaultState;
  private readonly zeroLatency: boolean;
  private tickAt: number | undefined;
  /** A traced attempt's note when its deadline passes (built once, not per timeout). */
  private readonly deadlineNote?: string;

  constructor(
    readonly id: string,
    readonly params: RestLinkParams,
    private readonly target: SyncCallee,
    private readonly ctx: RunContext,
  ) {
    this.latency = createSampler(params.latency, ctx.stream(`${id}/latency`));
    this.zeroLatency = params.latency.type === 'constant' && params.latency.value === 0;
    this.jitter = ctx.stream(`${id}/jitter`);
    this.fault = ctx.faults(id);
    if (params.timeout) this.deadlineNote = `timed out after ${params.timeout.timeoutMs} ms`;
    if (params.retry) this.retry = params.retry;
    if (params.rateLimiter) this.limiter = new TokenBucket(params.rateLimiter, 0);
    if (params.bulkhead) this.bulkhead = new Bulkhead(params.bulkhead.maxConcurrentCalls);
    if (params.circuitBreaker) {
      this.breaker = new CircuitBreaker(params.circuitBreaker, (t, before) => {
        this.stats.transitions.push(t);
        ctx.incident(breakerIncident(id, params.from, params.to, t, before, this.breaker!.config));
        this.scheduleBreakerTick();
      });
    }
  }

  /** The node at the other end. */
  get to(): string {
    return this.params.to;
  }

  get weight(): number {
    return this.params.weight;
  }
  get probability(): number {
    return this.params.probability;
  }
  get fallback(): boolean {
    return this.params.fallback;
  }

  call(req: Request, caller: Replier, now: number): void {
    if (req.counted) this.stats.calls++;
    this.stats.w[0]++;
    const rec = req.trace;
    const span = rec === undefined ? NO_SPAN : rec.open(rec.parent, `call ${this.target.id}`, 'call', this.id, now);
    this.attempt({ req, caller, attempt: 0, prevDelay: this.retry?.baseMs ?? 0, startedAt: now, span }, now);
  }

  onEvent(kind: number, data: unknown, now: number): void {
    switch (kind) {
      case ARRIVE: return this.arrive(data as Attempt, now);
      case DEADLINE: return this.end(data as Attempt, 'timeout', now, false, this.deadlineNote);
      case RETRY: return this.attempt(data as Call, now);
      case PROCEED: return this.proceed(data as Attempt, now);
      case BREAKER_TICK:
        if (data !== this.tickAt) return; // superseded by a later schedule
        this.tickAt = undefined;
        this.breaker!.advance(now);
        return this.scheduleBreakerTick();
    }
  }

  private attempt(call: Call, now: number): void {
    call.attempt++;
    if (call.req.counted) this.stats.attempts++;
    const att = new Attempt(this, call, now);
    if (call.span >= 0) att.span = traceAttemptStart(call, this.id, now);
    if (this.breaker && !this.breaker.tryAcquirePermission(now)) {
      att.local = true;
      return this.end(att, 'shortCircuited', now, false, `breaker ${this.breaker.state}: not called`);
    }
    if (this.limiter) {
      const wait = this.params.rateLimiter!.maxWaitMs > 0 ? this.limiter.reserve(now, this.params.rateLimiter!.maxWaitMs) : this.limiter.tryTake(now) ? 0 : -1;
      if (wait < 0) {
        this.breaker?.releasePermission(now);
        att.local = true;
        return this.end(att, 'rateLimited', now, false, 'rate limiter: no permit');
      }
      if (wait > 0) {
        if (att.span >= 0) traceRateLimitWait(att, this.id, now, wait);
        return this.ctx.kernel.schedule(now + wait, this, PROCEED, att);
      }
    }
    this.proceed(att, now);
  }

  private proceed(att: Attempt, now: number): void {
    if (this.bulkhead) {
      if (!this.bulkhead.tryEnter()) {
        this.breaker?.releasePermission(now);
        att.local = true;
        return this.end(att, 'rejected', now, false, 'bulkhead full');
      }
      att.bulkhead = true;
    }
    att.startedAt = now;
    if (this.params.timeout) this.ctx.kernel.schedule(now + this.params.timeout.timeoutMs, this, DEADLINE, att);
    // A partitioned link loses the request: only a timeout ends the wait.
    if (this.fault.partition > 0) {
      if (att.span >= 0) traceNetwork(att, this.id, now, Infinity, 0);
      return;
    }
    if (this.fault.outage > 0) return this.end(att, 'error', now, false, 'link outage');
    const delay = this.latency() + this.fault.extraMs;
    if (att.span >= 0) traceNetwork(att, this.id, now, delay, this.fault.extraMs);
    if (delay <= 0 && this.zeroLatency) this.arrive(att, now);
    else this.ctx.kernel.schedule(now + delay, this, ARRIVE, att);
  }

  private arrive(att: Attempt, now: number): void {
    if (att.finished) return; // timed out on the way; the callee never sees it
    if (att.span >= 0) att.call.req.trace!.parent = att.span;
    this.target.accept(att.call.req, att, now);
  }

  end(att: Attempt, outcome: Outcome, now: number, degraded = false, why?: string): void {
    if (att.finished) return; // a late answer after the deadline: the callee did the work, nobody waits
    att.finished = true;
    const call = att.call;
    if (att.span >= 0) traceAttemptEnd(att, outcome, now, why);
    if (att.bulkhead) this.bulkhead!.exit();
    const duration = now - att.startedAt;
    if (this.breaker && !att.local) {
      if (outcome === 'ok') this.breaker.onSuccess(duration, now);
      else this.breaker.onError(duration, now);
    }
    this.stats.onAttemptEnd(call.req.counted, outcome);
    const r = this.retry;
    if (outcome !== 'ok' && r && call.attempt < r.maxAttempts && r.retryOn.includes(outcome)) {
      if (call.req.counted) this.stats.retries++;
      this.stats.w[6]++;
      const delay = backoffDelay(r, call.attempt, call.prevDelay, () => this.jitter.next());
      call.prevDelay = delay;
      if (call.span >= 0) traceBackoff(call, this.id, now, delay);
      this.ctx.kernel.schedule(now + delay, this, RETRY, call);
      return;
    }
    if (outcome === 'ok' && call.req.counted) this.stats.latency.record(now - call.startedAt);
    if (call.span >= 0) call.req.trace!.close(call.span, now, outcome, degraded ? 'degraded answer' : call.attempt > 1 ? `after ${call.attempt} attempts` : undefined);
    call.caller.reply(outcome, degraded, now);
  }

  private scheduleBreakerTick(): void {
    const at = this.breaker?.nextTimedTransitionAt();
    if (at === undefined || at === Infinity || at === this.tickAt) return;
    this.tickAt = at;
    this.ctx.kernel.schedule(at, this, BREAKER_TICK, at);
  }

  window(now: number): number[] {
    const b = this.breaker;
    const m = b?.metrics(now);
    return this.stats.window(b ? BREAKER_LEVEL[b.state] : 0, m ? Math.max(0, m.failureRate) : 0);
  }
}
