/**
 * How fast the run really goes (simulated ms per wall ms), measured over the last half second:
 * the controls show it when the engine cannot keep up with the chosen speed, or at "max".
 */
const PERIOD_MS = 500;

export class SpeedMeter {
  private wallAt = 0;
  private simAt = 0;

  start(wallMs: number, simMs: number): void {
    this.wallAt = wallMs;
    this.simAt = simMs;
  }

  /** Returns a new measurement once per period, otherwise undefined. */
  sample(wallMs: number, simMs: number): number | undefined {
    const dt = wallMs - this.wallAt;
    if (dt < PERIOD_MS) return undefined;
    const speed = Math.max(0, simMs - this.simAt) / dt;
    this.start(wallMs, simMs);
    return speed;
  }
}
