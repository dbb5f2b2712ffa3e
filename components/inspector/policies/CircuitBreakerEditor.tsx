'use client';
/**
 * Circuit breaker with Resilience4j's names, exactly, so a reader can carry the settings to a real
 * service; empty fields take Resilience4j's defaults, shown as placeholders.
 */
import { CheckboxField, SelectField } from '../fields/choices';
import { NumberField } from '../fields/NumberField';
import { Section } from '../fields/Section';
import { BUTTON } from '../fields/styles';
import { formatShown, type ShownUnit } from '../quantity';
import { CIRCUIT_BREAKER_DEFAULTS as D } from '../schema-info';
import { togglePolicy, type PolicyProps } from './SimplePolicies';

type Key = Exclude<keyof typeof D, 'slidingWindowType' | 'automaticTransitionFromOpenToHalfOpenEnabled'>;

/** Settings that show a breaker at work within a minute of simulated time, for a demo. */
const QUICK = { slidingWindowSize: 20, minimumNumberOfCalls: 10, waitDurationInOpenState: 5000, permittedNumberOfCallsInHalfOpenState: 5 };

/** A Resilience4j name, breakable at its camelCase humps so a narrow panel wraps it between words. */
const Name = ({ children }: { children: string }) => (
  <code className="font-mono text-[0.8rem] font-medium">
    {children.split(/(?=[A-Z])/).map((part, i) => (
      <span key={i}>
        {i > 0 && <wbr />}
        {part}
      </span>
    ))}
  </code>
);

export function CircuitBreakerEditor({ link, editor }: PolicyProps) {
  const p = link.circuitBreaker;
  const timeBased = (p?.slidingWindowType ?? D.slidingWindowType) === 'TIME_BASED';
  const field = (key: Key, unit: ShownUnit, unitLabel: string | undefined, hint: string) => (
    <NumberField
      editor={editor}
      path={['circuitBreaker', key]}
      value={p?.[key]}
      label={<Name>{key}</Name>}
      unit={unit}
      unitLabel={unitLabel}
      placeholder={formatShown(D[key])}
      optional
      help={hint}
    />
  );
  return (
    <Section title="Circuit breaker" intro="Resilience4j: CLOSED lets calls through; too many failures open it (calls fail fast); after a wait it half-opens to try again." toggle={{ on: !!p, onChange: togglePolicy(editor, 'circuitBreaker'), label: 'Circuit breaker on' }}>
      {p && (
        <>
          <p className="text-xs text-slate-500 dark:text-slate-400">Empty fields use Resilience4j&rsquo;s defaults, shown in grey italics.</p>
          <SelectField
            label={<Name>slidingWindowType</Name>}
            value={p.slidingWindowType ?? D.slidingWindowType}
            options={[
              { value: 'COUNT_BASED', label: 'COUNT_BASED' },
              { value: 'TIME_BASED', label: 'TIME_BASED' },
            ]}
            onChange={(v) => editor.commit(['circuitBreaker', 'slidingWindowType'], v)}
            help={timeBased ? 'Rates over the calls of the last N seconds.' : 'Rates over the last N calls.'}
          />
          {field('slidingWindowSize', timeBased ? 's' : 'count', timeBased ? 's' : 'calls', timeBased ? 'Seconds in the window.' : 'Calls in the window.')}
          {field('minimumNumberOfCalls', 'count', 'calls', 'No decision before this many calls are recorded.')}
          {field('failureRateThreshold', '%', undefined, 'Opens when the failure rate is at least this.')}
          {field('slowCallRateThreshold', '%', undefined, 'Opens when the share of slow calls is at least this.')}
          {field('slowCallDurationThreshold', 'ms', undefined, 'A call slower than this counts as slow.')}
          {field('waitDurationInOpenState', 'ms', undefined, 'How long it stays OPEN before trying again.')}
          {field('permittedNumberOfCallsInHalfOpenState', 'count', 'calls', 'Trial calls in HALF_OPEN; they decide between CLOSED and OPEN.')}
          {field('maxWaitDurationInHalfOpenState', 'ms', undefined, '0 = stay HALF_OPEN until the trial calls are done.')}
          <CheckboxField
            label={<Name>automaticTransitionFromOpenToHalfOpenEnabled</Name>}
            checked={p.automaticTransitionFromOpenToHalfOpenEnabled ?? D.automaticTransitionFromOpenToHalfOpenEnabled}
            onChange={(v) => editor.commit(['circuitBreaker', 'automaticTransitionFromOpenToHalfOpenEnabled'], v || undefined)}
            help="Go HALF_OPEN when the wait ends, without waiting for a call."
          />
          <div className="flex flex-wrap gap-2 pt-1">
            <button type="button" className={BUTTON} onClick={() => editor.commit(['circuitBreaker'], { ...p, ...QUICK })} title="slidingWindowSize 20, minimumNumberOfCalls 10, waitDurationInOpenState 5000 ms, permittedNumberOfCallsInHalfOpenState 5">
              Quick demo values
            </button>
            <button type="button" className={BUTTON} onClick={() => editor.commit(['circuitBreaker'], {})}>
              Reset to defaults
            </button>
          </div>
        </>
      )}
    </Section>
  );
}
