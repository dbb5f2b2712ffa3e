/** Checks that need the whole document: references, which kinds a link may join, sync cycles. */
import type { z } from 'zod';
import { NODE_KINDS } from '../components/registry';
import { LINK_KINDS } from '../links/registry';
import type { scenarioObjectSchema } from './schema';

type Doc = z.infer<typeof scenarioObjectSchema>;

export function checkRules(doc: Doc, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const nodes = new Map<string, Doc['nodes'][number]>();
  const ids = new Set<string>();

  doc.nodes.forEach((n, i) => {
    if (ids.has(n.id)) issue(['nodes', i, 'id'], `duplicate id "${n.id}"`);
    ids.add(n.id);
    nodes.set(n.id, n);
  });
  const links = new Set<string>();
  doc.links.forEach((l, i) => {
    if (ids.has(l.id)) issue(['links', i, 'id'], `duplicate id "${l.id}"`);
    ids.add(l.id);
    links.add(l.id);
    const from = nodes.get(l.from);
    const to = nodes.get(l.to);
    if (!from) issue(['links', i, 'from'], `no node with id "${l.from}"`);
    if (!to) issue(['links', i, 'to'], `no node with id "${l.to}"`);
    if (!from || !to) return;
    const rule = LINK_KINDS[l.kind];
    if (!(rule.from as readonly string[]).includes(from.kind))
      issue(['links', i, 'from'], `a ${rule.title} cannot start at a ${from.kind} (it starts at: ${rule.from.join(', ')})`);
    if (!(rule.to as readonly string[]).includes(to.kind))
      issue(['links', i, 'to'], `a ${rule.title} cannot go into a ${to.kind} (it goes into: ${rule.to.join(', ')})`);
    if (l.from === l.to) issue(['links', i, 'to'], 'a link cannot join a node to itself');
  });

  doc.nodes.forEach((n, i) => {
    if (n.kind === 'queue' && n.deadLetterQueue !== undefined) {
      const dlq = nodes.get(n.deadLetterQueue);
      if (!dlq || dlq.kind !== 'queue') issue(['nodes', i, 'deadLetterQueue'], `"${n.deadLetterQueue}" is not a queue node`);
      else if (dlq.id === n.id) issue(['nodes', i, 'deadLetterQueue'], 'a queue cannot be its own dead-letter queue');
    }
  });

  const cycle = findSyncCycle(doc);
  if (cycle) issue(['links', cycle.index], `synchronous calls form a cycle: ${cycle.path.join(' → ')} (each call would wait on itself)`);

  if (doc.run.warmupMs >= doc.run.durationMs) issue(['run', 'warmupMs'], 'warmupMs must be less than durationMs');

  doc.faults.forEach((f, i) => {
    const isNode = nodes.has(f.target);
    if (!isNode && !links.has(f.target)) return issue(['faults', i, 'target'], `no node or link with id "${f.target}"`);
    const kind = nodes.get(f.target)?.kind;
    if (isNode && kind && !NODE_KINDS[kind].faultable) return issue(['faults', i, 'target'], `faults act on services, links and the kinds that can fail; "${f.target}" is a ${kind}`);
    if (f.kind === 'partition' && isNode) issue(['faults', i, 'target'], 'a partition cuts a link: target a link id');
    if ((f.kind === 'errorBurst' || f.kind === 'failFirst') && !isNode) issue(['faults', i, 'target'], `a ${f.kind} fault targets a node`);
  });
}

/** Depth-first search over REST links; returns the first cycle found, if any. */
function findSyncCycle(doc: Doc): { index: number; path: string[] } | undefined {
  const out = new Map<string, { to: string; index: number }[]>();
  doc.links.forEach((l, index) => {
    if (!LINK_KINDS[l.kind].sync) return;
    out.set(l.from, [...(out.get(l.from) ?? []), { to: l.to, index }]);
  });
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): { index: number; path: string[] } | undefined => {
    state.set(id, 1);
    stack.push(id);
    for (const e of out.get(id) ?? []) {
      const s = state.get(e.to);
      if (s === 1) return { index: e.index, path: [...stack.slice(stack.indexOf(e.to)), e.to] };
      if (s === undefined) {
        const found = visit(e.to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 2);
    return undefined;
  };
  for (const id of out.keys()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
