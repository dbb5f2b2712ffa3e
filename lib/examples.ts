/** The example scenarios shipped in simulations/examples/, for pages that offer them. */
import mm1 from '@/simulations/examples/mm1.json';

export interface ExampleEntry {
  file: string;
  scenario: { name: string; description?: string; seed?: number; run?: { durationMs?: number } } & Record<string, unknown>;
}

export const EXAMPLES: ExampleEntry[] = [{ file: 'mm1.json', scenario: mm1 }];
