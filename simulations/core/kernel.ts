/**
 * The discrete-event kernel: a binary min-heap keyed by (time, seq).
 *
 * Events at equal times run in the order they were scheduled (seq breaks ties), so a run is a
 * pure function of the scenario and the seed. Entries live in parallel arrays rather than one
 * object per event: the heap sifts numbers, not pointers, which is what keeps the engine at
 * millions of events per second.
 */

/** Something that receives events. `kind` lets one object multiplex several event types without closures. */
export interface EventTarget {
  onEvent(kind: number, data: unknown, now: number): void;
}

export class Kernel {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private targets: (EventTarget | undefined)[] = new Array(1024);
  private kinds = new Int32Array(1024);
  private datas: unknown[] = new Array(1024);
  private size = 0;
  private seq = 0;
  /** Current simulated time in ms. */
  now = 0;
  /** Events processed so far. */
  processed = 0;
  /** Set by `stop()` from inside an event: the running `runUntil` returns right after that event. */
  private stopping = false;

  get pending(): number {
    return this.size;
  }

  /** Time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    return this.size > 0 ? this.times[0] : Infinity;
  }

  schedule(at: number, target: EventTarget, kind: number, data?: unknown): void {
    if (!(at >= this.now)) at = this.now; // NaN or the past would break ordering; run it now instead
    if (this.size === this.times.length) this.grow();
    let i = this.size++;
    const s = this.seq++;
    // sift up with a hole instead of swaps
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = this.times[p];
      if (pt < at || (pt === at && this.seqs[p] < s)) break;
      this.move(p, i);
      i = p;
    }
    this.times[i] = at;
    this.seqs[i] = s;
    this.targets[i] = target;
    this.kinds[i] = kind;
    this.datas[i] = data;
  }

  /** Runs the next event; returns false when there is none or it lies beyond `until`. */
  step(until = Infinity): boolean {
    if (this.size === 0 || this.times[0] > until) return false;
    const at = this.times[0];
    const target = this.targets[0]!;
    const kind = this.kinds[0];
    const data = this.datas[0];
    this.removeTop();
    this.now = at;
    this.processed++;
    target.onEvent(kind, data, at);
    return true;
  }

  /**
   * Runs every event with time <= until, then sets the clock to `until`. Returns events run. An event
   * that calls `stop()` ends it right after that event, the clock left at the event's time.
   */
  runUntil(until: number, maxEvents = Infinity): number {
    let n = 0;
    this.stopping = false;
    while (n < maxEvents && this.step(until)) {
      n++;
      if (this.stopping) return n;
    }
    if (n < maxEvents && until > this.now && until !== Infinity) this.now = until;
    return n;
  }

  /** Pause on event: asks the running `runUntil` to return once the current event is done. */
  stop(): void {
    this.stopping = true;
  }

  private removeTop(): void {
    const last = --this.size;
    if (last === 0) {
      this.targets[0] = undefined;
      this.datas[0] = undefined;
      return;
    }
    const t = this.times[last];
    const s = this.seqs[last];
    const tg = this.targets[last];
    const k = this.kinds[last];
    const d = this.datas[last];
    this.targets[last] = undefined;
    this.datas[last] = undefined;
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (this.times[r] < this.times[c] || (this.times[r] === this.times[c] && this.seqs[r] < this.seqs[c]))) c = r;
      const ct = this.times[c];
      if (t < ct || (t === ct && s < this.seqs[c])) break;
      this.move(c, i);
      i = c;
    }
    this.times[i] = t;
    this.seqs[i] = s;
    this.targets[i] = tg;
    this.kinds[i] = k;
    this.datas[i] = d;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.seqs[to] = this.seqs[from];
    this.targets[to] = this.targets[from];
    this.kinds[to] = this.kinds[from];
    this.datas[to] = this.datas[from];
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    times.set(this.times);
    const seqs = new Float64Array(n);
    seqs.set(this.seqs);
    const kinds = new Int32Array(n);
    kinds.set(this.kinds);
    this.times = times;
    this.seqs = seqs;
    this.kinds = kinds;
    this.targets.length = n;
    this.datas.length = n;
  }
}
