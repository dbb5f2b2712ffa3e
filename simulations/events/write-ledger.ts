/**
 * The ledger of acknowledged writes that read models compare against: for every aggregate (its type
 * and key, the client's 1..keySpace) the origin time of the latest write acknowledged for it. A read
 * model keeps the same figure for the newest event it has applied; a read that finds the ledger ahead
 * of the model is a stale read (the write was acknowledged, the view does not show it yet).
 *
 * Times, not versions, are compared: each publishing link numbers versions on its own, while the
 * origin time travels unchanged with the message from the acknowledged write to the model.
 * Written by whoever acknowledges a write at its origin: a publish/enqueue link as the service's
 * outbox hands it the event (links/produce.ts), and the event store on each append. Shared through
 * `ctx.shared('writes', …)`; it records nothing until a read model asks for it, so runs without one
 * pay nothing. Memory is one number per aggregate written, bounded by the clients' key spaces.
 */
export class WriteLedger {
  /** Turned on by the first read model; until then record() is a no-op. */
  enabled = false;
  private readonly byType = new Map<string, Map<number, number>>();

  /** A write of aggregate `aggregateType`/`key` was acknowledged; its origin time is `originAt`. */
  record(aggregateType: string, key: number, originAt: number): void {
    if (!this.enabled) return;
    let m = this.byType.get(aggregateType);
    if (!m) this.byType.set(aggregateType, (m = new Map()));
    const prev = m.get(key);
    if (prev === undefined || originAt > prev) m.set(key, originAt);
  }

  /** Origin time of the latest acknowledged write of that aggregate, or undefined if none. */
  latest(aggregateType: string, key: number): number | undefined {
    return this.byType.get(aggregateType)?.get(key);
  }

  /** Aggregate types written so far (a read model without its own type checks all of them). */
  types(): IterableIterator<string> {
    return this.byType.keys();
  }
}

export const WRITES_KEY = 'writes';

export const writeLedgerOf = (shared: <T>(key: string, create: () => T) => T): WriteLedger => shared(WRITES_KEY, () => new WriteLedger());
