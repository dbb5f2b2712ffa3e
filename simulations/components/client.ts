/**
 * Client: the traffic source. Open loop (constant, Poisson, bursts, ramp) or closed loop
 * (N users with think time), with a weighted operation mix in the guide's REST resource style.
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import { createSampler, type Sampler } from '../core/distributions';
import type { Outcome, Replier, Request } from '../core/types';
import { ClientStats } from '../metrics/client-stats';
import type { RunContext } from '../run/context';
import { createArrivals, type ArrivalProcess } from './traffic';
import type { Outlet } from './outlet';
import type { ClientParams } from './client.schema';

export { operationSchema, clientSchema, type ClientParams } from './client.schema';

const ARRIVE = 0;
const THINK_DONE = 1;
/** The least time a closed-loop cycle takes (the default link latency), so a run always moves on. */
const ZERO_TIME_ROUND_TRIP_MS = 1;

export class Client implements EventTarget {
  readonly stats = new ClientStats();
  readonly outlets: Outlet[] = [];
  private readonly arrivals?: ArrivalProcess;
  private readonly think?: Sampler;
  private readonly pick: Rng;
  private readonly keys: Rng;
  private readonly route: Rng;
  private readonly cumulative: number[];
  private readonly stopAt: number;
  private totalWeight = 0;
  /** Measured requests traced so far among the tracer's "first N" of this client. */
  private tracedFirst = 0;

  constructor(
    readonly id: string,
    readonly params: ClientParams,
    private readonly ctx: RunContext,
  ) {
    const t = params.traffic;
    if (t.type === 'closed') this.think = createSampler(t.thinkTime, ctx.stream(`${id}/think`));
    else this.arrivals = createArrivals(t, params.startAtMs, ctx.stream(`${id}/arrivals`));
    this.pick = ctx.stream(`${id}/ops`);
    this.keys = ctx.stream(`${id}/keys`);
    this.route = ctx.stream(`${id}/route`);
    let sum = 0;
    this.cumulative = params.operations.map((o) => (sum += o.weight));
    this.stopAt = params.stopAtMs ?? Infinity;
  }

  /** Schedules the first arrivals; called once the topology is wired. */
  start(): void {
    const k = this.ctx.kernel;
    this.totalWeight = this.outlets.reduce((s, o) => s + o.weight, 0);
    const t0 = this.params.startAtMs;
    if (this.think) {
      const users = (this.params.traffic as { users: number }).users;
      // Stagger the users by one think time so they do not all fire at t0.
      for (let u = 0; u < users; u++) k.schedule(t0 + this.think(), this, THINK_DONE);
    } else if (!silent(this.params.traffic)) {
      k.schedule(t0, this, ARRIVE);
    }
  }

  onEvent(kind: number, _data: unknown, now: number): void {
    if (now >= this.stopAt) return;
    if (kind === ARRIVE) {
      const next = this.arrivals!(now);
      if (next < this.stopAt) this.ctx.kernel.schedule(next, this, ARRIVE);
    }
    this.send(now, kind === THINK_DONE);
  }

  private send(now: number, closed: boolean): void {
    const req: Request = {
      id: this.ctx.nextRequestId(),
      op: this.operation(),
      origin: this.id,
      createdAt: now,
      counted: now >= this.ctx.warmupMs,
      key: 1 + Math.floor(this.keys.next() * this.params.keySpace),
      originAt: now,
      trace: undefined,
    };
    this.stats.onSend(req.counted);
    const tracer = this.ctx.tracer;
    if (tracer !== undefined) {
      // Sampling by count and request id only: no random stream is touched, so numbers do not change.
      const early = req.counted && this.tracedFirst < tracer.first;
      if (early) this.tracedFirst++;
      if (early || req.id % tracer.every === 0) tracer.begin(req, this.id, now).parent = 0;
    }
    const outlet = this.outlet();
    const pending = new PendingRequest(this, req, closed);
    if (!outlet) pending.reply('error', false, now);
    else outlet.call(req, pending, now);
  }

  answered(p: PendingRequest, outcome: Outcome, degraded: boolean, now: number): void {
    this.stats.onEnd(p.req.counted, outcome, degraded, now - p.req.createdAt);
    if (p.req.trace !== undefined) this.ctx.tracer?.finish(p.req.trace, outcome, degraded, now);
    if (!p.closed || now >= this.stopAt) return;
    let think = this.think!();
    // A user who does not think and was answered in the instant it asked (an open breaker, a rate
    // limiter, a service in an outage) would ask again at that same instant forever, and simulated
    // time would stop. Such a round trip is taken to last ZERO_TIME_ROUND_TRIP_MS instead.
    if (!(think > 0) && now === p.req.createdAt) think = ZERO_TIME_ROUND_TRIP_MS;
    this.ctx.kernel.schedule(now + think, this, THINK_DONE);
  }

  private operation(): string {
    const ops = this.params.operations;
    if (ops.length === 1) return ops[0].name;
    const x = this.pick.next() * this.cumulative[this.cumulative.length - 1];
    for (let i = 0; i < ops.length; i++) if (x < this.cumulative[i]) return ops[i].name;
    return ops[ops.length - 1].name;
  }

  private outlet(): Outlet | undefined {
    if (this.outlets.length <= 1) return this.outlets[0];
    let x = this.route.next() * this.totalWeight;
    for (const o of this.outlets) if ((x -= o.weight) < 0) return o;
    return this.outlets[this.outlets.length - 1];
  }
}

/** Open-loop traffic whose rates are all zero never sends, not even a first request. */
function silent(t: ClientParams['traffic']): boolean {
  switch (t.type) {
    case 'constant':
    case 'poisson':
      return t.ratePerSec <= 0;
    case 'bursts':
      return t.ratePerSec <= 0 && t.baseRatePerSec <= 0;
    case 'ramp':
      return t.fromRatePerSec <= 0 && t.toRatePerSec <= 0;
    default:
      return false;
  }
}

class PendingRequest implements Replier {
  constructor(
    readonly client: Client,
    readonly req: Request,
    readonly closed: boolean,
  ) {}

  reply(outcome: Outcome, degraded: boolean, now: number): void {
    this.client.answered(this, outcome, degraded, now);
  }
}
