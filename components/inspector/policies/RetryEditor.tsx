'use client';
/** Retry with exponential backoff and the four jitters of the AWS article. */
import { CheckboxField, Segmented } from '../fields/choices';
import { NumberField } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { HELP } from '../fields/styles';
import { defaultOf } from '../schema-info';
import { togglePolicy, type PolicyProps } from './SimplePolicies';

type Jitter = 'none' | 'full' | 'equal' | 'decorrelated';
type RetryOn = 'error' | 'timeout' | 'rejected' | 'shortCircuited' | 'rateLimited';

const JITTER: readonly { value: Jitter; label: string; explain: string }[] = [
  { value: 'none', label: 'None', explain: 'Wait exactly min(cap, base·2ⁿ). Callers that failed together retry together, in waves.' },
  { value: 'full', label: 'Full', explain: 'Wait a random time from 0 to min(cap, base·2ⁿ). Spreads retries the most.' },
  { value: 'equal', label: 'Equal', explain: 'Wait half of min(cap, base·2ⁿ), plus a random part of the other half. Never retries too soon.' },
  { value: 'decorrelated', label: 'Decorrelated', explain: 'Wait a random time from base to 3× the previous wait, at most cap.' },
];

const RETRY_ON: readonly { value: RetryOn; label: string }[] = [
  { value: 'error', label: 'Errors' },
  { value: 'timeout', label: 'Timeouts' },
  { value: 'rejected', label: 'Rejected (full queue, bulkhead)' },
  { value: 'shortCircuited', label: 'Short-circuited (breaker open)' },
  { value: 'rateLimited', label: 'Rate-limited' },
];

export function RetryEditor({ link, editor }: PolicyProps) {
  const p = link.retry;
  const jitter = (p?.jitter ?? defaultOf('retry', 'jitter')) as Jitter;
  const on = (p?.retryOn ?? defaultOf('retry', 'retryOn')) as RetryOn[];
  const setOn = (v: RetryOn, checked: boolean) => editor.commit(['retry', 'retryOn'], RETRY_ON.map((r) => r.value).filter((r) => (r === v ? checked : on.includes(r))));
  return (
    <Section title="Retry" intro="Failed attempts are tried again after a growing pause." toggle={{ on: !!p, onChange: togglePolicy(editor, 'retry'), label: 'Retry on' }}>
      {p && (
        <>
          <NumberField editor={editor} path={['retry', 'maxAttempts']} value={p.maxAttempts} label="Max attempts" unit="count" unitLabel="attempts" placeholder={String(defaultOf('retry', 'maxAttempts'))} optional help="Attempts in all, the first one included." />
          <NumberField editor={editor} path={['retry', 'baseMs']} value={p.baseMs} label="Base delay" unit="ms" placeholder={String(defaultOf('retry', 'baseMs'))} optional help="The pause before the first retry; it doubles each time." />
          <NumberField editor={editor} path={['retry', 'capMs']} value={p.capMs} label="Cap" unit="ms" placeholder={String(defaultOf('retry', 'capMs'))} optional help="The longest pause." />
          <Segmented label="Jitter" value={jitter} options={JITTER.map(({ value, label }) => ({ value, label, title: JITTER.find((j) => j.value === value)?.explain }))} onChange={(v) => editor.commit(['retry', 'jitter'], v)} help={JITTER.find((j) => j.value === jitter)?.explain} />
          <fieldset className="py-1.5">
            <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Retry on</legend>
            <p className={HELP}>Which failures are tried again.</p>
            <div className="grid grid-cols-1">
              {RETRY_ON.map((r) => (
                <CheckboxField key={r.value} label={r.label} checked={on.includes(r.value)} onChange={(c) => setOn(r.value, c)} />
              ))}
            </div>
          </fieldset>
        </>
      )}
    </Section>
  );
}
