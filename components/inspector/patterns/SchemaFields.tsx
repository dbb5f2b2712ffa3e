'use client';
/**
 * The generic inspector of a pattern kind: one field per flat parameter of its zod schema (see
 * schema-fields.ts), with the same typing cycle and whole-scenario validation as the hand-written
 * editors. A kind whose parameters do not fit a flat form registers its own editor instead.
 */
import { useMemo } from 'react';
import type { Distribution } from '@/simulations/index';
import { patternKindOf } from '@/simulations/components/registry';
import type { DocNode } from '@/lib/scenario-doc/types';
import { DistributionEditor } from '../DistributionEditor';
import { CheckboxField, SelectField } from '../fields/choices';
import { NumberField, asPercent } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { TextField } from '../fields/TextField';
import { HELP } from '../fields/styles';
import { formatShown } from '../quantity';
import type { Editor } from '../use-editor';
import { schemaFields, schemaSummary, words, type FieldSpec } from './schema-fields';

const NOT_SET = '';

export function SchemaFields({ node, editor }: { node: DocNode; editor: Editor }) {
  const kind = patternKindOf(node.kind);
  const fields = useMemo(() => (kind ? schemaFields(kind.schema) : []), [kind]);
  if (!kind) return null;
  const values = node as unknown as Record<string, unknown>;
  const editable = fields.filter((f) => f.control !== 'unsupported');
  const others = fields.filter((f) => f.control === 'unsupported');
  return (
    <Section title="Parameters" intro={schemaSummary(kind.schema)}>
      {editable.map((f) => (
        <Field key={f.key} spec={f} value={values[f.key]} editor={editor} />
      ))}
      {editable.length === 0 && <p className={HELP}>This kind has no parameters to set.</p>}
      {others.length > 0 && (
        <p className={`mt-1 ${HELP}`} data-testid="schema-fields-unsupported">
          Not editable here: {others.map((f) => words(f.key).toLowerCase()).join(', ')} — set {others.length === 1 ? 'it' : 'them'} in the scenario file.
        </p>
      )}
    </Section>
  );
}

function Field({ spec, value, editor }: { spec: FieldSpec; value: unknown; editor: Editor }) {
  const path = [spec.key];
  switch (spec.control) {
    case 'number':
      return (
        <NumberField
          editor={editor}
          path={path}
          value={typeof value === 'number' ? value : undefined}
          label={spec.label}
          unit={spec.unit}
          unitLabel={spec.unitLabel}
          scale={spec.scale}
          help={spec.help}
          optional={spec.optional}
          placeholder={spec.defaultValue !== undefined ? formatShown(spec.defaultValue, spec.scale) : spec.optional ? 'not set' : undefined}
          reword={spec.unit === '%' ? asPercent : undefined}
        />
      );
    case 'enum': {
      // Without a default, "not set" is a choice of its own; with one, the default is what an unset field means.
      const current = typeof value === 'string' ? value : (spec.defaultValue ?? NOT_SET);
      const options = [...(spec.optional && spec.defaultValue === undefined ? [{ value: NOT_SET, label: 'Not set' }] : []), ...spec.options.map((o) => ({ value: o, label: words(o) }))];
      return <SelectField label={spec.label} value={current} options={options} help={spec.help} onChange={(v) => editor.commit(path, v === NOT_SET ? undefined : v)} />;
    }
    case 'boolean':
      return <CheckboxField label={spec.label} checked={typeof value === 'boolean' ? value : (spec.defaultValue ?? false)} help={spec.help} onChange={(v) => editor.commit(path, v)} />;
    case 'text':
      return <TextField editor={editor} path={path} value={typeof value === 'string' ? value : undefined} label={spec.label} help={spec.help} placeholder={spec.defaultValue} optional={spec.optional} mono maxLength={200} />;
    case 'distribution':
      return (
        <DistributionEditor
          editor={editor}
          path={path}
          value={value as Distribution | undefined}
          fallback={spec.defaultValue ?? { type: 'exponential', mean: 10 }}
          label={spec.label}
          help={spec.help}
        />
      );
    default:
      return null;
  }
}
