import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/simulations/index';
import { createDocumentStore } from '@/lib/stores/document-store';
import { addNode, connect, copy, duplicate, moveNodes, paste, removeElements, renameNode, replaceLink, replaceNode } from './commands';
import { emptyDoc, newLink, newNode, starterDoc } from './defaults';
import type { DocNode, ScenarioDoc } from './types';

/** client → api → db (REST), api → events (publish) → mailer (subscribe), with a fault on db and one on a link. */
function sample(): ScenarioDoc {
  return {
    ...emptyDoc(),
    nodes: [
      newNode('client', 'web', { x: 0, y: 0 }),
      newNode('service', 'api', { x: 300, y: 0 }),
      newNode('service', 'db', { x: 600, y: 0 }),
      newNode('topic', 'events', { x: 600, y: 200 }),
      newNode('service', 'mailer', { x: 900, y: 200 }),
    ],
    links: [
      newLink('rest', 'web-api', 'web', 'api'),
      newLink('rest', 'api-db', 'api', 'db'),
      newLink('publish', 'api-events', 'api', 'events'),
      newLink('subscribe', 'events-mailer', 'events', 'mailer'),
    ],
    faults: [
      { kind: 'outage', target: 'db', atMs: 1000, durationMs: 500 },
      { kind: 'partition', target: 'api-db', atMs: 2000, durationMs: 500 },
      { kind: 'outage', target: 'mailer', atMs: 3000, durationMs: 500 },
    ],
  };
}

const ids = (d: ScenarioDoc) => ({ nodes: d.nodes.map((n) => n.id), links: (d.links ?? []).map((l) => l.id) });
const valid = (d: ScenarioDoc) => validateScenario(d).ok;

describe('addNode', () => {
  it('adds a runnable node of the kind with the smallest free id, at a rounded position', () => {
    const d0 = emptyDoc();
    const a = addNode(d0, 'service', { x: 10.4, y: 19.6 });
    const b = addNode(a.doc, 'service', { x: 0, y: 0 });
    expect(a.id).toBe('service-1');
    expect(b.id).toBe('service-2');
    expect(b.doc.nodes[1]).toMatchObject({ kind: 'service', label: 'Service 2' });
    expect(a.doc.nodes[0].position).toEqual({ x: 10, y: 20 });
    expect(d0.nodes).toHaveLength(0); // the input is not touched
    expect(valid(b.doc)).toBe(true);
  });
});

describe('removeElements', () => {
  it('removes a node with every link touching it and the faults aimed at either', () => {
    const d = removeElements(sample(), ['db']);
    expect(ids(d)).toEqual({ nodes: ['web', 'api', 'events', 'mailer'], links: ['web-api', 'api-events', 'events-mailer'] });
    expect(d.faults?.map((f) => f.target)).toEqual(['mailer']);
    expect(valid(d)).toBe(true);
  });

  it('removes a link alone, with its faults, and leaves the nodes', () => {
    const d = removeElements(sample(), [], ['api-db']);
    expect(ids(d).nodes).toHaveLength(5);
    expect(ids(d).links).not.toContain('api-db');
    expect(d.faults?.map((f) => f.target)).toEqual(['db', 'mailer']);
  });

  it('clears a dead-letter reference to a removed queue', () => {
    const doc: ScenarioDoc = { ...emptyDoc(), nodes: [{ ...newNode('queue', 'jobs', { x: 0, y: 0 }), deadLetterQueue: 'dlq' } as DocNode, newNode('queue', 'dlq', { x: 0, y: 100 })] };
    const d = removeElements(doc, ['dlq']);
    expect(d.nodes[0]).not.toHaveProperty('deadLetterQueue', 'dlq');
    expect(valid(d)).toBe(true);
  });
});

describe('connect', () => {
  it('adds one link of the chosen kind', () => {
    const r = connect(sample(), 'web', 'db', 'rest');
    expect(r.linkIds).toEqual(['web-db-1']);
    expect(r.nodeIds).toEqual([]);
    expect(r.doc.links?.at(-1)).toMatchObject({ kind: 'rest', from: 'web', to: 'db' });
    expect(valid(r.doc)).toBe(true);
  });

  it('via-queue inserts a queue between the two: enqueue in, consume out', () => {
    const r = connect(sample(), 'api', 'mailer', 'via-queue');
    expect(r.nodeIds).toEqual(['queue-1']);
    const [into, out] = r.linkIds.map((id) => r.doc.links?.find((l) => l.id === id));
    expect(into).toMatchObject({ kind: 'enqueue', from: 'api', to: 'queue-1' });
    expect(out).toMatchObject({ kind: 'consume', from: 'queue-1', to: 'mailer' });
    expect(r.doc.nodes.find((n) => n.id === 'queue-1')?.kind).toBe('queue');
    expect(valid(r.doc)).toBe(true);
  });

  it('via-topic inserts a topic between the two: publish in, subscribe out', () => {
    const r = connect(sample(), 'db', 'api', 'via-topic');
    const kinds = r.linkIds.map((id) => r.doc.links?.find((l) => l.id === id)?.kind);
    expect(kinds).toEqual(['publish', 'subscribe']);
    expect(r.doc.nodes.find((n) => n.id === r.nodeIds[0])?.kind).toBe('topic');
    expect(valid(r.doc)).toBe(true); // async: no synchronous cycle even though api calls db
  });

  it('a via option between unknown nodes changes nothing', () => {
    const d = sample();
    expect(connect(d, 'api', 'ghost', 'via-queue').doc).toBe(d);
  });
});

describe('copy, paste and duplicate', () => {
  it('copy takes the nodes and only the links among them', () => {
    const clip = copy(sample(), ['api', 'db', 'events']);
    expect(clip.interplay).toBe('clip/1');
    expect(clip.nodes.map((n) => n.id)).toEqual(['api', 'db', 'events']);
    expect(clip.links.map((l) => l.id)).toEqual(['api-db', 'api-events']);
  });

  it('paste gives every node and link a fresh id, rewires the links and offsets the positions', () => {
    const d = sample();
    const r = paste(d, copy(d, ['api', 'db']), { x: 40, y: 40 });
    expect(r.nodeIds).toEqual(['api-1', 'db-1']);
    const pasted = r.doc.links?.at(-1);
    expect(pasted).toMatchObject({ kind: 'rest', from: 'api-1', to: 'db-1' });
    expect(pasted?.id).not.toBe('api-db');
    expect(r.doc.nodes.find((n) => n.id === 'api-1')?.position).toEqual({ x: 340, y: 40 });
    expect(new Set(ids(r.doc).nodes.concat(ids(r.doc).links)).size).toBe(ids(r.doc).nodes.length + ids(r.doc).links.length);
    expect(valid(r.doc)).toBe(true);
  });

  it('pasting twice never reuses an id', () => {
    const d = sample();
    const clip = copy(d, ['api']);
    const twice = paste(paste(d, clip).doc, clip);
    expect(twice.nodeIds).toEqual(['api-2']);
    expect(valid(twice.doc)).toBe(true);
  });

  it('a pasted queue keeps its dead-letter queue if copied along, else only if it exists in the target', () => {
    const jobs = { ...newNode('queue', 'jobs', { x: 0, y: 0 }), deadLetterQueue: 'dlq' } as DocNode;
    const src: ScenarioDoc = { ...emptyDoc(), nodes: [jobs, newNode('queue', 'dlq', { x: 0, y: 100 })] };
    const both = paste(src, copy(src, ['jobs', 'dlq']));
    expect(both.doc.nodes.find((n) => n.id === 'jobs-1')).toMatchObject({ deadLetterQueue: 'dlq-1' });
    const alone = paste(src, copy(src, ['jobs']));
    expect(alone.doc.nodes.find((n) => n.id === 'jobs-1')).toMatchObject({ deadLetterQueue: 'dlq' });
    const elsewhere = paste(emptyDoc(), copy(src, ['jobs']));
    expect(elsewhere.doc.nodes[0]).toMatchObject({ id: 'jobs-1', deadLetterQueue: undefined });
    expect(valid(elsewhere.doc)).toBe(true);
  });

  it('a pasted node whose name is taken gets the next free number, within the length limit', () => {
    const d = renameNode(renameNode(sample(), 'api', 'Orders API'), 'db', 'Orders API 2');
    const r = paste(d, copy(d, ['api', 'db']));
    expect(r.nodeIds.map((id) => r.doc.nodes.find((n) => n.id === id)?.label)).toEqual(['Orders API 3', 'Orders API 4']);
    const long = renameNode(sample(), 'api', 'x'.repeat(80));
    const again = paste(long, copy(long, ['api']));
    expect(again.doc.nodes.at(-1)?.label).toBe(`${'x'.repeat(72)} 2`);
    expect(valid(again.doc)).toBe(true);
  });

  it('duplicate is copy + paste in place', () => {
    const r = duplicate(sample(), ['events', 'mailer']);
    expect(r.nodeIds).toEqual(['events-1', 'mailer-1']);
    expect(r.doc.links?.at(-1)).toMatchObject({ kind: 'subscribe', from: 'events-1', to: 'mailer-1' });
    expect(valid(r.doc)).toBe(true);
  });
});

describe('moveNodes and renameNode', () => {
  it('moves only the named nodes, to rounded positions', () => {
    const d = sample();
    const m = moveNodes(d, new Map([['api', { x: 1.6, y: -3.2 }]]));
    expect(m.nodes[1].position).toEqual({ x: 2, y: -3 });
    expect(m.nodes[0]).toBe(d.nodes[0]);
  });

  it('a move to the same place, or of nothing, returns the same document', () => {
    const d = sample();
    expect(moveNodes(d, new Map())).toBe(d);
    expect(moveNodes(d, new Map([['api', { x: 300, y: 0 }]]))).toBe(d);
  });

  it('renames, trims, caps at 80 characters, and falls back to the id when empty', () => {
    const d = sample();
    expect(renameNode(d, 'api', '  Orders API ').nodes[1].label).toBe('Orders API');
    expect(renameNode(d, 'api', 'x'.repeat(100)).nodes[1].label).toHaveLength(80);
    expect(renameNode(d, 'api', '   ').nodes[1].label).toBeUndefined();
  });

  it('the same name again, or an unknown node, returns the same document', () => {
    const d = renameNode(sample(), 'api', 'Orders API');
    expect(renameNode(d, 'api', 'Orders API')).toBe(d);
    expect(renameNode(d, 'ghost', 'x')).toBe(d);
  });
});

describe('replaceNode and replaceLink', () => {
  it('replaces parameters but never the id, kind or ends', () => {
    const d = sample();
    const api = d.nodes[1];
    const r = replaceNode(d, 'api', { ...api, id: 'other', kind: 'queue', workers: 9 } as unknown as DocNode);
    expect(r.nodes[1]).toMatchObject({ id: 'api', kind: 'service', workers: 9 });
    const link = d.links![0];
    const l = replaceLink(d, 'web-api', { ...link, id: 'x', from: 'db', to: 'db', kind: 'publish', timeout: { timeoutMs: 50 } } as unknown as typeof link);
    expect(l.links![0]).toMatchObject({ id: 'web-api', kind: 'rest', from: 'web', to: 'api', timeout: { timeoutMs: 50 } });
  });
});

describe('undo history (document store)', () => {
  it('apply → undo → redo restores each document exactly', () => {
    const store = createDocumentStore(starterDoc());
    const before = store.getState().doc;
    store.getState().apply((d) => addNode(d, 'queue', { x: 0, y: 300 }).doc);
    const after = store.getState().doc;
    expect(after.nodes).toHaveLength(4);
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(before);
    store.temporal.getState().redo();
    expect(store.getState().doc).toBe(after);
  });

  it('a command that changes nothing records nothing', () => {
    const store = createDocumentStore(starterDoc());
    store.getState().apply((d) => d);
    store.getState().apply((d) => moveNodes(d, new Map([['web', { x: 0, y: 120 }]])));
    store.getState().apply((d) => renameNode(d, 'web', 'Web app'));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('each apply is one step, and load forgets the history', () => {
    const store = createDocumentStore(emptyDoc());
    store.getState().apply((d) => addNode(d, 'client', { x: 0, y: 0 }).doc);
    store.getState().apply((d) => addNode(d, 'service', { x: 300, y: 0 }).doc);
    store.getState().apply((d) => connect(d, 'client-1', 'service-1', 'via-queue').doc);
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    store.temporal.getState().undo();
    expect(store.getState().doc.nodes.map((n) => n.id)).toEqual(['client-1', 'service-1']);
    store.getState().load(starterDoc());
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.temporal.getState().futureStates).toHaveLength(0);
  });
});
