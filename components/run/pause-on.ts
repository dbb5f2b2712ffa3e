/** The "Pause on" choices: what a teacher wants the run to stop at, as watch conditions. */
import type { WatchCondition } from '@/simulations/watch/condition';

export const PAUSE_ON_CHOICES = [
  { id: 'none', label: 'Nothing', conditions: [] },
  { id: 'breaker', label: 'Breaker state change', conditions: [{ on: 'breaker' }] },
  { id: 'deadLetter', label: 'Dead-letter', conditions: [{ on: 'deadLetter' }] },
  { id: 'compensation', label: 'Saga compensation', conditions: [{ on: 'compensation' }] },
  { id: 'staleRead', label: 'Stale read', conditions: [{ on: 'staleRead' }] },
  { id: 'any', label: 'Any of these', conditions: [{ on: 'breaker' }, { on: 'deadLetter' }, { on: 'compensation' }, { on: 'staleRead' }] },
] as const satisfies readonly { id: string; label: string; conditions: readonly WatchCondition[] }[];

export type PauseOnId = (typeof PAUSE_ON_CHOICES)[number]['id'];

/** The conditions of a choice, narrowed to `target` (a node or link id) when one is given. */
export function pauseOnConditions(id: string, target?: string): WatchCondition[] {
  const choice = PAUSE_ON_CHOICES.find((c) => c.id === id) ?? PAUSE_ON_CHOICES[0];
  return choice.conditions.map((c) => (target ? { ...c, target } : { ...c }));
}

/** Which choice a list of conditions is (for the select), and its target if all share one. */
export function pauseOnChoice(conditions: readonly WatchCondition[]): { id: PauseOnId; target?: string } {
  const kinds = conditions.map((c) => c.on).sort().join(',');
  const match = PAUSE_ON_CHOICES.find((c) => c.conditions.map((x) => x.on).sort().join(',') === kinds);
  const targets = new Set(conditions.map((c) => c.target));
  const target = targets.size === 1 ? [...targets][0] : undefined;
  return { id: match?.id ?? 'none', ...(target ? { target } : {}) };
}
