/**
 * Third-party API (a payment provider, a geocoder): a black box across the internet. It answers
 * after a heavy-tailed latency, fails a share of calls on its own, has outages (faults), and
 * enforces a quota across all its callers (a token bucket at the provider: over it → 429). It has
 * no queue we can see, so our load changes its quota use but not its speed. Callers protect
 * themselves on the REST link: timeout, retries, circuit breaker.
 *
 * `failureMode: 'hang'` models a struggling provider whose failing calls never answer: only the
 * caller's timeout ends them (a link without one waits forever, which is the lesson).
 */
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import type { Rng } from '../core/rng';
import type { Outcome, Replier, Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import { LogHistogram } from '../metrics/histogram';
import { TokenBucket } from '../policies/rate-limiter';
import type { RunContext } from '../run/context';
import { fmtMs } from '../trace/recording';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { externalApiSchema, type ExternalApiParams, externalApiInfo } from './external-api.schema';

export { externalApiSchema, type ExternalApiParams } from './external-api.schema';

/** A call the provider will answer later. */
interface Pending {
  req: Request;
  caller: Replier;
  outcome: Outcome;
  startedAt: number;
  span: number;
}

const ANSWER = 0;

export class ExternalApi implements PatternNode, EventTarget {
  readonly outlets = [];
  private readonly latency: Sampler;
  private readonly errors: Rng;
  private readonly fault: FaultState;
  private readonly quota?: TokenBucket;
  private readonly okMs = new LogHistogram();
  private inFlight = 0;
  private inFlightCounted = 0;
  private readonly c = { calls: 0, ok: 0, errors: 0, unavailable: 0, rateLimited: 0, hung: 0 };

  constructor(
    readonly id: string,
    readonly params: ExternalApiParams,
    private readonly ctx: RunContext,
  ) {
    this.latency = createSampler(params.latency, ctx.stream(`${id}/latency`));
    this.errors = ctx.stream(`${id}/errors`);
    this.fault = ctx.faults(id);
    const rate = params.quotaPerSec;
    if (rate !== undefined) this.quota = new TokenBucket({ refillPerSec: rate, capacity: params.quotaBurst ?? Math.max(1, Math.round(rate)) }, 0);
  }

  accept(req: Request, caller: Replier, now: number): void {
    const counted = req.counted;
    if (counted) this.c.calls++;
    const rec = req.trace;
    const span = rec === undefined ? -1 : rec.open(rec.parent, this.id, 'service', this.id, now);
    const hang = this.params.failureMode === 'hang';
    if (this.fault.down || this.fault.takeFailFirst()) {
      if (hang) return this.hung(req, span, now, 'provider unreachable: no answer');
      if (counted) this.c.unavailable++;
      rec?.close(span, now, 'error', 'provider down: 503 at once');
      return caller.reply('error', false, now);
    }
    // The quota is spent by every call that reaches the provider, whatever becomes of it.
    if (this.quota && !this.quota.tryTake(now)) {
      if (counted) this.c.rateLimited++;
      rec?.close(span, now, 'rateLimited', '429: over the provider quota');
      return caller.reply('rateLimited', false, now);
    }
    const failed = this.errors.next() < this.fault.errorRate(this.params.errorRate);
    if (failed && hang) return this.hung(req, span, now, 'failing call: no answer');
    const ms = this.latency() + this.fault.extraMs;
    this.inFlight++;
    if (counted) this.inFlightCounted++;
    if (span >= 0) rec!.add(span, 'provider work', 'work', this.id, now, now + ms, `provider ${fmtMs(ms)}`);
    this.ctx.kernel.schedule(now + ms, this, ANSWER, { req, caller, outcome: failed ? 'error' : 'ok', startedAt: now, span } satisfies Pending);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const p = data as Pending;
    this.inFlight--;
    if (p.req.counted) {
      this.inFlightCounted--;
      if (p.outcome === 'ok') {
        this.c.ok++;
        this.okMs.record(now - p.startedAt);
      } else this.c.errors++;
    }
    if (p.span >= 0) p.req.trace!.close(p.span, now, p.outcome, p.outcome === 'ok' ? undefined : '5xx from the provider');
    p.caller.reply(p.outcome, false, now);
  }

  /** The call is dropped: nobody will ever answer it. */
  private hung(req: Request, span: number, now: number, why: string): void {
    if (req.counted) this.c.hung++;
    if (span >= 0) req.trace!.annotate(span, undefined, why);
  }

  gauge(now: number): { queueDepth: number; inFlight: number; metrics: Record<string, number> } {
    const metrics: Record<string, number> = { rateLimited: this.c.rateLimited, errors: this.c.errors + this.c.unavailable + this.c.hung };
    if (this.quota) metrics.quotaLeft = Math.max(0, Math.floor(this.quota.tokens(now)));
    return { queueDepth: 0, inFlight: this.inFlight, metrics };
  }

  report(now: number): PatternReport {
    const values: Record<string, number> = { ...this.c, inFlightAtEnd: this.inFlightCounted };
    if (this.quota) values.quotaLeftAtEnd = Math.max(0, Math.floor(this.quota.tokens(now)));
    return { kind: 'externalApi', values, summaries: { latencyMs: this.okMs.summary() } };
  }
}

export const externalApiKind: PatternKind<typeof externalApiSchema> = {
  info: externalApiInfo,
  schema: externalApiSchema,
  create: (id, params, ctx) => new ExternalApi(id, params, ctx),
};
