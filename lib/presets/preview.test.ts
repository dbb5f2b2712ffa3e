import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '@/simulations/index';
import { PRESETS } from '@/simulations/presets';
import { NODE_H, NODE_W, previewOf } from './preview';

const scenario = {
  nodes: [
    { id: 'web', kind: 'client', position: { x: 0, y: 100 }, traffic: { type: 'constant', ratePerSec: 1 } },
    { id: 'api', kind: 'service', position: { x: 300, y: 100 } },
    { id: 'events', kind: 'topic', position: { x: 600, y: 0 } },
    { id: 'mail', kind: 'service', position: { x: 900, y: 260 } },
  ],
  links: [
    { id: 'web-api', kind: 'rest', from: 'web', to: 'api' },
    { id: 'api-events', kind: 'publish', from: 'api', to: 'events' },
    { id: 'events-mail', kind: 'subscribe', from: 'events', to: 'mail' },
    { id: 'broken', kind: 'rest', from: 'api', to: 'nowhere' },
  ],
} as Parameters<typeof previewOf>[0];

/** Parses "M x y C … x2 y2" into its start and end points. */
function ends(d: string): [number, number, number, number] {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [n[0], n[1], n[n.length - 2], n[n.length - 1]];
}

describe('previewOf', () => {
  const p = previewOf(scenario);

  it('draws a box per node where it sits on the canvas, in its kind accent', () => {
    expect(p.nodes.map((n) => [n.id, n.x, n.y])).toEqual([
      ['web', 0, 100],
      ['api', 300, 100],
      ['events', 600, 0],
      ['mail', 900, 260],
    ]);
    expect(p.nodes[0].accent).toBe(NODE_KINDS.client.accent);
    expect(p.nodes[2].accent).toBe(NODE_KINDS.topic.accent);
  });

  it('joins the right edge of the source to the left edge of the target; sync solid, async dashed', () => {
    expect(p.links.map((l) => [l.id, l.dashed])).toEqual([
      ['web-api', false],
      ['api-events', true],
      ['events-mail', true],
    ]);
    expect(ends(p.links[0].d)).toEqual([NODE_W, 100 + NODE_H / 2, 300, 100 + NODE_H / 2]);
    expect(ends(p.links[2].d)).toEqual([600 + NODE_W, NODE_H / 2, 900, 260 + NODE_H / 2]);
    expect(p.links[0].arrow.startsWith(`300,${100 + NODE_H / 2} `)).toBe(true);
  });

  it('leaves out links to nodes that do not exist', () => {
    expect(p.links.find((l) => l.id === 'broken')).toBeUndefined();
  });

  it('frames every box with a margin', () => {
    const [x, y, w, h] = p.viewBox.split(' ').map(Number);
    for (const n of p.nodes) {
      expect(n.x).toBeGreaterThan(x);
      expect(n.y).toBeGreaterThan(y);
      expect(n.x + n.w).toBeLessThan(x + w);
      expect(n.y + n.h).toBeLessThan(y + h);
    }
    expect([p.width, p.height]).toEqual([w, h]);
  });

  it('puts nodes without a position in a row, and draws an empty graph as an empty frame', () => {
    const q = previewOf({ nodes: [{ id: 'a', kind: 'service' }, { id: 'b', kind: 'service' }] } as Parameters<typeof previewOf>[0]);
    expect(q.nodes.map((n) => [n.x, n.y])).toEqual([
      [0, 0],
      [300, 0],
    ]);
    expect(previewOf({ nodes: [] }).nodes).toEqual([]);
  });

  it('draws every shipped preset with all its nodes and links', () => {
    for (const preset of PRESETS) {
      const pv = previewOf(preset.scenario);
      expect(pv.nodes, preset.slug).toHaveLength(preset.scenario.nodes.length);
      expect(pv.links, preset.slug).toHaveLength((preset.scenario.links ?? []).length);
    }
  });
});
