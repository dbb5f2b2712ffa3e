/**
 * What a two-phase-commit coordinator and its participants share in one run: which transactions
 * are in doubt right now and how many row locks they hold. A participant (a database) writes here
 * when it votes yes on PREPARE and when the decision reaches it; the coordinator reads its own
 * totals. A participant in doubt can neither commit nor abort on its own, so these are the locks
 * nobody can release until the coordinator speaks.
 */
import { LogHistogram } from '../metrics/histogram';

/** One coordinator's view of its transactions at the participants. */
export class InDoubtStats {
  /** Transactions with at least one participant prepared and waiting for the decision. */
  inDoubt = 0;
  maxInDoubt = 0;
  /** Row locks held by those participants. */
  locks = 0;
  maxLocks = 0;
  /** Participant-milliseconds spent in doubt (counted transactions), the blocked time. */
  blockedMs = 0;
  /** How long each participant stayed in doubt. */
  readonly inDoubtMs = new LogHistogram();
}

interface Entry {
  owner: InDoubtStats;
  participantsInDoubt: number;
  /** The coordinator is finished with it; the entry goes once no participant is in doubt. */
  ended: boolean;
}

export const LEDGER_KEY = 'twoPhase/ledger';

export class TwoPhaseLedger {
  private readonly entries = new Map<number, Entry>();
  private readonly owners = new Map<string, InDoubtStats>();

  statsOf(owner: string): InDoubtStats {
    let s = this.owners.get(owner);
    if (!s) this.owners.set(owner, (s = new InDoubtStats()));
    return s;
  }

  /** A coordinator opens transaction `tx` (the key its PREPARE/COMMIT/ABORT requests carry). */
  begin(tx: number, owner: string): void {
    this.entries.set(tx, { owner: this.statsOf(owner), participantsInDoubt: 0, ended: false });
  }

  /** A participant voted yes and holds `locks` rows until the decision arrives. */
  prepared(tx: number, locks: number): void {
    const e = this.entries.get(tx);
    if (!e) return; // a PREPARE nobody coordinates (sent by hand): the participant counts it itself
    const s = e.owner;
    if (e.participantsInDoubt++ === 0 && ++s.inDoubt > s.maxInDoubt) s.maxInDoubt = s.inDoubt;
    s.locks += locks;
    if (s.locks > s.maxLocks) s.maxLocks = s.locks;
  }

  /** The decision reached a participant that had been in doubt since `since`. */
  resolved(tx: number, locks: number, since: number, now: number, counted: boolean): void {
    const e = this.entries.get(tx);
    if (!e) return;
    const s = e.owner;
    s.locks -= locks;
    if (counted) {
      s.blockedMs += now - since;
      s.inDoubtMs.record(now - since);
    }
    if (--e.participantsInDoubt === 0) {
      s.inDoubt--;
      if (e.ended) this.entries.delete(tx);
    }
  }

  /** The coordinator is done with `tx` (every participant acknowledged the decision). */
  end(tx: number): void {
    const e = this.entries.get(tx);
    if (!e) return;
    if (e.participantsInDoubt === 0) this.entries.delete(tx);
    else e.ended = true;
  }
}
