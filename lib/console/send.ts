/**
 * Sends one console request into the engine and waits for its simulated answer.
 *
 * A paused (or not yet started) run is advanced right away, just far enough to answer it; the
 * page then shows the new clock. A running run answers when its paced clock gets there. If the run
 * ends, is reset or becomes invalid meanwhile, the request is answered 504 "unfinished"; if it is
 * paused meanwhile, it is finished at once like a request sent to a paused run.
 */
import type { RunDriver } from '../run/driver';
import type { RunStore } from '../stores/run-store';
import type { ExternalRequestInput, ExternalResult } from './engine-console';

export type ConsoleMode = 'paused' | 'running';

export interface ConsoleAnswer {
  result: ExternalResult;
  /** How the run was when the request went in. */
  mode: ConsoleMode;
}

export async function sendToEngine(driver: RunDriver, run: RunStore, input: ExternalRequestInput): Promise<ConsoleAnswer> {
  let status = run.getState().status;
  if (status === 'invalid') throw new Error('the scenario is not valid: fix it to send requests');
  if (status === 'idle' && !(await driver.reset())) throw new Error('the run could not start');
  status = run.getState().status;
  const mode: ConsoleMode = status === 'running' ? 'running' : 'paused';
  const api = driver.worker;
  const { ticket, startedAtMs } = await api.consoleRequest(input, mode === 'paused');
  if (mode === 'paused') {
    await driver.sync();
    return { result: await api.consoleAnswer(ticket), mode };
  }
  const unsubscribe = run.subscribe((s, prev) => {
    if (s.status === 'invalid' || s.nowMs < startedAtMs || (s.nowMs < prev.nowMs && s.status !== 'running')) void api.consoleSettle(ticket, 'the run was reset before the answer came back');
    else if (s.status === 'done') void api.consoleSettle(ticket, 'the run ended before the answer came back');
    else if (s.status === 'paused' && prev.status === 'running') void api.consoleFinish(ticket).then(() => driver.sync());
  });
  try {
    return { result: await api.consoleAnswer(ticket), mode };
  } finally {
    unsubscribe();
  }
}
