/**
 * The baseline of the engine benchmark: the smallest honest discrete-event simulation of M/M/1
 * one would write by hand — a binary heap of event objects, two event types, a FIFO, running
 * sums. No metrics beyond the mean response time, no policies, no generality.
 */
interface Ev {
  t: number;
  seq: number;
  type: 0 | 1; // 0 arrival, 1 departure
}

export function minimalMM1(lambdaPerSec: number, meanServiceMs: number, durationMs: number, seed: number): { events: number; meanResponseMs: number } {
  // mulberry32: a tiny seeded generator so both sides of the benchmark draw comparable randomness
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const exp = (mean: number) => -Math.log(1 - rnd()) * mean;
  const heap: Ev[] = [];
  let seq = 0;
  const less = (x: Ev, y: Ev) => x.t < y.t || (x.t === y.t && x.seq < y.seq);
  const push = (e: Ev) => {
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = (): Ev => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  const meanGap = 1000 / lambdaPerSec;
  const waiting: number[] = [];
  let head = 0;
  let busy = false;
  let inService = 0;
  let events = 0;
  let done = 0;
  let sum = 0;
  push({ t: 0, seq: seq++, type: 0 });
  while (heap.length > 0 && heap[0].t <= durationMs) {
    const e = pop();
    events++;
    if (e.type === 0) {
      push({ t: e.t + exp(meanGap), seq: seq++, type: 0 });
      if (!busy) {
        busy = true;
        inService = e.t;
        push({ t: e.t + exp(meanServiceMs), seq: seq++, type: 1 });
      } else waiting.push(e.t);
    } else {
      done++;
      sum += e.t - inService;
      if (head < waiting.length) {
        inService = waiting[head++];
        push({ t: e.t + exp(meanServiceMs), seq: seq++, type: 1 });
      } else busy = false;
    }
  }
  return { events, meanResponseMs: done > 0 ? sum / done : 0 };
}
