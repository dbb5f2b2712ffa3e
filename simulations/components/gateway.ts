/**
 * API gateway: the one door in front of the services. Each request costs it some processing time
 * (TLS, plugins, routing); then, in the order Kong and most gateways run their plugins, it checks
 * credentials (a share arrive bad: 401 at the edge, never forwarded), the calling client's rate limit
 * (a token bucket per client id, `req.origin`: 429), and the route (no route: 404), and only then
 * forwards the request over the REST link of its route and passes the answer back.
 */
import type { EventTarget } from '../core/kernel';
import { createSampler, type Sampler } from '../core/distributions';
import type { Rng } from '../core/rng';
import type { Outcome, Replier, Request } from '../core/types';
import type { FaultState } from '../faults/fault-state';
import { LogHistogram } from '../metrics/histogram';
import { TokenBucket } from '../policies/rate-limiter';
import type { RunContext } from '../run/context';
import { fmtMs, NO_SPAN } from '../trace/recording';
import { RouteTable } from './gateway-routes';
import type { Outlet } from './outlet';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { gatewaySchema, type GatewayParams, gatewayInfo } from './gateway.schema';

export { gatewaySchema, type GatewayParams } from './gateway.schema';

/** One request at the gateway; it also waits for the routed service's answer. */
class Pass implements Replier {
  span = NO_SPAN;
  constructor(
    readonly gw: Gateway,
    readonly req: Request,
    readonly caller: Replier,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.gw.answered(this, outcome, degraded, now);
  }
}

/** Per-client counts, reported as `<count>.<client id>`. */
interface PerClient {
  requests: number;
  unauthorized: number;
  rateLimited: number;
}

const PROCESSED = 0;

export class Gateway implements PatternNode, EventTarget {
  readonly outlets: Outlet[] = [];
  private routes!: RouteTable;
  private readonly work: Sampler;
  private readonly auth: Rng;
  private readonly errors: Rng;
  private readonly fault: FaultState;
  private readonly buckets = new Map<string, TokenBucket | null>();
  private readonly added = new LogHistogram();
  private inFlight = 0;
  private inFlightCounted = 0;
  private readonly c = { requests: 0, unauthorized: 0, rateLimited: 0, unrouted: 0, rejected: 0, errors: 0, forwarded: 0, answeredOk: 0, answeredFailed: 0 };
  private readonly clients = new Map<string, PerClient>();
  private readonly forwardedTo = new Map<string, number>();

  constructor(
    readonly id: string,
    readonly params: GatewayParams,
    private readonly ctx: RunContext,
  ) {
    this.work = createSampler(params.processingTime, ctx.stream(`${id}/work`));
    this.auth = ctx.stream(`${id}/auth`);
    this.errors = ctx.stream(`${id}/errors`);
    this.fault = ctx.faults(id);
  }

  start(): void {
    const sync = this.outlets.filter((o) => o.sync);
    this.routes = new RouteTable(sync, this.ctx.stream(`${this.id}/routes`));
    for (const o of sync) this.forwardedTo.set(o.to, 0);
  }

  accept(req: Request, caller: Replier, now: number): void {
    const p = new Pass(this, req, caller);
    const rec = req.trace;
    if (rec !== undefined) p.span = rec.open(rec.parent, this.id, 'service', this.id, now);
    if (req.counted) {
      this.c.requests++;
      this.client(req.origin).requests++;
    }
    if (this.fault.down || this.fault.takeFailFirst()) {
      if (req.counted) this.c.errors++;
      return this.end(p, 'error', false, now, 'gateway down: refused at once');
    }
    if (this.inFlight >= (this.params.maxInFlight ?? Infinity)) {
      if (req.counted) this.c.rejected++;
      return this.end(p, 'rejected', false, now, `${this.inFlight} requests in progress (503)`);
    }
    this.inFlight++;
    if (req.counted) this.inFlightCounted++;
    const ms = this.work() + this.fault.extraMs;
    if (req.counted) this.added.record(ms);
    if (p.span >= 0) rec!.add(p.span, 'gateway work', 'work', this.id, now, now + ms, `TLS, plugins, routing ${fmtMs(ms)}`);
    this.ctx.kernel.schedule(now + ms, this, PROCESSED, p);
  }

  onEvent(_kind: number, data: unknown, now: number): void {
    const p = data as Pass;
    const req = p.req;
    const errorRate = this.fault.errorRate(0);
    if (errorRate > 0 && this.errors.next() < errorRate) return this.leave(p, 'error', 'errors', now, 'the gateway itself failed (502)');
    // Authentication first: a rejected caller costs the services nothing and does not spend its rate limit.
    if (this.params.badCredentialsShare > 0 && this.auth.next() < this.params.badCredentialsShare) {
      if (req.counted) this.client(req.origin).unauthorized++;
      return this.leave(p, 'rejected', 'unauthorized', now, '401: bad credentials');
    }
    const bucket = this.bucketOf(req.origin);
    if (bucket && !bucket.tryTake(now)) {
      if (req.counted) this.client(req.origin).rateLimited++;
      return this.leave(p, 'rateLimited', 'rateLimited', now, `429: ${req.origin} is over its limit`);
    }
    const target = this.routes.resolve(req.op);
    if (!target) return this.leave(p, 'error', 'unrouted', now, `404: no route for ${req.op}`);
    if (req.counted) {
      this.c.forwarded++;
      this.forwardedTo.set(target.to, (this.forwardedTo.get(target.to) ?? 0) + 1);
    }
    if (p.span >= 0) req.trace!.parent = p.span;
    target.call(req, p, now);
  }

  /** The routed service answered: pass it back as it is. */
  answered(p: Pass, outcome: Outcome, degraded: boolean, now: number): void {
    if (p.req.counted) this.c[outcome === 'ok' ? 'answeredOk' : 'answeredFailed']++;
    this.inFlight--;
    if (p.req.counted) this.inFlightCounted--;
    this.end(p, outcome, degraded, now);
  }

  /** Answered by the gateway itself after its processing, never forwarded. */
  private leave(p: Pass, outcome: Outcome, count: 'errors' | 'unauthorized' | 'rateLimited' | 'unrouted', now: number, why: string): void {
    this.inFlight--;
    if (p.req.counted) {
      this.inFlightCounted--;
      this.c[count]++;
    }
    this.end(p, outcome, false, now, why);
  }

  private end(p: Pass, outcome: Outcome, degraded: boolean, now: number, why?: string): void {
    if (p.span >= 0) p.req.trace!.close(p.span, now, outcome, why);
    p.caller.reply(outcome, degraded, now);
  }

  private bucketOf(client: string): TokenBucket | null {
    let b = this.buckets.get(client);
    if (b === undefined) {
      const own = this.params.clientLimits?.[client];
      const rate = own?.refillPerSec ?? this.params.rateLimitPerSec;
      b = rate === undefined ? null : new TokenBucket({ refillPerSec: rate, capacity: own?.capacity ?? this.params.rateLimitBurst }, 0);
      this.buckets.set(client, b);
    }
    return b;
  }

  private client(id: string): PerClient {
    let c = this.clients.get(id);
    if (!c) this.clients.set(id, (c = { requests: 0, unauthorized: 0, rateLimited: 0 }));
    return c;
  }

  gauge(): { queueDepth: number; inFlight: number; metrics: Record<string, number> } {
    return { queueDepth: 0, inFlight: this.inFlight, metrics: { unauthorized: this.c.unauthorized, rateLimited: this.c.rateLimited, unrouted: this.c.unrouted } };
  }

  report(): PatternReport {
    const values: Record<string, number> = { ...this.c, inFlightAtEnd: this.inFlightCounted };
    values.unauthorizedShare = this.c.requests === 0 ? 0 : this.c.unauthorized / this.c.requests;
    for (const [id, c] of [...this.clients].sort(([a], [b]) => (a < b ? -1 : 1))) {
      values[`requests.${id}`] = c.requests;
      values[`unauthorized.${id}`] = c.unauthorized;
      values[`rateLimited.${id}`] = c.rateLimited;
    }
    for (const [to, n] of this.forwardedTo) values[`forwarded.${to}`] = n;
    return { kind: 'gateway', values, summaries: { processingMs: this.added.summary() } };
  }
}

export const gatewayKind: PatternKind<typeof gatewaySchema> = {
  info: gatewayInfo,
  schema: gatewaySchema,
  create: (id, params, ctx) => new Gateway(id, params, ctx),
};
