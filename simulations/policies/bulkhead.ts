// Semaphore bulkhead: at most maxConcurrentCalls in flight, the rest refused at once (no waiting
// queue; an engine that wants one can park callers and retry tryEnter when exit() frees a slot).

export class Bulkhead {
  private used = 0;

  constructor(readonly maxConcurrentCalls: number) {
    if (!Number.isInteger(maxConcurrentCalls) || maxConcurrentCalls < 0) {
      throw new RangeError(`maxConcurrentCalls must be an integer >= 0, got ${maxConcurrentCalls}`);
    }
  }

  tryEnter(): boolean {
    if (this.used >= this.maxConcurrentCalls) return false;
    this.used++;
    return true;
  }

  /** Leaving without having entered would let a later caller exceed the limit, so it is an error. */
  exit(): void {
    if (this.used === 0) throw new Error('Bulkhead.exit() called with no call in flight');
    this.used--;
  }

  get inUse(): number {
    return this.used;
  }
}
