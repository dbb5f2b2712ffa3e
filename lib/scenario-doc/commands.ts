/**
 * Canvas commands as pure functions: (document, arguments) → new document. The store applies
 * them as single undoable steps; tests call them directly.
 */
import type { LinkKind, NodeKind } from '@/simulations/index';
import type { ConnectOption } from './connect-rules';
import { newLink, newNode } from './defaults';
import { freshId, usedIds } from './ids';
import type { DocFault, DocLink, DocNode, ScenarioDoc, XY } from './types';

export function addNode(doc: ScenarioDoc, kind: NodeKind, at: XY): { doc: ScenarioDoc; id: string } {
  const id = freshId(kind, usedIds(doc));
  return { doc: { ...doc, nodes: [...doc.nodes, newNode(kind, id, at)] }, id };
}

/** Removes nodes and links; links touching a removed node and faults aimed at removed things go too. */
export function removeElements(doc: ScenarioDoc, nodeIds: Iterable<string>, linkIds: Iterable<string> = []): ScenarioDoc {
  const nodes = new Set(nodeIds);
  const links = new Set(linkIds);
  const keptLinks = (doc.links ?? []).filter((l) => !links.has(l.id) && !nodes.has(l.from) && !nodes.has(l.to));
  const alive = new Set([...doc.nodes.filter((n) => !nodes.has(n.id)).map((n) => n.id), ...keptLinks.map((l) => l.id)]);
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !nodes.has(n.id)).map((n) => (n.kind === 'queue' && n.deadLetterQueue && nodes.has(n.deadLetterQueue) ? { ...n, deadLetterQueue: undefined } : n)),
    links: keptLinks,
    faults: (doc.faults ?? []).filter((f) => alive.has(f.target)),
  };
}

/** Joins two nodes; a "via" option inserts a queue or topic between two services. Returns the new link ids. */
export function connect(doc: ScenarioDoc, from: string, to: string, option: ConnectOption): { doc: ScenarioDoc; linkIds: string[]; nodeIds: string[] } {
  const taken = usedIds(doc);
  if (option === 'via-queue' || option === 'via-topic') {
    const a = doc.nodes.find((n) => n.id === from);
    const b = doc.nodes.find((n) => n.id === to);
    if (!a || !b) return { doc, linkIds: [], nodeIds: [] };
    const kind = option === 'via-queue' ? 'queue' : 'topic';
    const mid = freshId(kind, taken);
    // Below the pair, clear of both (nodes are about 110 px tall with their badges).
    const pos = { x: ((a.position?.x ?? 0) + (b.position?.x ?? 0)) / 2, y: Math.max(a.position?.y ?? 0, b.position?.y ?? 0) + 160 };
    const inLink = newLink(kind === 'queue' ? 'enqueue' : 'publish', freshId(`${from}-${mid}`, taken), from, mid);
    const outLink = newLink(kind === 'queue' ? 'consume' : 'subscribe', freshId(`${mid}-${to}`, taken), mid, to);
    return {
      doc: { ...doc, nodes: [...doc.nodes, newNode(kind, mid, pos)], links: [...(doc.links ?? []), inLink, outLink] },
      linkIds: [inLink.id, outLink.id],
      nodeIds: [mid],
    };
  }
  const link = newLink(option as LinkKind, freshId(`${from}-${to}`, taken), from, to);
  return { doc: { ...doc, links: [...(doc.links ?? []), link] }, linkIds: [link.id], nodeIds: [] };
}

/** Nodes that end where they started are left as they are, and a move that changes nothing records no undo step. */
export function moveNodes(doc: ScenarioDoc, positions: ReadonlyMap<string, XY>): ScenarioDoc {
  let moved = false;
  const nodes = doc.nodes.map((n) => {
    const to = positions.get(n.id);
    if (!to) return n;
    const p = roundXY(to);
    if (n.position && n.position.x === p.x && n.position.y === p.y) return n;
    moved = true;
    return { ...n, position: p };
  });
  return moved ? { ...doc, nodes } : doc;
}

/** An empty name falls back to the id; the same name again changes nothing (and records no undo step). */
export function renameNode(doc: ScenarioDoc, id: string, label: string): ScenarioDoc {
  const clean = label.trim().slice(0, 80) || undefined;
  const node = doc.nodes.find((n) => n.id === id);
  if (!node || node.label === clean) return doc;
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, label: clean } : n)) };
}

/** Replaces a node's parameters; id and kind cannot change this way. */
export function replaceNode(doc: ScenarioDoc, id: string, next: DocNode): ScenarioDoc {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? ({ ...next, id: n.id, kind: n.kind } as DocNode) : n)) };
}

export function replaceLink(doc: ScenarioDoc, id: string, next: DocLink): ScenarioDoc {
  return { ...doc, links: (doc.links ?? []).map((l) => (l.id === id ? ({ ...next, id: l.id, kind: l.kind, from: l.from, to: l.to } as DocLink) : l)) };
}

/** What copy puts on the clipboard: the nodes and the links among them. */
export interface Clip {
  interplay: 'clip/1';
  nodes: DocNode[];
  links: DocLink[];
}

export function copy(doc: ScenarioDoc, nodeIds: Iterable<string>): Clip {
  const ids = new Set(nodeIds);
  return {
    interplay: 'clip/1',
    nodes: doc.nodes.filter((n) => ids.has(n.id)),
    links: (doc.links ?? []).filter((l) => ids.has(l.from) && ids.has(l.to)),
  };
}

/** Pastes a clip with fresh ids, offset from the originals; returns the new node ids (to select them). */
export function paste(doc: ScenarioDoc, clip: Clip, offset: XY = { x: 40, y: 40 }): { doc: ScenarioDoc; nodeIds: string[] } {
  const taken = usedIds(doc);
  const rename = new Map<string, string>();
  for (const n of clip.nodes) rename.set(n.id, freshId(n.id.replace(/-\d+$/, ''), taken));
  const labels = new Set(doc.nodes.map((n) => n.label).filter((l): l is string => !!l));
  const nodes = clip.nodes.map((n) => {
    const copyNode = { ...n, id: rename.get(n.id)!, label: n.label && freshLabel(n.label, labels), position: roundXY({ x: (n.position?.x ?? 0) + offset.x, y: (n.position?.y ?? 0) + offset.y }) } as DocNode;
    // A dead-letter queue copied along is the copy's; one left behind is kept only if it exists here.
    if (copyNode.kind === 'queue' && copyNode.deadLetterQueue) {
      const dlq = copyNode.deadLetterQueue;
      copyNode.deadLetterQueue = rename.get(dlq) ?? (doc.nodes.some((m) => m.id === dlq && m.kind === 'queue') ? dlq : undefined);
    }
    return copyNode;
  });
  const links = clip.links.map((l) => ({ ...l, id: freshId(`${rename.get(l.from)}-${rename.get(l.to)}`, taken), from: rename.get(l.from)!, to: rename.get(l.to)! }) as DocLink);
  return { doc: { ...doc, nodes: [...doc.nodes, ...nodes], links: [...(doc.links ?? []), ...links] }, nodeIds: nodes.map((n) => n.id) };
}

export function duplicate(doc: ScenarioDoc, nodeIds: Iterable<string>): { doc: ScenarioDoc; nodeIds: string[] } {
  return paste(doc, copy(doc, nodeIds));
}

/** "Orders API" → "Orders API 2" when the name is taken: charts, legends and traces name nodes by label. */
function freshLabel(label: string, taken: Set<string>): string {
  let next = label;
  const base = label.replace(/ \d+$/, '').slice(0, 72); // room for the number within the 80-character limit
  for (let i = 2; taken.has(next); i++) next = `${base} ${i}`;
  taken.add(next);
  return next;
}

function roundXY(p: XY): XY {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

/** Schedules a fault (the inspector's fault list); returns its index. */
export function addFault(doc: ScenarioDoc, fault: DocFault): { doc: ScenarioDoc; index: number } {
  const faults = [...(doc.faults ?? []), fault];
  return { doc: { ...doc, faults }, index: faults.length - 1 };
}

export function removeFault(doc: ScenarioDoc, index: number): ScenarioDoc {
  const faults = doc.faults ?? [];
  if (index < 0 || index >= faults.length) return doc;
  return { ...doc, faults: faults.filter((_, i) => i !== index) };
}
