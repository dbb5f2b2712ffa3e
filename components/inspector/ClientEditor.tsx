'use client';
/** A client: the traffic it sends, the operations it mixes, and the keys it touches. */
import type { Distribution } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';
import { DistributionEditor } from './DistributionEditor';
import { OperationsList } from './OperationsList';
import { Segmented } from './fields/choices';
import { NumberField } from './fields/NumberField';
import { Section } from './fields/Section';
import { defaultOf, help } from './schema-info';
import { TRAFFIC_CHOICES, switchTraffic, type TrafficInput } from './traffic-switch';
import type { Editor } from './use-editor';

type ClientNode = Extract<DocNode, { kind: 'client' }>;

export function ClientEditor({ node, editor }: { node: ClientNode; editor: Editor }) {
  const t = node.traffic as TrafficInput;
  const num = (k: string) => (typeof t[k] === 'number' ? (t[k] as number) : undefined);
  const rate = (key: string, label: string, hint?: string, placeholder?: string) => (
    <NumberField editor={editor} path={['traffic', key]} value={num(key)} label={label} unit="/s" help={hint} placeholder={placeholder} optional={placeholder !== undefined} />
  );
  const secs = (key: string, label: string, hint?: string) => <NumberField editor={editor} path={['traffic', key]} value={num(key)} label={label} unit="s" scale={1000} help={hint} />;
  return (
    <>
      <Section title="Traffic" intro="How requests arrive. Rates are per second of simulated time.">
        <Segmented label="Traffic type" value={t.type} options={TRAFFIC_CHOICES} onChange={(type) => editor.commit(['traffic'], switchTraffic(t, type))} help={TRAFFIC_CHOICES.find((c) => c.value === t.type)?.title} />
        {t.type === 'constant' && rate('ratePerSec', 'Rate', 'One request every 1/rate seconds, exactly.')}
        {t.type === 'poisson' && rate('ratePerSec', 'Rate', 'Average rate; gaps between requests are random (exponential).')}
        {t.type === 'bursts' && (
          <>
            {rate('ratePerSec', 'Rate during a burst')}
            {rate('baseRatePerSec', 'Rate between bursts', undefined, '0')}
            {secs('onMs', 'Burst length')}
            {secs('offMs', 'Pause between bursts')}
          </>
        )}
        {t.type === 'ramp' && (
          <>
            {rate('fromRatePerSec', 'Starting rate')}
            {rate('toRatePerSec', 'Final rate', 'Held after the ramp.')}
            {secs('rampMs', 'Ramp time')}
          </>
        )}
        {t.type === 'closed' && (
          <>
            <NumberField editor={editor} path={['traffic', 'users']} value={num('users')} label="Users" unit="count" unitLabel="users" help="Each user sends a request, waits for the answer, thinks, and sends the next." />
            <DistributionEditor editor={editor} path={['traffic', 'thinkTime']} value={t.thinkTime as Distribution | undefined} fallback={{ type: 'exponential', mean: 1000 }} label="Think time" help="Pause between an answer and the user's next request." />
          </>
        )}
      </Section>
      <Section title="Operations" intro="The mix of requests, in REST style. Weights are relative: 3 and 1 means 75 % and 25 %.">
        <OperationsList ops={node.operations} editor={editor} />
      </Section>
      <Section title="Keys and timing">
        <NumberField editor={editor} path={['keySpace']} value={node.keySpace} label="Key space" unit="count" unitLabel="keys" placeholder={String(defaultOf('client', 'keySpace'))} optional help="Requests touch entities 1 … N, uniformly (the {id} of the path)." />
        <NumberField editor={editor} path={['startAtMs']} value={node.startAtMs} label="Start at" unit="s" scale={1000} placeholder="0" optional help="No requests before this time." />
        <NumberField editor={editor} path={['stopAtMs']} value={node.stopAtMs} label="Stop at" unit="s" scale={1000} placeholder="never" optional help={help('client', 'stopAtMs')} />
      </Section>
    </>
  );
}
