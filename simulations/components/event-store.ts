/**
 * Event store (event sourcing): state is the sequence of events, appended per aggregate with an
 * expected version. A command reads its aggregate's version, decides (`commandTime`), and appends
 * only if the version is still the one it read — optimistic concurrency: when two commands on one
 * aggregate overlap, the second append conflicts, re-reads and tries again, up to `maxRetries`.
 * The aggregate is the request's key (1..keySpace of the client), e.g. `user-17`.
 *
 * Subscribers (projections, read models) read the store's log in append order from their own
 * position, as EventStoreDB's catch-up subscriptions do: one event at a time, a failed one retried
 * in place. A rebuild (`rebuildAtMs`, a restart) recomputes the current state from the log: it loads
 * the latest snapshot (one every `snapshotEvery` events) and replays every event after it, so its
 * time grows with history unless snapshots cut it short. Commands wait until it is done.
 */
import type { EventTarget } from '../core/kernel';
import type { Rng } from '../core/rng';
import { createSampler, type Sampler } from '../core/distributions';
import type { DomainEvent, Message, Outcome, Replier, Request } from '../core/types';
import { EventFactory } from '../events/domain-event';
import type { FaultState } from '../faults/fault-state';
import type { RunContext } from '../run/context';
import { fmtMs } from '../trace/recording';
import { Command, templateFor } from './event-store-command';
import { Rebuilds } from './event-store-rebuild';
import type { PatternKind, PatternNode, PatternReport } from './pattern-kind';
import { writeLedgerOf, type WriteLedger } from '../events/write-ledger';
import { StreamGroup } from './stream-group';
import { PartitionLog } from './stream-log';
import { eventStoreSchema, type EventStoreParams, eventStoreInfo } from './event-store.schema';

export { eventStoreSchema, type EventStoreParams } from './event-store.schema';

const COMMIT = 0;
const REBUILD = 1;
const REBUILT = 2;

export class EventStore implements PatternNode, EventTarget {
  readonly outlets = [];
  readonly seriesColumns = ['appended', 'conflicts', 'failed', 'eventsStored', 'rebuilding'] as const;
  private readonly log = new PartitionLog();
  private readonly groups: StreamGroup[] = [];
  private readonly versions = new Map<string, number>();
  private readonly events: EventFactory;
  private readonly ledger: WriteLedger;
  private readonly fault: FaultState;
  private readonly command: Sampler;
  private readonly errorRng: Rng;
  /** Counted (after warm-up) requests and attempts. */
  private readonly counts = { appendRequests: 0, appended: 0, conflicts: 0, retries: 0, failedAppends: 0, errors: 0, published: 0 };
  private eventsStored = 0;
  private inFlight = 0;
  private inFlightCounted = 0;
  private readonly rebuilds: Rebuilds;
  /** Commands and published events held while a rebuild runs. */
  private waiting: Command[] = [];
  private waitingMessages: Message[] = [];
  private readonly w = [0, 0, 0];

  constructor(
    readonly id: string,
    readonly params: EventStoreParams,
    private readonly ctx: RunContext,
  ) {
    this.events = new EventFactory(id);
    this.ledger = writeLedgerOf(ctx.shared);
    this.fault = ctx.faults(id);
    this.command = createSampler(params.commandTime, ctx.stream(`${id}/command`));
    this.errorRng = ctx.stream(`${id}/errors`);
    this.rebuilds = new Rebuilds(params);
  }

  start(): void {
    if (this.params.rebuildAtMs !== undefined) this.ctx.kernel.schedule(this.params.rebuildAtMs, this, REBUILD);
  }

  private get rebuilding(): boolean {
    return this.rebuilds.active;
  }

  /** Every call is a command that appends one event to the aggregate of its key. */
  accept(req: Request, caller: Replier, now: number): void {
    if (req.counted) this.counts.appendRequests++;
    const cmd = new Command(req, caller, `${this.params.aggregateType}-${req.key}`);
    const rec = req.trace;
    if (rec !== undefined) cmd.span = rec.open(rec.parent, this.id, 'service', this.id, now);
    this.inFlight++;
    if (req.counted) this.inFlightCounted++;
    if (this.fault.down || this.fault.takeFailFirst()) return this.fail(cmd, 'store unavailable: refused at once', now);
    if (this.rebuilding) this.hold(cmd, now);
    else this.attempt(cmd, now);
  }

  private hold(cmd: Command, now: number): void {
    cmd.waitSince = now;
    this.waiting.push(cmd);
  }

  /** Reads the aggregate's version now; the append is tried after the decision time. */
  private attempt(cmd: Command, now: number): void {
    cmd.readVersion = this.versions.get(cmd.aggregateId) ?? 0;
    cmd.attemptAt = now;
    this.ctx.kernel.schedule(now + this.command() + this.fault.extraMs, this, COMMIT, cmd);
  }

  onEvent(kind: number, data: unknown, now: number): void {
    if (kind === COMMIT) {
      const cmd = data as Command;
      cmd.decided = true;
      if (this.rebuilding) this.hold(cmd, now);
      else this.commit(cmd, now);
    } else if (kind === REBUILD) this.rebuild(now);
    else this.rebuilt(now);
  }

  /** The append with its expected version: it goes in only if nobody appended since the read. */
  private commit(cmd: Command, now: number): void {
    const rec = cmd.req.trace;
    if (this.fault.down) return this.fail(cmd, 'store went down before the append', now);
    const errorRate = this.fault.errorRate(0);
    if (errorRate > 0 && this.errorRng.next() < errorRate) return this.fail(cmd, 'the append failed (storage error)', now);
    const current = this.versions.get(cmd.aggregateId) ?? 0;
    if (current !== cmd.readVersion) {
      if (cmd.req.counted) this.counts.conflicts++;
      this.w[1]++;
      const note = `conflict: expected v${cmd.readVersion}, found v${current}`;
      if (cmd.span >= 0) rec!.add(cmd.span, `append ${cmd.aggregateId}`, 'work', this.id, cmd.attemptAt, now, note);
      if (cmd.retries >= this.params.maxRetries) {
        if (cmd.req.counted) this.counts.failedAppends++;
        this.w[2]++;
        return this.end(cmd, 'error', `${note}; gave up after ${cmd.retries} retries`, now);
      }
      cmd.retries++;
      if (cmd.req.counted) this.counts.retries++;
      cmd.decided = false;
      return this.attempt(cmd, now);
    }
    const event = { ...this.events.create(templateFor(cmd.req, this.params.eventType, this.params.aggregateType), cmd.req, now), version: current + 1 };
    this.append(event, cmd.req.key, now, cmd.req.counted, now);
    this.ctx.eventLog.append(event);
    if (cmd.req.counted) this.counts.appended++;
    this.w[0]++;
    if (cmd.span >= 0) rec!.add(cmd.span, `append ${cmd.aggregateId}`, 'work', this.id, cmd.attemptAt, now, `appended v${event.version} (${fmtMs(now - cmd.attemptAt)} to read and decide)`);
    this.end(cmd, 'ok', undefined, now);
  }

  /** Adds the event to the log, tells the ledger and the subscribers, and takes a snapshot when due. */
  private append(event: DomainEvent, key: number, originAt: number, counted: boolean, now: number): void {
    this.versions.set(event.aggregateId, event.version);
    this.log.append({ event, originAt, enqueuedAt: now, counted, key, receiveCount: 0, receipt: 0, state: 'visible' });
    this.eventsStored++;
    this.ledger.record(event.aggregateType, key, originAt);
    for (const g of this.groups) g.appended(counted);
    for (const g of this.groups) g.dispatch(now);
    this.rebuilds.stored(this.eventsStored);
  }

  /** An event published into the store by a link: appended as the aggregate's next version, no check. */
  publish(msg: Message, now: number): boolean {
    if (this.fault.down) return false;
    if (msg.counted) this.counts.published++;
    if (this.rebuilding) this.waitingMessages.push(msg);
    else this.appendMessage(msg, now);
    return true;
  }

  private appendMessage(msg: Message, now: number): void {
    const version = (this.versions.get(msg.event.aggregateId) ?? 0) + 1;
    this.append({ ...msg.event, version }, msg.key, msg.originAt, msg.counted, now);
  }

  private fail(cmd: Command, note: string, now: number): void {
    if (cmd.req.counted) this.counts.errors++;
    this.end(cmd, 'error', note, now);
  }

  private end(cmd: Command, outcome: Outcome, note: string | undefined, now: number): void {
    this.inFlight--;
    if (cmd.req.counted) this.inFlightCounted--;
    if (cmd.span >= 0) cmd.req.trace!.close(cmd.span, now, outcome, note);
    cmd.caller.reply(outcome, false, now);
  }

  private rebuild(now: number): void {
    const every = this.params.rebuildEveryMs;
    if (every !== undefined) this.ctx.kernel.schedule(now + every, this, REBUILD);
    const ms = this.rebuilds.begin(now, this.eventsStored);
    if (ms !== undefined) this.ctx.kernel.schedule(now + ms, this, REBUILT);
  }

  /** The state is back: held events go in, decided commands append, the others start. */
  private rebuilt(now: number): void {
    this.rebuilds.end();
    const msgs = this.waitingMessages;
    const cmds = this.waiting;
    this.waitingMessages = [];
    this.waiting = [];
    for (const m of msgs) this.appendMessage(m, now);
    for (const c of cmds) {
      if (c.span >= 0 && now > c.waitSince) c.req.trace!.add(c.span, 'rebuild wait', 'wait', this.id, c.waitSince, now, `waited ${fmtMs(now - c.waitSince)} for the state to be rebuilt`);
      if (c.decided) this.commit(c, now);
      else this.attempt(c, now);
    }
  }

  /** Each subscribing node reads the log in order from its own position. */
  subscribe(subscriberId: string): StreamGroup {
    const id = `${this.id}:${subscriberId}`;
    let g = this.groups.find((x) => x.id === id);
    if (!g) this.groups.push((g = new StreamGroup(id, [this.log], this.params.retryDelayMs, this.ctx)));
    return g;
  }

  /** Once per window: events every subscriber has read leave memory (they stay counted as stored). */
  window(): number[] {
    this.log.dropBefore(this.groups.length === 0 ? this.log.end : Math.min(...this.groups.map((g) => g.offsets[0])));
    const row = [this.w[0], this.w[1], this.w[2], this.eventsStored, this.rebuilding ? 1 : 0];
    this.w.fill(0);
    return row;
  }

  gauge(now: number) {
    return {
      queueDepth: this.waiting.length,
      inFlight: this.inFlight,
      metrics: {
        events: this.eventsStored,
        conflicts: this.counts.conflicts,
        rebuildingMs: this.rebuilds.remainingMs(now),
        lastRebuildMs: this.rebuilds.lastMs,
        snapshots: this.rebuilds.snapshotsTaken,
      },
    };
  }

  report(now: number): PatternReport {
    let unread = 0;
    for (const g of this.groups) unread = Math.max(unread, g.depth);
    return {
      kind: 'eventStore',
      values: {
        ...this.counts,
        inFlightAtEnd: this.inFlightCounted,
        waitingAtEnd: this.waiting.length,
        eventsStored: this.eventsStored,
        aggregates: this.versions.size,
        ...this.rebuilds.values(now),
        maxSubscriberUnreadAtEnd: unread,
      },
    };
  }
}

export const eventStoreKind: PatternKind<typeof eventStoreSchema> = {
  info: eventStoreInfo,
  schema: eventStoreSchema,
  create: (id, params, ctx) => new EventStore(id, params, ctx),
};
