/** The sentence the canvas shows when a scenario holds annotations it cannot draw: which ones, and why. */
import { formatPath } from '@/simulations/index';
import { readAnnotations } from '@/simulations/scenario/annotations-schema';
import type { ScenarioDoc } from '../scenario-doc/types';

const LISTED = 3;

/** `undefined` when every annotation is readable; else e.g. `annotations[1].text: a note holds at most 1000 characters`. */
export function annotationProblems(doc: ScenarioDoc): string | undefined {
  const { problems } = readAnnotations(doc.annotations);
  if (problems.length === 0) return undefined;
  const listed = problems.slice(0, LISTED).map((p) => `${formatPath(['annotations', ...p.path])}: ${p.message}`);
  const rest = problems.length - listed.length;
  const more = rest > 0 ? ` (and ${rest} more)` : '';
  const what = problems.length === 1 ? 'One annotation is' : `${problems.length} annotations are`;
  return `${what} not shown — ${listed.join('; ')}${more}. The rest of the scenario opened as usual.`;
}
