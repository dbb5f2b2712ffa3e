/**
 * The line of requests waiting for a database connection: first come, first served. A request that
 * gives up (acquire timeout) is marked done and left where it is; the line skips it when its turn
 * comes, so leaving costs nothing and the order of the others never changes.
 */
import { WAITING_FOR_CONNECTION, type Query } from './database-query';

export class ConnectionLine {
  private readonly line: Query[] = [];
  private head = 0;
  /** Requests really waiting (the ones that gave up are not counted). */
  waiting = 0;

  push(q: Query): void {
    this.line.push(q);
    this.waiting++;
  }

  /** A request left the line on its own (it timed out). */
  left(): void {
    this.waiting--;
  }

  /** The next request still waiting, taken out of the line; undefined when nobody waits. */
  take(): Query | undefined {
    while (this.waiting > 0) {
      const next = this.line[this.head];
      this.line[this.head++] = undefined as unknown as Query;
      // Compact now and then so the array does not grow with the run.
      if (this.head > 1024 && this.head * 2 > this.line.length) {
        this.line.splice(0, this.head);
        this.head = 0;
      }
      if (next.state !== WAITING_FOR_CONNECTION) continue;
      this.waiting--;
      return next;
    }
    return undefined;
  }
}
