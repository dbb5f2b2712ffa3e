import { describe, expect, it } from 'vitest';
import { starterDoc } from '../scenario-doc/defaults';
import { placeNodes } from './place-nodes';

describe('placeNodes', () => {
  it('leaves a document whose nodes all have positions as it is', async () => {
    const doc = starterDoc();
    expect(await placeNodes(doc)).toEqual({ doc, laidOut: false });
  });

  it('lays out a document without positions left to right, no two nodes on the same spot', async () => {
    const doc = starterDoc();
    const bare = { ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) };
    const { doc: placed, laidOut } = await placeNodes(bare);
    expect(laidOut).toBe(true);
    const [web, api, db] = placed.nodes.map((n) => n.position!);
    expect(web.x).toBeLessThan(api.x);
    expect(api.x).toBeLessThan(db.x);
    expect(new Set(placed.nodes.map((n) => `${n.position!.x},${n.position!.y}`)).size).toBe(3);
    expect(placed.nodes.map(({ position: _p, ...n }) => n)).toEqual(bare.nodes);
  });
});
