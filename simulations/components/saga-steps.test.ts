/** The order rule of an orchestrated saga's steps, as the engine runs them and the inspector shows them. */
import { describe, expect, it } from 'vitest';
import { listStep, moveStep, resolveSteps } from './saga-steps';

describe('saga step order', () => {
  it('listed steps first, in list order; other REST links after, in link order, with default operations', () => {
    const { steps, unlinked } = resolveSteps([{ to: 'payment', action: 'POST /api/payments', compensation: 'POST /api/payments/{id}/refund' }], ['shipping', 'payment', 'inventory']);
    expect(steps.map((s) => [s.to, s.action, s.compensation, s.link, s.listed])).toEqual([
      ['payment', 'POST /api/payments', 'POST /api/payments/{id}/refund', 1, true],
      ['shipping', 'POST /api/shipping', 'DELETE /api/shipping/{id}', 0, false],
      ['inventory', 'POST /api/inventory', 'DELETE /api/inventory/{id}', 2, false],
    ]);
    expect(unlinked).toEqual([]);
  });

  it('a listed step without a REST link is skipped and named; a node listed twice runs once', () => {
    const { steps, unlinked } = resolveSteps(
      [
        { to: 'ghost', action: 'POST /api/ghosts' },
        { to: 'a', action: 'POST /api/a' },
        { to: 'a', action: 'POST /api/a-again' },
      ],
      ['a'],
    );
    expect(steps.map((s) => s.action)).toEqual(['POST /api/a']);
    expect(steps[0].compensation).toBeUndefined();
    expect(unlinked).toEqual(['ghost']);
  });

  it('editing: a step moves one place at a time, and an unlisted link joins the list with its default operations', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    const listed = listStep([{ to: 'a', action: 'POST /api/a' }], 'b');
    expect(listed).toEqual([{ to: 'a', action: 'POST /api/a' }, { to: 'b', action: 'POST /api/b', compensation: 'DELETE /api/b/{id}' }]);
    expect(resolveSteps(listed, ['b', 'a']).steps.map((s) => s.to)).toEqual(['a', 'b']);
    expect(listStep(listed, 'a')).toEqual(listed);
  });
});
