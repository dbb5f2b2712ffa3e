/** Switching a client's traffic type keeps its rate where the new type has one. */
import type { Traffic } from '@/simulations/components/traffic';

export type TrafficType = Traffic['type'];
export type TrafficInput = { type: TrafficType } & Record<string, unknown>;

export const TRAFFIC_CHOICES: readonly { value: TrafficType; label: string; title: string }[] = [
  { value: 'constant', label: 'Constant', title: 'Evenly spaced requests' },
  { value: 'poisson', label: 'Poisson', title: 'Random arrivals at an average rate' },
  { value: 'bursts', label: 'Bursts', title: 'On/off bursts' },
  { value: 'ramp', label: 'Ramp', title: 'A rate that grows (or shrinks) linearly' },
  { value: 'closed', label: 'Closed loop', title: 'N users, each waiting for its answer, then thinking' },
];

/** The open-loop rate a traffic shape stands for, roughly. */
export function rateOf(t: TrafficInput): number {
  const n = (k: string) => (typeof t[k] === 'number' ? (t[k] as number) : undefined);
  return n('ratePerSec') ?? n('toRatePerSec') ?? (n('users') !== undefined ? n('users')! : 50);
}

export function switchTraffic(t: TrafficInput, type: TrafficType): TrafficInput {
  if (t.type === type) return t;
  const rate = rateOf(t);
  switch (type) {
    case 'constant':
    case 'poisson':
      return { type, ratePerSec: rate };
    case 'bursts':
      return { type, ratePerSec: rate * 4, baseRatePerSec: rate / 4, onMs: 5000, offMs: 15_000 };
    case 'ramp':
      return { type, fromRatePerSec: 0, toRatePerSec: rate, rampMs: 30_000 };
    case 'closed':
      return { type, users: Math.max(1, Math.min(100_000, Math.round(rate / 5) || 1)), thinkTime: { type: 'exponential', mean: 200 } };
  }
}
