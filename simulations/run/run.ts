/**
 * A run: the scenario wired into components and links on one kernel, advanced by simulated time
 * or by event count, read through snapshots and a final report. Nothing here knows about wall
 * time: a browser worker paces it, the CLI and tests run it flat out.
 */
import { Kernel, type EventTarget } from '../core/kernel';
import { createStream, type Rng } from '../core/rng';
import type { MessageSink, SyncCallee } from '../core/types';
import type { PatternNode, Subscription } from '../components/pattern-kind';
import { patternKindOf } from '../components/registry';
import { patternBehaviourOf } from '../components/behaviours';
import { Client } from '../components/client';
import { Queue } from '../components/queue';
import { Service } from '../components/service';
import { Topic } from '../components/topic';
import { EventLog } from '../events/event-log';
import { IncidentLog, type Incident } from '../events/incidents';
import { Breakpoints } from '../watch/breakpoints';
import type { WatchCondition } from '../watch/condition';
import { FaultState } from '../faults/fault-state';
import { faultSchema, FaultSchedule } from '../faults/schedule';
import { formatPath } from '../scenario/validate';
import { DeliverLink } from '../links/deliver';
import { ProduceLink } from '../links/produce';
import { RestLink } from '../links/rest';
import { ConsumerLag, LAG_SERIES } from '../metrics/lag-stats';
import { CLIENT_SERIES } from '../metrics/client-stats';
import { LINK_SERIES } from '../metrics/link-stats';
import { NODE_SERIES } from '../metrics/node-stats';
import { QUEUE_SERIES } from '../metrics/queue-stats';
import { WindowSeries } from '../metrics/timeseries';
import type { Scenario } from '../scenario/schema';
import type { RunContext } from './context';
import type { Report } from './report';
import { takeSnapshot, type Snapshot, type SnapshotCursor } from './snapshot';
import { Tracer } from '../trace/tracer';
import type { Trace } from '../trace/types';

export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  durationMs?: number;
  warmupMs?: number;
  windowMs?: number;
  /** Windows kept per time series (older ones fall off). */
  seriesCapacity?: number;
  /** Record sampled request traces (default true). Never changes the run's numbers. */
  trace?: boolean;
}

interface Probe {
  series: WindowSeries;
  sample(now: number): number[];
}

export class Run implements EventTarget {
  readonly kernel = new Kernel();
  readonly seed: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly windowMs: number;
  readonly clients = new Map<string, Client>();
  readonly services = new Map<string, Service>();
  readonly queues = new Map<string, Queue>();
  readonly topics = new Map<string, Topic>();
  /** Nodes of the pattern kinds (gateway, database, stream, saga, …), wired through PatternNode. */
  readonly patterns = new Map<string, PatternNode>();
  readonly restLinks = new Map<string, RestLink>();
  readonly produceLinks = new Map<string, ProduceLink>();
  readonly deliverLinks = new Map<string, DeliverLink>();
  readonly eventLog = new EventLog();
  /** Breaker changes, dead-letters, compensations, stale reads, each with its one-line explanation. */
  readonly incidents = new IncidentLog();
  private readonly breakpoints = new Breakpoints(this.incidents, this.kernel);
  readonly faultSchedule: FaultSchedule;
  readonly probes = new Map<string, Probe>();
  /** Consistency lag per consumer node; its series key is `lag/<node id>` ("/" never occurs in an id). */
  readonly lags = new Map<string, ConsumerLag>();
  /** Sampled request traces; undefined when the run was started with `trace: false`. */
  readonly tracer?: Tracer;
  private readonly faultStates = new Map<string, FaultState>();
  private readonly sharedState = new Map<string, unknown>();
  /** Subscriptions that pattern brokers (e.g. a stream's consumer groups) handed out, reported beside queues. */
  private readonly patternSubscriptions = new Set<Subscription>();
  private requestSeq = 0;

  constructor(
    readonly scenario: Scenario,
    opts: RunOptions = {},
  ) {
    this.seed = opts.seed ?? scenario.seed;
    this.durationMs = opts.durationMs ?? scenario.run.durationMs;
    this.warmupMs = Math.min(opts.warmupMs ?? scenario.run.warmupMs, this.durationMs);
    this.windowMs = opts.windowMs ?? scenario.run.windowMs;
    if (opts.trace !== false) this.tracer = new Tracer();
    const ctx = this.context();
    this.build(ctx, opts.seriesCapacity ?? 3600);
    this.faultSchedule = new FaultSchedule(scenario.faults, (id) => ctx.faults(id));
    this.faultSchedule.start(this.kernel);
    for (const c of this.clients.values()) c.start();
    this.kernel.schedule(this.windowMs, this, 0);
  }

  private context(): RunContext {
    const seed = this.seed;
    return {
      kernel: this.kernel,
      seed,
      warmupMs: this.warmupMs,
      eventLog: this.eventLog,
      tracer: this.tracer,
      incident: (i: Incident) => this.incidents.append(i),
      stream: (key: string): Rng => createStream(seed, key),
      nextRequestId: () => ++this.requestSeq,
      lag: (id: string) => this.lagOf(id),
      shared: <T>(key: string, create: () => T): T => {
        if (!this.sharedState.has(key)) this.sharedState.set(key, create());
        return this.sharedState.get(key) as T;
      },
      faults: (id: string) => {
        let f = this.faultStates.get(id);
        if (!f) this.faultStates.set(id, (f = new FaultState()));
        return f;
      },
    };
  }

  private build(ctx: RunContext, cap: number): void {
    const probe = (key: string, columns: readonly string[], sample: (now: number) => number[]) =>
      this.probes.set(key, { series: new WindowSeries(columns, cap), sample });
    for (const n of this.scenario.nodes) {
      if (n.kind === 'client') {
        const c = new Client(n.id, n, ctx);
        this.clients.set(n.id, c);
        probe(n.id, CLIENT_SERIES, () => c.stats.window());
      } else if (n.kind === 'service') {
        const s = new Service(n.id, n, ctx);
        this.services.set(n.id, s);
        probe(n.id, NODE_SERIES, (now) => s.window(now));
      } else if (n.kind === 'queue') {
        const q = new Queue(n.id, n, ctx);
        this.queues.set(n.id, q);
        probe(n.id, QUEUE_SERIES, (now) => q.backlog.window(now));
      } else if (n.kind === 'topic') {
        this.topics.set(n.id, new Topic(n.id, n, ctx));
      } else {
        const kind = patternBehaviourOf((n as { kind: string }).kind);
        if (!kind) continue;
        const p = kind.create((n as { id: string }).id, n, ctx);
        this.patterns.set(p.id, p);
        if (p.seriesColumns && p.window) probe(p.id, p.seriesColumns, (now) => p.window!(now));
      }
    }
    for (const q of this.queues.values()) {
      const dlq = q.params.deadLetterQueue;
      if (dlq) q.backlog.deadLetter = this.queues.get(dlq)?.backlog;
    }
    const callee = (id: string): SyncCallee => this.services.get(id) ?? (this.patterns.get(id) as SyncCallee);
    for (const l of this.scenario.links) {
      if (l.kind === 'rest') {
        const link = new RestLink(l.id, l, callee(l.to), ctx);
        this.restLinks.set(l.id, link);
        this.outletsOf(l.from).push(link);
        probe(l.id, LINK_SERIES, (now) => link.window(now));
      } else if (l.kind === 'publish' || l.kind === 'enqueue') {
        const sink: MessageSink = this.topics.get(l.to) ?? this.queues.get(l.to)?.backlog ?? (this.patterns.get(l.to) as MessageSink);
        const link = new ProduceLink(l.id, l, sink, ctx);
        this.produceLinks.set(l.id, link);
        this.outletsOf(l.from).push(link);
        probe(l.id, LINK_SERIES, () => link.window());
      } else {
        const link = new DeliverLink(l.id, l, callee(l.to), ctx);
        this.deliverLinks.set(l.id, link);
        const backlog = this.subscriptionOf(l.kind, l.from, l.to);
        backlog.consumers.push(link);
        ctx.faults(l.id).onHeal.push(() => backlog.dispatch(this.kernel.now));
        probe(l.id, LINK_SERIES, () => link.window());
        if (l.kind === 'subscribe') probe(backlog.id, QUEUE_SERIES, (now) => backlog.window(now));
        const lag = this.lagOf(l.to);
        if (!this.probes.has(`lag/${l.to}`)) probe(`lag/${l.to}`, LAG_SERIES, () => lag.window());
      }
    }
    for (const s of this.services.values()) s.start();
    for (const p of this.patterns.values()) p.start?.();
  }

  private subscriptionOf(kind: 'consume' | 'subscribe', from: string, to: string): Subscription {
    const q = this.queues.get(from);
    if (q) return q.backlog;
    const t = this.topics.get(from);
    if (t) return t.subscribe(to);
    const p = this.patterns.get(from)!;
    const sub = kind === 'consume' ? p.backlog! : p.subscribe!(to);
    this.patternSubscriptions.add(sub);
    return sub;
  }

  private lagOf(id: string): ConsumerLag {
    let h = this.lags.get(id);
    if (!h) this.lags.set(id, (h = new ConsumerLag()));
    return h;
  }

  private outletsOf(id: string) {
    return (this.clients.get(id) ?? this.services.get(id) ?? this.patterns.get(id)!).outlets;
  }

  /** Window tick: every probe closes its window. */
  onEvent(_kind: number, _data: unknown, now: number): void {
    for (const p of this.probes.values()) p.series.push(now, p.sample(now));
    this.kernel.schedule(now + this.windowMs, this, 0);
  }

  get nowMs(): number {
    return this.kernel.now;
  }

  get done(): boolean {
    return this.kernel.now >= this.durationMs;
  }

  /**
   * Runs until simulated time `ms` (capped at the run's duration). Returns events run. With
   * breakpoints set (`breakOn`), it returns early, right after the event whose incident matched: see `hit`.
   */
  advanceTo(ms: number, maxEvents = Infinity): number {
    this.breakpoints.hit = undefined;
    return this.kernel.runUntil(Math.min(ms, this.durationMs), maxEvents);
  }

  /** Pause on event: from now on, advancing stops right after an incident one of these matches (none: never). */
  breakOn(conditions: readonly WatchCondition[]): void {
    this.breakpoints.set(conditions);
  }

  /** The incident that ended the last `advanceTo`/`advanceBy`/`step` early, if one did. */
  get hit(): Incident | undefined {
    return this.breakpoints.hit;
  }

  advanceBy(ms: number, maxEvents = Infinity): number {
    return this.advanceTo(this.kernel.now + ms, maxEvents);
  }

  /** Runs up to `n` events, never past the duration. */
  step(n = 1): number {
    this.breakpoints.hit = undefined;
    let k = 0;
    while (k < n && this.kernel.step(this.durationMs)) {
      k++;
      if (this.breakpoints.hit) return k;
    }
    if (k < n) this.kernel.runUntil(this.durationMs);
    return k;
  }

  /**
   * Injects a fault from now on (or from `fault.atMs` if later). Returns an error message instead
   * when the fault is invalid or its target does not exist; the run is left untouched then.
   */
  inject(input: unknown): { ok: true; index: number } | { ok: false; error: string } {
    const parsed = faultSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${formatPath(i.path) || 'fault'}: ${i.message}`).join('; ') };
    const f = parsed.data;
    const isNode = this.services.has(f.target) || (this.patterns.has(f.target) && this.faultablePattern(f.target));
    const isLink = this.restLinks.has(f.target) || this.produceLinks.has(f.target) || this.deliverLinks.has(f.target);
    if (!isNode && !isLink) return { ok: false, error: `no service or link with id "${f.target}"` };
    if (f.kind === 'partition' && !isLink) return { ok: false, error: 'a partition cuts a link: target a link id' };
    if ((f.kind === 'errorBurst' || f.kind === 'failFirst') && !isNode) return { ok: false, error: `a ${f.kind} fault targets a service` };
    const at = Math.max(f.atMs, this.kernel.now);
    return { ok: true, index: this.faultSchedule.add(this.kernel, { ...f, atMs: at }) };
  }

  private faultablePattern(id: string): boolean {
    const n = this.scenario.nodes.find((x) => x.id === id);
    return !!n && !!patternKindOf(n.kind)?.info.faultable;
  }

  /** Runs to the end. */
  finish(): void {
    this.advanceTo(this.durationMs);
  }

  /** A recent finished trace by request id (the last 100 are kept), or undefined. */
  trace(id: number): Trace | undefined {
    return this.tracer?.get(id);
  }

  snapshot(cursor?: SnapshotCursor): Snapshot {
    return takeSnapshot(this, cursor);
  }

  report(): Report {
    const now = this.kernel.now;
    const r: Report = {
      scenario: this.scenario.name,
      seed: this.seed,
      simulatedMs: now,
      warmupMs: this.warmupMs,
      events: this.kernel.processed,
      clients: {},
      nodes: {},
      links: {},
      queues: {},
      consistency: {},
      patterns: {},
    };
    for (const [id, c] of this.clients) r.clients[id] = c.stats.report();
    for (const [id, s] of this.services) r.nodes[id] = s.stats.report(now, s.live().busy);
    for (const [id, l] of this.restLinks) r.links[id] = l.stats.report();
    for (const [id, l] of this.produceLinks) r.links[id] = l.stats.report();
    for (const [id, l] of this.deliverLinks) r.links[id] = l.stats.report();
    for (const [id, q] of this.queues) r.queues[id] = q.backlog.stats.report(q.backlog.depth, q.backlog.inFlightCount);
    for (const t of this.topics.values()) for (const b of t.subscriptions) r.queues[b.id] = b.stats.report(b.depth, b.inFlightCount);
    for (const b of this.patternSubscriptions) r.queues[b.id] = b.stats.report(b.depth, b.inFlightCount);
    for (const [id, p] of this.patterns) r.patterns[id] = p.report(now);
    // Consumers that have seen no counted write yet are left out, as before the live lag series existed.
    for (const [id, h] of [...this.lags].sort(([a], [b]) => (a < b ? -1 : 1))) if (h.count > 0) r.consistency[id] = { lagMs: h.summary() };
    return r;
  }
}

export function createRun(scenario: Scenario, opts?: RunOptions): Run {
  return new Run(scenario, opts);
}

/** Runs a scenario to the end and returns its report. */
export function runScenario(scenario: Scenario, opts?: RunOptions): Report {
  const run = new Run(scenario, opts);
  run.finish();
  return run.report();
}
