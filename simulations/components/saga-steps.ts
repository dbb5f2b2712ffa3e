/**
 * Which calls an orchestrated saga makes, and in what order. Pure, so the inspector shows exactly
 * the order the engine runs.
 *
 * The rule: the steps listed in the orchestrator's `steps` run first, in that list's order, each on
 * the orchestrator's REST link to the node it names. Every other REST link leaving the orchestrator
 * is a step too, after those, in the order the links appear in the scenario, with the operations
 * `POST /api/<node>` and, to undo it, `DELETE /api/<node>/{id}`. A listed step whose node has no
 * REST link from the orchestrator is skipped (and reported as unlinked).
 */
import { z } from 'zod';
import { idSchema } from '../scenario/common';

const operation = z.string().min(1, 'an operation must not be empty').max(120, 'an operation must be at most 120 characters');

export const sagaStepSchema = z.strictObject({
  to: idSchema.describe("The node the step calls: the target of one of the orchestrator's REST links"),
  action: operation.describe('What the step does, in REST style, e.g. "POST /api/payments"'),
  compensation: operation
    .optional()
    .describe('What undoes it, e.g. "POST /api/payments/{id}/refund"; leave out for a step that needs no undo (a read, or the last step)'),
});
export type SagaStepInput = z.input<typeof sagaStepSchema>;

export interface ResolvedStep {
  to: string;
  action: string;
  compensation?: string;
  /** Index into the REST targets the order was resolved against (the orchestrator's REST outlets). */
  link: number;
  /** Named in `steps` (false: a REST link added with the default operations). */
  listed: boolean;
}

export function defaultStep(to: string): { action: string; compensation: string } {
  return { action: `POST /api/${to}`, compensation: `DELETE /api/${to}/{id}` };
}

/**
 * The steps in run order. `restTargets` are the targets of the orchestrator's REST links in
 * scenario order (a node reached by two links counts once: its first link).
 */
export function resolveSteps(steps: readonly SagaStepInput[], restTargets: readonly string[]): { steps: ResolvedStep[]; unlinked: string[] } {
  const out: ResolvedStep[] = [];
  const unlinked: string[] = [];
  const used = new Set<string>();
  for (const s of steps) {
    const link = restTargets.indexOf(s.to);
    if (link < 0) unlinked.push(s.to);
    else if (!used.has(s.to)) {
      used.add(s.to);
      out.push({ to: s.to, action: s.action, compensation: s.compensation, link, listed: true });
    }
  }
  restTargets.forEach((to, link) => {
    if (used.has(to)) return;
    used.add(to);
    out.push({ to, ...defaultStep(to), link, listed: false });
  });
  return { steps: out, unlinked };
}

/** The list with step `i` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveStep<T>(steps: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  const out = [...steps];
  if (i < 0 || i >= out.length || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** The list with a REST link's default step added at the end, so its operations can be edited. */
export function listStep(steps: readonly SagaStepInput[], to: string): SagaStepInput[] {
  return steps.some((s) => s.to === to) ? [...steps] : [...steps, { to, ...defaultStep(to) }];
}
