'use client';
/** The selected node: its name, its kind's parameters, and (for kinds that can fail) its faults. */
import { NODE_KINDS, type NodeKind } from '@/simulations/index';
import { patternKindOf } from '@/simulations/components/registry';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { BrokerEditor } from './BrokerEditor';
import { ClientEditor } from './ClientEditor';
import { ElementHeader, KIND_ACCENT } from './ElementHeader';
import { FaultSchedule } from './FaultSchedule';
import { InjectNow } from './InjectNow';
import { PATTERN_EDITORS } from './patterns/registry';
import { SchemaFields } from './patterns/SchemaFields';
import { ServiceEditor } from './ServiceEditor';
import { Section } from './fields/Section';
import { TextField } from './fields/TextField';
import { CODE } from './fields/styles';
import { useEditor } from './use-editor';

export function NodeInspector({ id }: { id: string }) {
  const node = useDoc((s) => s.doc.nodes.find((n) => n.id === id));
  const editor = useEditor({ kind: 'node', id });
  if (!node) return null;
  const info = NODE_KINDS[node.kind];
  // A pattern kind gets its own editor when it registered one, else the form built from its schema.
  const PatternEditor = patternKindOf(node.kind) ? (PATTERN_EDITORS[node.kind as NodeKind] ?? SchemaFields) : undefined;
  return (
    <>
      <ElementHeader
        kind={info.title}
        accent={KIND_ACCENT[node.kind] ?? '#0072B2'}
        title={node.label || node.id}
        sub={
          <>
            id <code className={CODE}>{node.id}</code> · {info.summary}
          </>
        }
      />
      <Section title="Name">
        <TextField editor={editor} path={['label']} value={node.label} label="Label" placeholder={node.id} optional maxLength={80} help="Shown on the canvas." />
      </Section>
      {node.kind === 'service' && <ServiceEditor node={node} editor={editor} />}
      {node.kind === 'client' && <ClientEditor node={node} editor={editor} />}
      {(node.kind === 'queue' || node.kind === 'topic') && <BrokerEditor node={node} editor={editor} />}
      {PatternEditor && <PatternEditor node={node} editor={editor} />}
      <Section title="Notes">
        <TextField editor={editor} path={['description']} value={node.description} label="Notes" hideLabel placeholder="What this component stands for, for whoever opens the scenario next." optional multiline maxLength={2000} />
      </Section>
      {info.faultable && (
        <>
          <Section title="Scheduled faults" intro="Part of the scenario: they happen in every run.">
            <FaultSchedule target={node.id} />
          </Section>
          <Section title="Inject now">
            <InjectNow target={node.id} type="service" />
          </Section>
        </>
      )}
    </>
  );
}
