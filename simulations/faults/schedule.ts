/** Timed faults on nodes and links: outages, error bursts, latency spikes, partitions, "fail the first N". */
import { z } from 'zod';
import type { EventTarget, Kernel } from '../core/kernel';
import { idSchema, msSchema, positiveCountSchema, probabilitySchema } from '../scenario/common';
import type { FaultState } from './fault-state';

const window = {
  target: idSchema.describe('Node or link id'),
  atMs: msSchema.describe('When the fault starts'),
  durationMs: msSchema.min(1, 'durationMs must be ≥ 1 ms').describe('How long it lasts'),
  note: z.string().max(200).optional(),
};

export const faultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('outage'), ...window }).describe('The node answers every request with an error at once; a link refuses connections'),
  z.strictObject({ kind: z.literal('errorBurst'), ...window, errorRate: probabilitySchema }).describe("The node's error rate rises to this value"),
  z.strictObject({ kind: z.literal('latencySpike'), ...window, extraMs: msSchema.min(1, 'extraMs must be ≥ 1 ms') }).describe('Work (node) or network delay (link) grows by extraMs'),
  z.strictObject({ kind: z.literal('partition'), ...window }).describe('The link loses requests: callers wait for their timeout; messages wait in the outbox'),
  z
    .strictObject({ kind: z.literal('failFirst'), target: window.target, atMs: msSchema.default(0), count: positiveCountSchema(1e9), note: window.note })
    .describe('The next N requests reaching the node fail'),
]);
export type Fault = z.infer<typeof faultSchema>;

const START = 0;
const END = 1;

/** Turns the fault list into kernel events that flip the targets' FaultState. */
export class FaultSchedule implements EventTarget {
  readonly active = new Set<number>();
  /** The scheduled faults, then any injected while running, in that order (indexes are stable). */
  readonly faults: Fault[];

  constructor(
    faults: readonly Fault[],
    private readonly stateOf: (target: string) => FaultState,
  ) {
    this.faults = [...faults];
  }

  start(kernel: Kernel): void {
    this.faults.forEach((f, i) => this.plan(kernel, f, i));
  }

  /** Adds a fault while running (a teacher's "inject an outage now"); returns its index. */
  add(kernel: Kernel, f: Fault): number {
    const i = this.faults.push(f) - 1;
    this.plan(kernel, f, i);
    return i;
  }

  private plan(kernel: Kernel, f: Fault, i: number): void {
    kernel.schedule(f.atMs, this, START, i);
    if (f.kind !== 'failFirst') kernel.schedule(f.atMs + f.durationMs, this, END, i);
  }

  onEvent(kind: number, data: unknown): void {
    const i = data as number;
    const f = this.faults[i];
    const s = this.stateOf(f.target);
    const d = kind === START ? 1 : -1;
    if (kind === START) this.active.add(i);
    else this.active.delete(i);
    switch (f.kind) {
      case 'outage': s.outage += d; break;
      case 'partition': s.partition += d; break;
      case 'latencySpike': s.extraMs += d * f.extraMs; break;
      case 'errorBurst':
        if (d > 0) s.errorRates.push(f.errorRate);
        else s.errorRates.splice(s.errorRates.indexOf(f.errorRate), 1);
        break;
      case 'failFirst':
        s.failFirst += f.count;
        this.active.delete(i);
        break;
    }
    if (d < 0 && !s.cut) for (const heal of s.onHeal) heal();
  }
}
