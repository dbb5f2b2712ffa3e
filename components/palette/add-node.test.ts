import { describe, expect, it } from 'vitest';
import { emptyDoc } from '@/lib/scenario-doc/defaults';
import { createDocumentStore } from '@/lib/stores/document-store';
import { createUiStore } from '@/lib/stores/ui-store';
import { addNodeAt, isNodeKind } from './add-node';

describe('addNodeAt', () => {
  it('adds the node centred on the point, selects it, as one undo step', () => {
    const doc = createDocumentStore(emptyDoc());
    const ui = createUiStore();
    const id = addNodeAt(doc, ui, 'service', { x: 500, y: 300 });
    expect(id).toBe('service-1');
    expect(doc.getState().doc.nodes[0].position).toEqual({ x: 396, y: 260 });
    expect(ui.getState().selectedNodes).toEqual(['service-1']);
    expect(doc.temporal.getState().pastStates).toHaveLength(1);
  });

  it('a click-add steps clear of nodes already there; a drop does not', () => {
    const doc = createDocumentStore(emptyDoc());
    const ui = createUiStore();
    const box = (x: number, y: number) => ({ x, y, width: 208, height: 120 });
    addNodeAt(doc, ui, 'queue', { x: 104, y: 40 }, [box(0, 0)]);
    const placed = doc.getState().doc.nodes[0].position!;
    expect(placed.x >= 208 + 24 || placed.x + 208 + 24 <= 0 || placed.y >= 120 + 24 || placed.y + 120 + 24 <= 0).toBe(true);
    addNodeAt(doc, ui, 'queue', { x: 104, y: 40 });
    expect(doc.getState().doc.nodes[1].position).toEqual({ x: 0, y: 0 });
  });

  it('knows the engine’s kinds and nothing else', () => {
    expect(isNodeKind('topic')).toBe(true);
    expect(isNodeKind('toString')).toBe(false);
    expect(isNodeKind('mainframe')).toBe(false);
  });
});
