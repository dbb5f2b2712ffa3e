/** The scenario document as the editor holds it: the engine's input format, positions included. */
import type { ScenarioInput } from '@/simulations/index';

export type ScenarioDoc = ScenarioInput;
export type DocNode = ScenarioDoc['nodes'][number];
export type DocLink = NonNullable<ScenarioDoc['links']>[number];
export type DocFault = NonNullable<ScenarioDoc['faults']>[number];
export interface XY {
  x: number;
  y: number;
}
