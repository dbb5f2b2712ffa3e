/**
 * A saga participant's own numbers: its steps done and failed, its undos, the sagas it gave up on
 * (stuck), and the events it let pass. Counted requests (after the warm-up) make the report; every
 * one makes the live badges and the time series.
 */
export type ParticipantEnd = 'done' | 'failed' | 'undone' | 'stuck';

const REPORT_NAME = { done: 'stepsDone', failed: 'stepsFailed', undone: 'undone', stuck: 'stuck' } as const;
const COLUMN = { done: 0, failed: 1, undone: 2, stuck: 3 } as const;

export const PARTICIPANT_SERIES = ['busy', 'done', 'failed', 'undone', 'stuck'] as const;

export class ParticipantStats {
  readonly counts = { stepsDone: 0, stepsFailed: 0, undone: 0, undoFailures: 0, stuck: 0, ignored: 0, duplicates: 0, refused: 0 };
  readonly live = { done: 0, failed: 0, undone: 0, stuck: 0 };
  private readonly w = [0, 0, 0, 0];

  ended(what: ParticipantEnd, counted: boolean): void {
    if (counted) this.counts[REPORT_NAME[what]]++;
    this.live[what]++;
    this.w[COLUMN[what]]++;
  }

  /** An event refused (down), let pass (not its), seen again (duplicate), or an undo try that failed. */
  count(what: 'refused' | 'ignored' | 'duplicates' | 'undoFailures', counted: boolean): void {
    if (counted) this.counts[what]++;
  }

  /** One row of PARTICIPANT_SERIES for the closing window. */
  window(busy: number): number[] {
    const row = [busy, ...this.w];
    this.w.fill(0);
    return row;
  }
}
