'use client';
/**
 * The right-hand panel: edits the selected node or link, or the scenario when nothing is
 * selected. Every edit is validated by the scenario schema before it reaches the document.
 */
import { useState } from 'react';
import { useDoc, useUi } from '@/components/playground/PlaygroundProvider';
import { LazyLinkInspector, LazyNodeInspector } from './LazyInspectors';
import { ScenarioEditor } from './ScenarioEditor';
import { SelectionSummary } from './SelectionSummary';
import { ICON_BUTTON } from './fields/styles';

export function Inspector() {
  const [collapsed, setCollapsed] = useState(false);
  const nodes = useUi((s) => s.selectedNodes);
  const links = useUi((s) => s.selectedLinks);
  // Selection can outlive what it names (undo of an add): only existing elements count.
  const nodeId = useDoc((s) => (nodes.length === 1 && links.length === 0 && s.doc.nodes.some((n) => n.id === nodes[0]) ? nodes[0] : undefined));
  const linkId = useDoc((s) => (links.length === 1 && nodes.length === 0 && (s.doc.links ?? []).some((l) => l.id === links[0]) ? links[0] : undefined));
  const many = nodes.length + links.length > 1;

  if (collapsed) {
    return (
      <aside aria-label="Inspector" className="flex min-h-0 flex-col items-center border-l border-slate-200 py-2 dark:border-slate-800">
        <button type="button" onClick={() => setCollapsed(false)} aria-expanded={false} aria-label="Show the inspector" title="Show the inspector" className={ICON_BUTTON}>
          «
        </button>
        <span className="mt-3 text-xs font-semibold tracking-wide text-slate-500 uppercase [writing-mode:vertical-rl]">Inspector</span>
      </aside>
    );
  }

  const key = nodeId ? `n:${nodeId}` : linkId ? `l:${linkId}` : many ? 'many' : 'scenario';
  return (
    <aside aria-label="Inspector" data-testid="inspector" className="flex min-h-0 w-[22rem] flex-col border-l border-slate-200 bg-white dark:border-slate-800 dark:bg-[#0b1120]">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-1.5 dark:border-slate-800">
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{nodeId || linkId ? 'Inspector' : many ? 'Inspector · selection' : 'Inspector · scenario'}</span>
        <button type="button" onClick={() => setCollapsed(true)} aria-expanded={true} aria-label="Hide the inspector" title="Hide the inspector" className={ICON_BUTTON}>
          »
        </button>
      </div>
      <div key={key} className="min-h-0 flex-1 overflow-y-auto pb-8">
        {nodeId ? <LazyNodeInspector id={nodeId} /> : linkId ? <LazyLinkInspector id={linkId} /> : many ? <SelectionSummary nodes={nodes} links={links} /> : <ScenarioEditor />}
      </div>
    </aside>
  );
}
