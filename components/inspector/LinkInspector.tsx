'use client';
/** The selected link: where it goes, its kind's parameters and policies, and its faults. */
import { LINK_KINDS } from '@/simulations/index';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { DeliverLinkEditor, ProduceLinkEditor } from './AsyncLinkEditor';
import { ElementHeader } from './ElementHeader';
import { FaultSchedule } from './FaultSchedule';
import { InjectNow } from './InjectNow';
import { RestLinkEditor } from './RestLinkEditor';
import { Section } from './fields/Section';
import { TextField } from './fields/TextField';
import { CODE } from './fields/styles';
import { useEditor } from './use-editor';

export function LinkInspector({ id }: { id: string }) {
  const link = useDoc((s) => (s.doc.links ?? []).find((l) => l.id === id));
  const from = useDoc((s) => s.doc.nodes.find((n) => n.id === link?.from));
  const to = useDoc((s) => s.doc.nodes.find((n) => n.id === link?.to));
  const editor = useEditor({ kind: 'link', id });
  if (!link) return null;
  const info = LINK_KINDS[link.kind];
  const fromClient = from?.kind === 'client';
  return (
    <>
      <ElementHeader
        kind={`${info.title} · ${info.sync ? 'synchronous' : 'asynchronous'}`}
        accent="#0072B2"
        dashed={!info.sync}
        title={
          <>
            {from?.label || link.from} <span aria-label="to">→</span> {to?.label || link.to}
          </>
        }
        sub={
          <>
            id <code className={CODE}>{link.id}</code> · {info.summary}
          </>
        }
      />
      <Section title="Name">
        <TextField editor={editor} path={['label']} value={link.label} label="Label" placeholder={link.kind === 'rest' ? 'e.g. GET /api/users/{id}' : link.kind === 'publish' || link.kind === 'enqueue' ? `e.g. ${link.eventType ?? 'user.registered'}` : 'Shown on the canvas'} optional maxLength={80} />
      </Section>
      {link.kind === 'rest' && <RestLinkEditor link={link} editor={editor} fromClient={fromClient} />}
      {(link.kind === 'publish' || link.kind === 'enqueue') && <ProduceLinkEditor link={link} editor={editor} fromClient={fromClient} />}
      {(link.kind === 'consume' || link.kind === 'subscribe') && <DeliverLinkEditor link={link} editor={editor} />}
      <Section title="Scheduled faults" intro="Part of the scenario: they happen in every run.">
        <FaultSchedule target={link.id} />
      </Section>
      <Section title="Inject now">
        <InjectNow target={link.id} type="link" />
      </Section>
    </>
  );
}
