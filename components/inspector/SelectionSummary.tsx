'use client';
/** Several things selected: say how many and of what, and let one be picked for editing. */
import { useShallow } from 'zustand/react/shallow';
import { NODE_KINDS, LINK_KINDS } from '@/simulations/index';
import { useDoc, usePlayground } from '@/components/playground/PlaygroundProvider';
import { ElementHeader } from './ElementHeader';
import { Section } from './fields/Section';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function SelectionSummary({ nodes, links }: { nodes: string[]; links: string[] }) {
  const { ui } = usePlayground();
  const items = useDoc(
    useShallow((s) => [
      ...s.doc.nodes.filter((n) => nodes.includes(n.id)).map((n) => `node\u0000${n.id}\u0000${n.label || n.id}\u0000${NODE_KINDS[n.kind].title}`),
      ...(s.doc.links ?? []).filter((l) => links.includes(l.id)).map((l) => `link\u0000${l.id}\u0000${l.from} → ${l.to}\u0000${LINK_KINDS[l.kind].title}`),
    ]),
  ).map((s) => {
    const [type, id, name, kind] = s.split('\u0000');
    return { type, id, name, kind };
  });
  const kinds = [...new Set(items.map((i) => i.kind))];
  const parts = [nodes.length ? plural(nodes.length, 'node') : '', links.length ? plural(links.length, 'link') : ''].filter(Boolean);
  return (
    <>
      <ElementHeader kind="Selection" accent="#999999" title={`${parts.join(' and ')} selected`} sub={kinds.length === 1 ? `All ${kinds[0].toLowerCase()}s.` : `Kinds: ${kinds.join(', ')}.`} />
      <Section title="Edit one" intro="Parameters are edited one element at a time. Delete, duplicate and copy act on the whole selection.">
        <ul className="mt-1 space-y-1">
          {items.map((i) => (
            <li key={`${i.type}-${i.id}`}>
              <button
                type="button"
                onClick={() => ui.getState().select(i.type === 'node' ? [i.id] : [], i.type === 'link' ? [i.id] : [])}
                className="flex w-full items-baseline justify-between gap-2 rounded-md px-2 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
              >
                <span className="min-w-0 truncate font-medium">{i.name}</span>
                <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">{i.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
