'use client';
/** A service: capacity (workers, waiting line), its own work, and how it calls others. */
import type { Distribution } from '@/simulations/index';
import type { DocNode } from '@/lib/scenario-doc/types';
import { DistributionEditor } from './DistributionEditor';
import { OperationTimes } from './OperationTimes';
import { CheckboxField, Segmented } from './fields/choices';
import { NumberField, asPercent } from './fields/NumberField';
import { Section } from './fields/Section';
import { defaultOf, help } from './schema-info';
import type { Editor } from './use-editor';

type ServiceNode = Extract<DocNode, { kind: 'service' }>;

export function ServiceEditor({ node, editor }: { node: ServiceNode; editor: Editor }) {
  return (
    <>
      <Section title="Capacity" intro="How much work it takes on at once, and how much may wait.">
        <NumberField editor={editor} path={['workers']} value={node.workers} label="Workers" unit="count" unitLabel="at once" placeholder={String(defaultOf('service', 'workers'))} optional help={help('service', 'workers')} />
        <NumberField
          editor={editor}
          path={['queueCapacity']}
          value={node.queueCapacity}
          label="Queue capacity"
          unit="count"
          unitLabel="waiting"
          placeholder="unbounded"
          optional
          help="Requests that may wait for a worker; more are rejected. Leave empty for no limit."
        />
      </Section>
      <Section title="Work" intro="What one request costs this service, before its own calls.">
        <DistributionEditor editor={editor} path={['serviceTime']} value={node.serviceTime as Distribution | undefined} fallback={defaultOf('service', 'serviceTime') as Distribution} label="Service time" />
        <OperationTimes node={node} editor={editor} />
        <NumberField editor={editor} path={['errorRate']} value={node.errorRate} label="Error rate" unit="%" scale={0.01} placeholder="0" optional reword={asPercent} help="Share of requests whose own work fails." />
      </Section>
      <Section title="Calls" intro="Its outgoing REST calls (drawn as links from this service).">
        <Segmented
          label="Call mode"
          value={node.callMode ?? 'sequential'}
          options={[
            { value: 'sequential', label: 'One after another' },
            { value: 'parallel', label: 'In parallel' },
          ]}
          onChange={(v) => editor.commit(['callMode'], v === 'sequential' ? undefined : v)}
          help={node.callMode === 'parallel' ? 'All calls start together; the request waits for the slowest, and fails with the first failure.' : 'Each call waits for the previous answer: latencies add up.'}
        />
        <CheckboxField
          label="Calls hold the worker"
          checked={node.callsHoldWorker ?? true}
          onChange={(v) => editor.commit(['callsHoldWorker'], v ? undefined : false)}
          help={node.callsHoldWorker === false ? 'Non-blocking I/O: the worker is free while calls are out.' : 'Thread per request: a slow dependency keeps workers busy, and the waiting line grows here.'}
        />
      </Section>
    </>
  );
}
