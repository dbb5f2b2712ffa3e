export interface TimeoutConfig {
  timeoutMs: number;
}

/** When a call started at `now` times out; Infinity when no timeout is configured. */
export function deadline(now: number, cfg?: TimeoutConfig): number {
  if (cfg === undefined) return Infinity;
  if (!(cfg.timeoutMs >= 0)) throw new RangeError(`timeoutMs must be >= 0, got ${cfg.timeoutMs}`);
  return now + cfg.timeoutMs;
}
