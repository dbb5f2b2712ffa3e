'use client';
/**
 * A GraphQL endpoint: the fields its links resolve (so "query { user orders }" can be written
 * against names one can see), then its flat parameters from the generic form.
 */
import type { DocNode } from '@/lib/scenario-doc/types';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { Section } from '../fields/Section';
import { CODE, HELP } from '../fields/styles';
import type { Editor } from '../use-editor';
import { SchemaFields } from './SchemaFields';

type GraphqlNode = Extract<DocNode, { kind: 'graphql' }>;

/** The field a resolver link serves, as the engine names it (graphql-query.ts `fieldOf`): a plain-name label, else the target id. */
const fieldName = (label: string | undefined, to: string) => {
  const l = label?.trim();
  return l && /^[A-Za-z0-9_.-]+$/.test(l) ? l : to;
};

export function GraphqlEditor({ node, editor }: { node: DocNode; editor: Editor }) {
  const g = node as GraphqlNode;
  const required = (g.requiredFields ?? '').toLowerCase().split(/[\s,]+/);
  // One primitive (field → target lines), so the selector is stable while other things change.
  const lines = useDoc((s) =>
    (s.doc.links ?? [])
      .filter((l) => l.kind === 'rest' && l.from === g.id)
      .map((l) => `${fieldName(l.label, l.to)}\t${s.doc.nodes.find((n) => n.id === l.to)?.label || l.to}`)
      .join('\n'),
  );
  const fields = lines ? lines.split('\n').map((line) => line.split('\t')) : [];
  return (
    <>
      <Section
        title="Fields"
        intro='Each REST link leaving the endpoint resolves one field, named by the link&apos;s label (or the id of the node it calls). A client operation such as "query { user orders }" asks for those fields only; any other operation asks for all of them.'
      >
        {fields.length === 0 ? (
          <p className={HELP}>No fields yet: draw a REST link from the endpoint to a service.</p>
        ) : (
          <ul className="space-y-0.5 text-sm" data-testid="graphql-fields">
            {fields.map(([field, target]) => (
              <li key={`${field}→${target}`} className="flex gap-2">
                <code className={CODE}>
                  {field}
                  {required.includes(field.toLowerCase()) ? '!' : ''}
                </code>
                <span aria-label="from">←</span>
                <span>{target}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <SchemaFields node={node} editor={editor} />
    </>
  );
}
