/** The example scenarios shipped in simulations/examples/, for pages that offer them. */
import circuitBreaker from '@/simulations/examples/circuit-breaker.json';
import mm1 from '@/simulations/examples/mm1.json';
import mmck from '@/simulations/examples/mmck-blocking.json';
import orderEvents from '@/simulations/examples/order-events.json';
import workQueue from '@/simulations/examples/work-queue-dlq.json';

export interface ExampleEntry {
  file: string;
  scenario: { name: string; description?: string; seed?: number; run?: { durationMs?: number } } & Record<string, unknown>;
}

export const EXAMPLES: ExampleEntry[] = [
  { file: 'mm1.json', scenario: mm1 },
  { file: 'mmck-blocking.json', scenario: mmck },
  { file: 'circuit-breaker.json', scenario: circuitBreaker },
  { file: 'order-events.json', scenario: orderEvents },
  { file: 'work-queue-dlq.json', scenario: workQueue },
];
