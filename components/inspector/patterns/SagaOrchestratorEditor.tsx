'use client';
/**
 * A saga orchestrator: its steps in the order the engine runs them (saga-steps.ts resolves the
 * order from the `steps` list and the node's REST links, for the engine and for this list alike),
 * each with its operation and the one that undoes it; then its flat parameters, from its schema.
 */
import { useMemo, useState } from 'react';
import type { DocNode } from '@/lib/scenario-doc/types';
import { sagaOrchestratorSchema } from '@/simulations/components/saga-orchestrator.schema';
import { listStep, moveStep, resolveSteps, type SagaStepInput } from '@/simulations/components/saga-steps';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { CheckboxField } from '../fields/choices';
import { NumberField } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { TextField } from '../fields/TextField';
import { BUTTON, CODE, ERROR_TEXT, HELP, ICON_BUTTON } from '../fields/styles';
import { formatShown } from '../quantity';
import type { Editor } from '../use-editor';
import { schemaFields } from './schema-fields';

type OrchestratorDoc = Extract<DocNode, { kind: 'sagaOrchestrator' }>;

const FIELDS = schemaFields(sagaOrchestratorSchema).filter((f) => f.key !== 'steps');

export function SagaOrchestratorEditor({ node, editor }: { node: DocNode; editor: Editor }) {
  const o = node as OrchestratorDoc;
  return (
    <>
      <Section
        title="Steps"
        intro="Called one after another, top to bottom. When one fails, the ones above it are undone from the bottom up. Listed steps run first; REST links not listed follow in link order with default operations."
      >
        <StepList node={o} editor={editor} />
      </Section>
      <Section title="Parameters">
        {FIELDS.map((f) => {
          const v = (o as unknown as Record<string, unknown>)[f.key];
          if (f.control === 'number')
            return (
              <NumberField
                key={f.key}
                editor={editor}
                path={[f.key]}
                value={typeof v === 'number' ? v : undefined}
                label={f.label}
                unit={f.unit}
                unitLabel={f.unitLabel}
                scale={f.scale}
                help={f.help}
                optional={f.optional}
                placeholder={f.defaultValue !== undefined ? formatShown(f.defaultValue, f.scale) : undefined}
              />
            );
          if (f.control === 'boolean')
            return <CheckboxField key={f.key} label={f.label} checked={typeof v === 'boolean' ? v : (f.defaultValue ?? false)} help={f.help} onChange={(c) => editor.commit([f.key], c)} />;
          if (f.control === 'text')
            return <TextField key={f.key} editor={editor} path={[f.key]} value={typeof v === 'string' ? v : undefined} label={f.label} help={f.help} placeholder={f.defaultValue} optional={f.optional} mono maxLength={60} />;
          return null;
        })}
      </Section>
    </>
  );
}

function StepList({ node, editor }: { node: OrchestratorDoc; editor: Editor }) {
  const links = useDoc((s) => s.doc.links);
  const nodes = useDoc((s) => s.doc.nodes);
  const [error, setError] = useState<string>();
  const listed: SagaStepInput[] = useMemo(() => node.steps ?? [], [node.steps]);
  const { steps, unlinked } = useMemo(() => {
    const targets = (links ?? []).filter((l) => l.kind === 'rest' && l.from === node.id).map((l) => l.to);
    return resolveSteps(listed, targets);
  }, [links, listed, node.id]);
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.label || id;
  const write = (next: SagaStepInput[]) => setError(editor.commit(['steps'], next));
  const at = (to: string) => listed.findIndex((s) => s.to === to);

  if (steps.length === 0 && unlinked.length === 0) return <p className={HELP}>No steps yet: connect REST links from this node to the services that do the work.</p>;
  return (
    <div>
      <ol className="space-y-2">
        {steps.map((s, n) => {
          const i = at(s.to);
          return (
            <li key={s.to} className="rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-700" data-testid="saga-step">
              <div className="flex items-center gap-1">
                <span className="min-w-0 flex-1 truncate text-sm font-medium">
                  {n + 1}. {nameOf(s.to)}
                </span>
                {s.listed ? (
                  <>
                    <button type="button" className={ICON_BUTTON} disabled={i === 0} onClick={() => write(moveStep(listed, i, -1))} aria-label={`Move ${nameOf(s.to)} up`} title="Earlier">
                      ↑
                    </button>
                    <button type="button" className={ICON_BUTTON} disabled={i === listed.length - 1} onClick={() => write(moveStep(listed, i, 1))} aria-label={`Move ${nameOf(s.to)} down`} title="Later">
                      ↓
                    </button>
                    <button type="button" className={ICON_BUTTON} onClick={() => write(listed.filter((_, j) => j !== i))} aria-label={`Unlist ${nameOf(s.to)}`} title="Back to the default operations, after the listed steps">
                      ×
                    </button>
                  </>
                ) : (
                  <button type="button" className={BUTTON} onClick={() => write(listStep(listed, s.to))} title="Add it to the list to change its operations or its place">
                    Edit
                  </button>
                )}
              </div>
              {s.listed ? (
                <>
                  <TextField editor={editor} path={['steps', i, 'action']} value={s.action} label="Does" mono maxLength={120} />
                  <TextField editor={editor} path={['steps', i, 'compensation']} value={s.compensation} label="Undone by" placeholder="nothing to undo" optional mono maxLength={120} />
                </>
              ) : (
                <p className={HELP}>
                  <code className={CODE}>{s.action}</code>, undone by <code className={CODE}>{s.compensation}</code>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {unlinked.map((to) => (
        <p key={to} role="alert" className={`mt-2 flex items-center gap-1 ${ERROR_TEXT}`}>
          <span className="flex-1">⚠ “{to}” has no REST link from this saga: skipped.</span>
          <button type="button" className={ICON_BUTTON} onClick={() => write(listed.filter((x) => x.to !== to))} aria-label={`Remove step ${to}`}>
            ×
          </button>
        </p>
      ))}
      {error && (
        <p role="alert" className={`mt-1 ${ERROR_TEXT}`}>
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
