import { describe, expect, it } from 'vitest';
import { scriptedFault } from './scripted-fault';

const outage = { kind: 'outage', target: 'payments', atMs: 20_000, durationMs: 20_000 };
const burst = { kind: 'errorBurst', target: 'api', atMs: 0, durationMs: 5_000, errorRate: 0.5 };
const lesson = {
  steps: [
    { title: 'Look', text: '…' },
    { title: 'Break it', text: '…', action: { kind: 'fault', fault: burst } },
    { title: 'Tune', text: '…', action: { kind: 'set', target: 'api', path: 'workers', value: 4 } },
  ],
};

describe('scriptedFault (the presenter’s f key)', () => {
  it('injects the next lesson step’s fault, now', () => {
    expect(scriptedFault({ lesson, faults: [outage] }, 0)).toEqual({ fault: { ...burst, atMs: 0 }, source: 'lesson step 2' });
  });

  it('otherwise the scenario’s first fault, moved to now (its planned time would be in the past or far ahead)', () => {
    expect(scriptedFault({ lesson, faults: [outage, burst] }, 1)).toEqual({ fault: { ...outage, atMs: 0 }, source: "the scenario's first fault" });
    expect(scriptedFault({ faults: [outage] }, 0)?.fault).toEqual({ ...outage, atMs: 0 });
  });

  it('nothing to inject: no fault step next and no planned fault', () => {
    expect(scriptedFault({ lesson }, 1)).toBeUndefined();
    expect(scriptedFault({}, 0)).toBeUndefined();
    expect(scriptedFault({ faults: [{ nonsense: true }] }, 0)).toBeUndefined();
  });

  it('past the last step there is no next step: falls back to the scenario’s fault', () => {
    expect(scriptedFault({ lesson, faults: [outage] }, 2)?.source).toBe("the scenario's first fault");
  });

  it('never changes the document it reads', () => {
    const doc = { lesson, faults: [outage] };
    const before = JSON.stringify(doc);
    scriptedFault(doc, 0);
    scriptedFault(doc, 1);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
