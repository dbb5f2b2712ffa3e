'use client';
/** The one- to three-field policies: timeout, rate limiter, bulkhead. Off means the field is absent. */
import type { DocLink } from '@/lib/scenario-doc/types';
import { NumberField } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { help } from '../schema-info';
import type { Editor } from '../use-editor';

export type RestLink = Extract<DocLink, { kind: 'rest' }>;
export interface PolicyProps {
  link: RestLink;
  editor: Editor;
}

/** What a policy holds when switched on: the least a schema needs, sensible for a first run. */
export const POLICY_ON = {
  timeout: { timeoutMs: 1000 },
  retry: {},
  circuitBreaker: {},
  rateLimiter: { capacity: 20, refillPerSec: 10 },
  bulkhead: { maxConcurrentCalls: 10 },
} as const;

export function togglePolicy(editor: Editor, key: keyof typeof POLICY_ON) {
  return (on: boolean) => void editor.commit([key], on ? POLICY_ON[key] : undefined);
}

export function TimeoutEditor({ link, editor }: PolicyProps) {
  const p = link.timeout;
  return (
    <Section title="Timeout" intro="The caller gives up at the deadline; the callee still does the work." toggle={{ on: !!p, onChange: togglePolicy(editor, 'timeout'), label: 'Timeout on' }}>
      {p && <NumberField editor={editor} path={['timeout', 'timeoutMs']} value={p.timeoutMs} label="Timeout" unit="ms" help="Per attempt: each retry gets a fresh deadline." />}
    </Section>
  );
}

export function RateLimiterEditor({ link, editor }: PolicyProps) {
  const p = link.rateLimiter;
  return (
    <Section title="Rate limiter" intro="A token bucket: each call takes a token; calls without one are refused (or wait)." toggle={{ on: !!p, onChange: togglePolicy(editor, 'rateLimiter'), label: 'Rate limiter on' }}>
      {p && (
        <>
          <NumberField editor={editor} path={['rateLimiter', 'capacity']} value={p.capacity} label="Capacity" unit="count" unitLabel="tokens" help={help('rateLimiter', 'capacity')} />
          <NumberField editor={editor} path={['rateLimiter', 'refillPerSec']} value={p.refillPerSec} label="Refill rate" unit="/s" help="Tokens added per second: the sustained rate allowed." />
          <NumberField editor={editor} path={['rateLimiter', 'maxWaitMs']} value={p.maxWaitMs} label="Max wait" unit="ms" placeholder="0" optional help="0 refuses at once; otherwise a call may wait this long for a token." />
        </>
      )}
    </Section>
  );
}

export function BulkheadEditor({ link, editor }: PolicyProps) {
  const p = link.bulkhead;
  return (
    <Section title="Bulkhead" intro="Caps the calls in progress through this link, so one slow dependency cannot take every worker." toggle={{ on: !!p, onChange: togglePolicy(editor, 'bulkhead'), label: 'Bulkhead on' }}>
      {p && <NumberField editor={editor} path={['bulkhead', 'maxConcurrentCalls']} value={p.maxConcurrentCalls} label="Max concurrent calls" unit="count" unitLabel="calls" help="Calls in progress at once; more are refused." />}
    </Section>
  );
}
