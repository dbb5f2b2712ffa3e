'use client';
/** Queues and topics: capacity, redelivery and dead letters (a topic applies them per subscriber). */
import { useDoc } from '@/components/playground/PlaygroundProvider';
import type { DocNode } from '@/lib/scenario-doc/types';
import { useShallow } from 'zustand/react/shallow';
import { SelectField } from './fields/choices';
import { NumberField } from './fields/NumberField';
import { Section } from './fields/Section';
import { defaultOf } from './schema-info';
import type { Editor } from './use-editor';

type Broker = Extract<DocNode, { kind: 'queue' | 'topic' }>;

export function BrokerEditor({ node, editor }: { node: Broker; editor: Editor }) {
  const queues = useDoc(useShallow((s) => s.doc.nodes.filter((n) => n.kind === 'queue' && n.id !== node.id).map((n) => n.id)));
  const ph = (key: string) => String(defaultOf('queue', key));
  return (
    <>
      {node.kind === 'queue' && (
        <Section title="Capacity" intro="Consumers compete for the messages: each message goes to one of them.">
          <NumberField editor={editor} path={['capacity']} value={node.capacity} label="Capacity" unit="count" unitLabel="messages" placeholder="unbounded" optional help="Messages held at most (waiting and in flight); more are rejected. Leave empty for no limit." />
        </Section>
      )}
      <Section title="Delivery" intro={node.kind === 'topic' ? 'Every subscriber gets its own copy, with these redelivery rules.' : 'At-least-once: a failed or unacknowledged message comes back.'}>
        <NumberField editor={editor} path={['visibilityTimeoutMs']} value={node.visibilityTimeoutMs} label="Visibility timeout" unit="ms" placeholder={ph('visibilityTimeoutMs')} optional help="A delivered message not acknowledged in this time is delivered again. 0 = never." />
        <NumberField editor={editor} path={['retryDelayMs']} value={node.retryDelayMs} label="Retry delay" unit="ms" placeholder={ph('retryDelayMs')} optional help="After a consumer failure, the message is visible again after this delay." />
        <NumberField editor={editor} path={['maxReceives']} value={node.maxReceives} label="Max receives" unit="count" unitLabel="times" placeholder={ph('maxReceives')} optional help="Deliveries before a message is dead-lettered. 0 = never." />
        {node.kind === 'queue' && (
          <SelectField
            label="Dead-letter queue"
            value={node.deadLetterQueue ?? ''}
            options={[{ value: '', label: queues.length ? 'None (dropped)' : 'None (add another queue)' }, ...queues.map((q) => ({ value: q, label: q }))]}
            onChange={(v) => editor.commit(['deadLetterQueue'], v || undefined)}
            help="Where a message goes after its last failed receive."
          />
        )}
      </Section>
    </>
  );
}
