'use client';
/**
 * A duration distribution entered the way engineers think: a mean, or a median and a p99, with
 * a plain reading under it. Switching type keeps the mean (see convertDistribution).
 */
import type { ReactNode } from 'react';
import type { Distribution } from '@/simulations/index';
import { DISTRIBUTION_CHOICES, convertDistribution, readDistribution, type DistributionType } from './distribution-math';
import type { Path } from './doc-edit';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/choices';
import { HELP } from './fields/styles';
import { formatShown, type ShownUnit } from './quantity';
import type { Editor } from './use-editor';

interface Param {
  key: string;
  label: string;
  unit: ShownUnit;
  help?: string;
}

const PARAMS: Record<DistributionType, Param[]> = {
  constant: [{ key: 'value', label: 'Value', unit: 'ms' }],
  exponential: [{ key: 'mean', label: 'Mean', unit: 'ms', help: 'The spread equals the mean' }],
  uniform: [
    { key: 'min', label: 'Min', unit: 'ms' },
    { key: 'max', label: 'Max', unit: 'ms' },
  ],
  normal: [
    { key: 'mean', label: 'Mean', unit: 'ms' },
    { key: 'stdDev', label: 'Std dev', unit: 'ms', help: 'Draws below 0 are drawn again' },
  ],
  lognormal: [
    { key: 'p50', label: 'Median (p50)', unit: 'ms', help: 'Half the requests are faster than this' },
    { key: 'p99', label: 'p99', unit: 'ms', help: '1 in 100 is slower than this' },
  ],
  erlang: [
    { key: 'k', label: 'Phases (k)', unit: 'count', help: 'k = 1 is exponential; larger k is steadier' },
    { key: 'mean', label: 'Mean', unit: 'ms' },
  ],
  gamma: [
    { key: 'shape', label: 'Shape', unit: '', help: 'Below 1 burstier than exponential, above 1 steadier' },
    { key: 'mean', label: 'Mean', unit: 'ms' },
  ],
};

export interface DistributionEditorProps {
  editor: Editor;
  path: Path;
  /** The distribution in the document, or undefined when the engine's default applies. */
  value: Distribution | undefined;
  fallback: Distribution;
  label: string;
  help?: ReactNode;
  /** Shown above the fields inside the box, e.g. the operation name and a remove button. */
  heading?: ReactNode;
  /** The visible text of the type selector when it differs from `label`. */
  selectLabel?: string;
}

export function DistributionEditor({ editor, path, value, fallback, label, help, heading, selectLabel }: DistributionEditorProps) {
  const current = value ?? fallback;
  const params = PARAMS[current.type] ?? [];
  const field = current as unknown as Record<string, number>;
  return (
    <div className="my-1 rounded-md border border-slate-200 px-3 py-1 dark:border-slate-700">
      {heading}
      <SelectField
        label={
          selectLabel ? (
            <>
              <span className="sr-only">{label}: </span>
              {selectLabel}
            </>
          ) : (
            label
          )
        }
        value={current.type}
        options={DISTRIBUTION_CHOICES.map((c) => ({ value: c.type, label: c.label }))}
        onChange={(type) => editor.commit(path, convertDistribution(current, type))}
        help={help}
        wide
      />
      {params.map((p) => (
        <NumberField
          key={`${current.type}-${p.key}`}
          editor={editor}
          path={path}
          wrap={(v) => ({ ...current, [p.key]: v })}
          value={value ? field[p.key] : undefined}
          placeholder={value ? undefined : formatShown(field[p.key])}
          label={
            <>
              <span className="sr-only">{label}: </span>
              {p.label}
            </>
          }
          unit={p.unit}
          help={p.help}
        />
      ))}
      <p className={`pb-1 ${HELP} text-slate-700 dark:text-slate-300`} data-testid="distribution-reading">
        <span className="sr-only">{label}: </span>
        {readDistribution(current)}
        {value ? '' : ' — the default'}
      </p>
    </div>
  );
}
