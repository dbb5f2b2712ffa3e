'use client';
/** Publish / enqueue (a producer hands over a domain event) and consume / subscribe (a consumer takes messages). */
import type { Distribution } from '@/simulations/index';
import type { DocLink } from '@/lib/scenario-doc/types';
import { DataTemplate } from './DataTemplate';
import { DistributionEditor } from './DistributionEditor';
import { NumberField, asPercent } from './fields/NumberField';
import { Section } from './fields/Section';
import { TextField } from './fields/TextField';
import { defaultOf } from './schema-info';
import type { Editor } from './use-editor';

type Produce = Extract<DocLink, { kind: 'publish' | 'enqueue' }>;
type Deliver = Extract<DocLink, { kind: 'consume' | 'subscribe' }>;

export function ProduceLinkEditor({ link, editor, fromClient }: { link: Produce; editor: Editor; fromClient: boolean }) {
  return (
    <>
      <Section title="Delivery" intro="Fire and forget: the producer does not wait. While the link is cut, events wait in its outbox.">
        <DistributionEditor editor={editor} path={['latency']} value={link.latency as Distribution | undefined} fallback={defaultOf('produce', 'latency') as Distribution} label="Latency" help="Network delay to the broker." />
        <NumberField editor={editor} path={['probability']} value={link.probability} label="Probability" unit="%" scale={0.01} placeholder="100" optional reword={asPercent} help="Share of requests that produce an event here." />
        {fromClient && <NumberField editor={editor} path={['weight']} value={link.weight} label="Weight" unit="" placeholder="1" optional help="A client with several links splits its traffic by these weights." />}
      </Section>
      <Section title="Domain event" intro="Each event has the guide's shape: { id, type, aggregateId, aggregateType, version, timestamp, data, metadata }.">
        <TextField editor={editor} path={['eventType']} value={link.eventType} label="Event type" placeholder={String(defaultOf('produce', 'eventType'))} optional mono maxLength={120} help='For example "user.registered" or "order.placed".' />
        <TextField editor={editor} path={['aggregateType']} value={link.aggregateType} label="Aggregate type" placeholder={String(defaultOf('produce', 'aggregateType'))} optional mono maxLength={60} help='The kind of entity, e.g. "user"; its id is the request key.' />
        <DataTemplate data={link.data} editor={editor} />
      </Section>
    </>
  );
}

export function DeliverLinkEditor({ link, editor }: { link: Deliver; editor: Editor }) {
  return (
    <Section title={link.kind === 'consume' ? 'Consumer' : 'Subscriber'} intro={link.kind === 'consume' ? 'Takes messages from the queue, competing with other consumers.' : 'Receives its own copy of every event on the topic.'}>
      <DistributionEditor editor={editor} path={['latency']} value={link.latency as Distribution | undefined} fallback={defaultOf('deliver', 'latency') as Distribution} label="Latency" help="Delay from the broker to the consumer." />
      <NumberField editor={editor} path={['concurrency']} value={link.concurrency} label="Concurrency" unit="count" unitLabel="at once" placeholder={String(defaultOf('deliver', 'concurrency'))} optional help="Messages this consumer works on at once (its pollers)." />
    </Section>
  );
}
