/**
 * The faults active on one node or link right now. Counters rather than flags, because two
 * scheduled faults of the same kind may overlap and the first to end must not clear the second.
 */
export class FaultState {
  outage = 0;
  partition = 0;
  /** Error rates of the active error bursts; the highest applies. */
  errorRates: number[] = [];
  /** Extra latency of the active latency spikes (ms), summed. */
  extraMs = 0;
  /** Requests still to fail under "fail the first N". */
  failFirst = 0;
  /** Called when a partition or outage ends, so held traffic can flow again. */
  onHeal: (() => void)[] = [];

  get down(): boolean {
    return this.outage > 0;
  }

  get cut(): boolean {
    return this.partition > 0 || this.outage > 0;
  }

  /** The error rate to use: the burst's when one is active, else the configured one. */
  errorRate(configured: number): number {
    let r = configured;
    for (const e of this.errorRates) if (e > r) r = e;
    return r;
  }

  /** Consumes one "fail the first N" token if any is left. */
  takeFailFirst(): boolean {
    if (this.failFirst <= 0) return false;
    this.failFirst--;
    return true;
  }

  get active(): boolean {
    return this.outage > 0 || this.partition > 0 || this.errorRates.length > 0 || this.extraMs > 0 || this.failFirst > 0;
  }
}
