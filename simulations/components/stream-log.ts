/**
 * One partition of a stream: an append-only log addressed by offset. Entries leave the front by
 * retention, or once every group has read them (so a run's memory does not grow with its length)
 * unless a replay still needs them.
 */
import type { Message } from '../core/types';

export class PartitionLog {
  private entries: Message[] = [];
  private head = 0;
  /** Offset of the first retained entry. */
  start = 0;

  get end(): number {
    return this.start + this.entries.length - this.head;
  }

  append(msg: Message): void {
    this.entries.push(msg);
  }

  at(offset: number): Message {
    return this.entries[this.head + offset - this.start];
  }

  atOrUndefined(offset: number): Message | undefined {
    return offset >= this.start && offset < this.end ? this.at(offset) : undefined;
  }

  /** Drops entries before `offset` (never past the end). */
  dropBefore(offset: number): void {
    const n = Math.min(offset, this.end) - this.start;
    if (n <= 0) return;
    for (let i = 0; i < n; i++) this.entries[this.head + i] = undefined as unknown as Message;
    this.head += n;
    this.start += n;
    // Compact now and then so the array does not grow with the run.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Drops entries appended before `t` (retention); returns how many went. */
  expireBefore(t: number): void {
    let off = this.start;
    while (off < this.end && this.at(off).enqueuedAt < t) off++;
    this.dropBefore(off);
  }
}
