/**
 * Paces the engine worker against the wall clock: each animation frame asks the worker to
 * advance by (elapsed wall time × speed) of simulated time and stores the snapshot it returns.
 * One request is in flight at a time, so a slow frame never queues work behind it.
 */
import type { Remote } from 'comlink';
import type { EngineApi } from '../engine.worker';
import type { ScenarioDoc } from '../scenario-doc/types';
import type { RunStore } from '../stores/run-store';
import type { SnapshotCursor } from '@/simulations/index';

/** Wall time one frame may account for: after a stall (tab hidden) the run does not leap ahead. */
const MAX_FRAME_MS = 100;
/** Events per worker call at "as fast as possible". */
const MAX_SPEED_CHUNK = 60_000;

export class RunDriver {
  private cursor: SnapshotCursor = {};
  private busy = false;
  private lastFrame = 0;
  private raf = 0;
  private started = false;

  constructor(
    private readonly api: Remote<EngineApi>,
    private readonly store: RunStore,
    private readonly getDoc: () => ScenarioDoc,
  ) {}

  /** Starts a fresh run of the current document at time 0, paused. Returns false if the document is invalid. */
  async reset(): Promise<boolean> {
    this.stopLoop();
    const { seed } = this.store.getState();
    const res = await this.api.start(this.getDoc(), { seed });
    this.cursor = {};
    if (!res.ok) {
      this.started = false;
      this.store.getState().clear(0);
      this.store.getState().set({ status: 'invalid', errors: res.errors });
      return false;
    }
    this.started = true;
    const snap = await this.api.snapshot(this.cursor);
    this.cursor = snap.cursor;
    this.store.getState().clear(snap.durationMs);
    this.store.getState().ingest(snap);
    this.store.getState().set({ status: 'paused', errors: [] });
    return true;
  }

  async play(): Promise<void> {
    const s = this.store.getState();
    if (!this.started || s.status === 'done' || s.status === 'invalid') {
      if (!(await this.reset())) return;
    }
    this.store.getState().set({ status: 'running' });
    this.lastFrame = performance.now();
    this.loop();
  }

  pause(): void {
    this.stopLoop();
    if (this.store.getState().status === 'running') this.store.getState().set({ status: 'paused' });
  }

  /** Advances one time-series window (the chart resolution) and pauses. */
  async step(windowMs = 1000): Promise<void> {
    this.pause();
    if (!this.started && !(await this.reset())) return;
    await this.advance(windowMs);
  }

  /** Injects a fault from the current simulated time on; the document is not changed. */
  async inject(fault: unknown): Promise<{ ok: true; index: number } | { ok: false; error: string }> {
    if (!this.started && !(await this.reset())) return { ok: false, error: 'the scenario is not valid' };
    const res = await this.api.inject(fault);
    if (res.ok && this.store.getState().status !== 'running') {
      const snap = await this.api.snapshot(this.cursor);
      this.cursor = snap.cursor;
      this.store.getState().ingest(snap);
    }
    return res;
  }

  setSpeed(speed: number): void {
    this.store.getState().set({ speed });
  }

  dispose(): void {
    this.stopLoop();
  }

  private loop = (): void => {
    this.raf = requestAnimationFrame((now) => {
      if (this.store.getState().status !== 'running') return;
      const wall = Math.min(MAX_FRAME_MS, now - this.lastFrame);
      this.lastFrame = now;
      if (!this.busy) void this.advance(wall * this.store.getState().speed);
      this.loop();
    });
  };

  private async advance(simMs: number): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const snap = Number.isFinite(simMs) ? await this.api.advanceBy(simMs, this.cursor) : await this.api.advanceEvents(MAX_SPEED_CHUNK, this.cursor);
      this.cursor = snap.cursor;
      const st = this.store.getState();
      st.ingest(snap);
      if (snap.done) {
        this.stopLoop();
        st.set({ status: 'done', report: await this.api.report() });
      }
    } finally {
      this.busy = false;
    }
  }

  private stopLoop(): void {
    cancelAnimationFrame(this.raf);
  }
}
