'use client';
/** A REST call: its network, then its policies, in Resilience4j's decorator order. */
import type { Distribution } from '@/simulations/index';
import type { DocLink } from '@/lib/scenario-doc/types';
import { DistributionEditor } from './DistributionEditor';
import { CheckboxField } from './fields/choices';
import { NumberField, asPercent } from './fields/NumberField';
import { Section } from './fields/Section';
import { BulkheadEditor, RateLimiterEditor, TimeoutEditor } from './policies/SimplePolicies';
import { CircuitBreakerEditor } from './policies/CircuitBreakerEditor';
import { RetryEditor } from './policies/RetryEditor';
import { defaultOf } from './schema-info';
import type { Editor } from './use-editor';

type RestLink = Extract<DocLink, { kind: 'rest' }>;

export function RestLinkEditor({ link, editor, fromClient }: { link: RestLink; editor: Editor; fromClient: boolean }) {
  return (
    <>
      <Section title="Network" intro="Each attempt crosses the network once each way; this is the added delay.">
        <DistributionEditor editor={editor} path={['latency']} value={link.latency as Distribution | undefined} fallback={defaultOf('rest', 'latency') as Distribution} label="Latency" />
        <NumberField editor={editor} path={['probability']} value={link.probability} label="Call probability" unit="%" scale={0.01} placeholder="100" optional reword={asPercent} help="Share of requests for which the caller makes this call." />
        {fromClient && <NumberField editor={editor} path={['weight']} value={link.weight} label="Weight" unit="" placeholder="1" optional help="A client with several links splits its traffic by these weights." />}
        <CheckboxField label="Fallback on failure" checked={link.fallback ?? false} onChange={(v) => editor.commit(['fallback'], v || undefined)} help="When the call fails, the caller answers with degraded data instead of failing." />
      </Section>
      <p className="border-t border-slate-200 px-4 pt-3 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Policies wrap each call in Resilience4j&rsquo;s order: Retry ( CircuitBreaker ( RateLimiter ( TimeLimiter ( Bulkhead ( call ) ) ) ) ).
      </p>
      <TimeoutEditor link={link} editor={editor} />
      <RetryEditor link={link} editor={editor} />
      <CircuitBreakerEditor link={link} editor={editor} />
      <RateLimiterEditor link={link} editor={editor} />
      <BulkheadEditor link={link} editor={editor} />
    </>
  );
}
