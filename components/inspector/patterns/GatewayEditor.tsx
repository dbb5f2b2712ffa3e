'use client';
/**
 * An API gateway: its own work, authentication, rate limits — including a limit per named client,
 * which a flat generic form cannot edit — and capacity. Routes are not here: each REST link leaving
 * the gateway serves the path prefix in its label (see the intro text).
 */
import { useState } from 'react';
import type { Distribution } from '@/simulations/index';
import { gatewaySchema } from '@/simulations/components/gateway.schema';
import { prefixFor } from '@/simulations/components/gateway-routes';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import type { DocNode } from '@/lib/scenario-doc/types';
import { DistributionEditor } from '../DistributionEditor';
import { SelectField } from '../fields/choices';
import { NumberField, asPercent } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { BUTTON, CODE, ERROR_TEXT, HELP, ICON_BUTTON } from '../fields/styles';
import type { Editor } from '../use-editor';

type GatewayNode = Extract<DocNode, { kind: 'gateway' }>;
type Limits = NonNullable<GatewayNode['clientLimits']>;

const shape = gatewaySchema.shape;
const helpOf = (key: keyof typeof shape) => shape[key].description;

export function GatewayEditor({ node, editor }: { node: DocNode; editor: Editor }) {
  const g = node as GatewayNode;
  return (
    <>
      <Section title="Routes" intro="Each REST link leaving the gateway serves the path in its label, e.g. /api/users; an unlabelled link serves /api/<id of the node it calls>, and / serves everything. The longest match wins; a request no route serves is answered 404.">
        <Routes id={g.id} />
      </Section>
      <Section title="Every request" intro="Checked in this order: credentials (401), the client's rate limit (429), the route (404).">
        <DistributionEditor editor={editor} path={['processingTime']} value={g.processingTime as Distribution | undefined} fallback={shape.processingTime.parse(undefined) as Distribution} label="Processing time" help={helpOf('processingTime')} />
        <NumberField editor={editor} path={['badCredentialsShare']} value={g.badCredentialsShare} label="Bad credentials" unit="%" scale={0.01} placeholder="0" optional reword={asPercent} help={helpOf('badCredentialsShare')} />
        <NumberField editor={editor} path={['maxInFlight']} value={g.maxInFlight} label="Max in flight" unit="count" unitLabel="at once" placeholder="no limit" optional help={helpOf('maxInFlight')} />
      </Section>
      <Section title="Rate limits" intro="A token bucket per client (by client id): the refill rate is the sustained limit, the bucket size the burst.">
        <NumberField editor={editor} path={['rateLimitPerSec']} value={g.rateLimitPerSec} label="Every client" unit="/s" placeholder="no limit" optional help={helpOf('rateLimitPerSec')} />
        <NumberField editor={editor} path={['rateLimitBurst']} value={g.rateLimitBurst} label="Burst" unit="count" unitLabel="requests" placeholder="10" optional help={helpOf('rateLimitBurst')} />
        <ClientLimits limits={g.clientLimits} editor={editor} />
      </Section>
    </>
  );
}

function Routes({ id }: { id: string }) {
  // One primitive per render (prefix → target lines), so the selector is stable between edits elsewhere.
  const lines = useDoc((s) =>
    (s.doc.links ?? [])
      .filter((l) => l.kind === 'rest' && l.from === id)
      .map((l) => `${prefixFor(l.label, l.to) || '/'}\t${s.doc.nodes.find((n) => n.id === l.to)?.label || l.to}`)
      .join('\n'),
  );
  if (!lines) return <p className={HELP}>No routes yet: draw a REST link from the gateway to a service.</p>;
  return (
    <ul className="space-y-0.5 text-sm" data-testid="gateway-routes">
      {lines.split('\n').map((line) => {
        const [prefix, target] = line.split('\t');
        return (
          <li key={line} className="flex gap-2">
            <code className={CODE}>{prefix}</code>
            <span aria-label="to">→</span>
            <span>{target}</span>
          </li>
        );
      })}
    </ul>
  );
}

function ClientLimits({ limits, editor }: { limits: Limits | undefined; editor: Editor }) {
  const [error, setError] = useState<string>();
  // A joined string is a primitive: the selector returns the same value until the client list changes.
  const clientIds = useDoc((s) => s.doc.nodes.filter((n) => n.kind === 'client').map((n) => n.id).join('\n'));
  const clients = clientIds ? clientIds.split('\n') : [];
  const rows = Object.entries(limits ?? {});
  const free = clients.filter((c) => !(limits && c in limits));
  const commit = (next: Limits) => setError(editor.commit(['clientLimits'], Object.keys(next).length > 0 ? next : undefined));

  const add = () => commit({ ...limits, [free[0]]: { refillPerSec: 10, capacity: 20 } });
  const remove = (id: string) => commit(Object.fromEntries(rows.filter(([k]) => k !== id)));
  // Renaming keeps the row's place, so the list does not jump while editing.
  const rename = (from: string, to: string) => {
    commit(Object.fromEntries(rows.map(([k, v]) => (k === from ? [to, v] : [k, v]))));
    return undefined;
  };

  return (
    <div className="pt-1">
      <p className={HELP}>{helpOf('clientLimits')}</p>
      <ul className="mt-2 space-y-2">
        {rows.map(([id, l]) => (
          <li key={id} className="rounded-md border border-slate-200 px-2 py-1.5 dark:border-slate-700" data-testid={`client-limit-${id}`}>
            <div className="flex items-start gap-1">
              <div className="min-w-0 flex-1">
                <SelectField label="Client" value={id} options={[id, ...free].map((c) => ({ value: c, label: c }))} onChange={(to) => rename(id, to)} />
              </div>
              <button type="button" onClick={() => remove(id)} aria-label={`Remove the limit of ${id}`} title="Remove" className={ICON_BUTTON}>
                ×
              </button>
            </div>
            <NumberField editor={editor} path={['clientLimits', id, 'refillPerSec']} value={l.refillPerSec} label={`Limit for ${id}`} unit="/s" />
            <NumberField editor={editor} path={['clientLimits', id, 'capacity']} value={l.capacity} label={`Burst for ${id}`} unit="count" unitLabel="requests" />
          </li>
        ))}
      </ul>
      <button type="button" onClick={add} disabled={free.length === 0} title={free.length === 0 ? 'Every client already has its own limit' : undefined} className={`${BUTTON} mt-2`}>
        + Limit for a client
      </button>
      {error && (
        <p role="alert" className={`mt-1 ${ERROR_TEXT}`}>
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
