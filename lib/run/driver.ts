/**
 * Paces the engine worker against the wall clock: each animation frame asks the worker to
 * advance by (elapsed wall time × speed) of simulated time and stores the snapshot it returns.
 * One request is in flight at a time, so a slow frame never queues work behind it; time owed
 * meanwhile is carried to the next request (up to a cap, so a stall never becomes a leap).
 */
import type { Remote } from 'comlink';
import type { EngineApi } from '../engine.worker';
import type { ScenarioDoc } from '../scenario-doc/types';
import type { RunStore } from '../stores/run-store';
import { INCIDENT_KINDS, type SnapshotCursor, type Trace, type WatchCondition } from '@/simulations/index';
import { SpeedMeter } from './speed-meter';

/** Wall time one frame may account for: after a stall (tab hidden) the run does not leap ahead. */
const MAX_FRAME_MS = 100;
/** Simulated time owed while the worker is busy is capped at this much wall time's worth. */
const MAX_OWED_WALL_MS = 250;
/** Worker time per request when paced: if the engine cannot keep up, the run slows down instead. */
const PACED_BUDGET_MS = 40;
/** Worker time per request at "as fast as possible": about a frame, so snapshots stay fresh. */
const MAX_SPEED_BUDGET_MS = 14;
/**
 * Badges get fresh gauges at most this often while running (the clock, charts and dots still move
 * every frame): numbers changing 60 times a second cannot be read, and re-laying out every badge
 * of a large graph each frame costs more than a frame.
 */
const GAUGE_INTERVAL_MS = 125;
/** "Next event": stop at the next incident of any kind. */
const ANY_INCIDENT: WatchCondition[] = INCIDENT_KINDS.map((on) => ({ on }));

export class RunDriver {
  private cursor: SnapshotCursor = {};
  private busy = false;
  private lastFrame = 0;
  private raf = 0;
  private looping = false;
  private started = false;
  private owedMs = 0;
  private lastGauges = 0;
  /** Bumped by every reset: answers that belong to an earlier run are dropped. */
  private generation = 0;
  private readonly meter = new SpeedMeter();
  /** Pause on event: the conditions every advance stops at. */
  private breakOn: WatchCondition[] = [];

  constructor(
    private readonly api: Remote<EngineApi>,
    private readonly store: RunStore,
    private readonly getDoc: () => ScenarioDoc,
  ) {}

  /**
   * Starts a fresh run of the current document at time 0, paused. Returns false if the document
   * is invalid, or if another reset started meanwhile (that one wins).
   */
  async reset(): Promise<boolean> {
    this.stopLoop();
    const gen = ++this.generation;
    const doc = this.getDoc();
    const seed = doc.seed ?? this.store.getState().seed;
    const windowMs = doc.run?.windowMs ?? 1000;
    const res = await this.api.start(doc, { seed });
    if (gen !== this.generation) return false;
    this.cursor = {};
    this.owedMs = 0;
    if (!res.ok) {
      this.started = false;
      this.store.getState().clear(0, windowMs);
      this.store.getState().set({ status: 'invalid', errors: res.errors, seed });
      return false;
    }
    const snap = await this.api.snapshot(this.cursor);
    if (gen !== this.generation) return false;
    this.started = true;
    this.cursor = snap.cursor;
    const st = this.store.getState();
    st.clear(snap.durationMs, windowMs);
    st.ingest(snap);
    st.set({ status: 'paused', errors: [], seed });
    return true;
  }

  async play(): Promise<void> {
    const s = this.store.getState();
    if (s.status === 'running') return;
    if (!this.started || s.status === 'done' || s.status === 'invalid') {
      if (!(await this.reset())) return;
    }
    this.store.getState().set({ status: 'running', hit: undefined });
    this.lastFrame = performance.now();
    this.meter.start(this.lastFrame, this.store.getState().nowMs);
    this.startLoop();
  }

  pause(): void {
    this.stopLoop();
    if (this.store.getState().status !== 'running') return;
    this.store.getState().set({ status: 'paused', effectiveSpeed: 0 });
    // The badges may show gauges up to GAUGE_INTERVAL_MS old: paused, they must show the exact state.
    // (An answer still on its way is published anyway, now that the run is not running.)
    if (!this.busy) void this.publishNow();
  }

  /** Plays when paused, pauses when running (the Space key). */
  toggle(): void {
    if (this.store.getState().status === 'running') this.pause();
    else void this.play();
  }

  /** Advances to the end of the next time-series window (the chart resolution) and pauses. */
  async step(): Promise<void> {
    this.pause();
    this.store.getState().set({ hit: undefined });
    if (!this.started && !(await this.reset())) return;
    const { nowMs, windowMs, durationMs, status } = this.store.getState();
    if (status === 'done' || nowMs >= durationMs) return;
    await this.advance((Math.floor(nowMs / windowMs) + 1) * windowMs, 5_000);
  }

  /** Pause on event: from now on the run pauses right after an incident one of these matches (none: never). */
  setBreakOn(conditions: WatchCondition[]): void {
    this.breakOn = conditions;
  }

  /**
   * Runs on to the next incident of any kind (a breaker change, a dead-letter, a compensation, a
   * stale read) and pauses there, or to the end of the run if none comes. Returns whether one came.
   */
  async nextIncident(): Promise<boolean> {
    this.pause();
    if (!this.started && !(await this.reset())) return false;
    const gen = this.generation;
    this.store.getState().set({ hit: undefined });
    // Bounded work per request keeps the page fresh; the loop ends at a hit, the end, or anything else the person does.
    while (gen === this.generation && this.store.getState().status === 'paused' && !this.store.getState().hit) {
      // An answer still on its way (from before the pause) must land first: never spin on a busy driver.
      if (this.busy) await new Promise((r) => setTimeout(r, 10));
      else await this.advance(Infinity, MAX_SPEED_BUDGET_MS * 3, ANY_INCIDENT);
      if (this.store.getState().nowMs >= this.store.getState().durationMs) break;
    }
    return !!this.store.getState().hit;
  }

  /** Injects a fault from the current simulated time on; the document is not changed. */
  async inject(fault: unknown): Promise<{ ok: true; index: number } | { ok: false; error: string }> {
    if (!this.started && !(await this.reset())) return { ok: false, error: 'the scenario is not valid' };
    const res = await this.api.inject(fault);
    if (res.ok && this.store.getState().status !== 'running') await this.advance(this.store.getState().nowMs, 1_000);
    return res;
  }

  /** A recent sampled request's spans, fetched on demand (snapshots carry only summaries). */
  trace(id: number): Promise<Trace | undefined> {
    return this.api.trace(id);
  }

  /** The worker itself, for features that bring their own worker methods (the request console). */
  get worker(): Remote<EngineApi> {
    return this.api;
  }

  /** Shows the worker's state now, after something outside the pacing loop moved a paused run (a console request). */
  async sync(): Promise<void> {
    if (this.started && this.store.getState().status !== 'running') await this.advance(this.store.getState().nowMs, 1_000);
  }

  setSpeed(speed: number): void {
    this.store.getState().set({ speed });
    this.owedMs = 0;
    this.meter.start(performance.now(), this.store.getState().nowMs);
  }

  dispose(): void {
    this.stopLoop();
    this.generation++;
  }

  private startLoop(): void {
    if (this.looping) return;
    this.looping = true;
    this.raf = requestAnimationFrame(this.frame);
  }

  private frame = (now: number): void => {
    if (!this.looping || this.store.getState().status !== 'running') {
      this.looping = false;
      return;
    }
    const wall = Math.min(MAX_FRAME_MS, now - this.lastFrame);
    this.lastFrame = now;
    const { speed, nowMs } = this.store.getState();
    if (Number.isFinite(speed)) this.owedMs = Math.min(this.owedMs + wall * speed, MAX_OWED_WALL_MS * speed);
    if (!this.busy) {
      if (!Number.isFinite(speed)) void this.advance(Infinity, MAX_SPEED_BUDGET_MS);
      else if (this.owedMs > 0) {
        const until = nowMs + this.owedMs;
        this.owedMs = 0;
        void this.advance(until, PACED_BUDGET_MS);
      }
    }
    const eff = this.meter.sample(now, nowMs);
    if (eff !== undefined) this.store.getState().set({ effectiveSpeed: eff });
    this.raf = requestAnimationFrame(this.frame);
  };

  private async advance(untilMs: number, budgetMs: number, breakOn = this.breakOn): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const gen = this.generation;
    try {
      const snap = await this.api.advance(untilMs, budgetMs, this.cursor, breakOn);
      if (gen !== this.generation) return;
      this.cursor = snap.cursor;
      const st = this.store.getState();
      const now = performance.now();
      if (snap.hit) {
        // Pause on event: stop right here, with the gauges of this very moment.
        this.stopLoop();
        this.owedMs = 0;
        st.set({ status: 'paused', hit: snap.hit, effectiveSpeed: 0 });
      }
      const publish = snap.done || !!snap.hit || st.status !== 'running' || now - this.lastGauges >= GAUGE_INTERVAL_MS;
      if (publish) this.lastGauges = now;
      st.ingest(snap, publish);
      if (snap.done) {
        this.stopLoop();
        const report = await this.api.report();
        if (gen === this.generation) this.store.getState().set({ status: 'done', report, effectiveSpeed: 0 });
      }
    } finally {
      this.busy = false;
    }
  }

  private async publishNow(): Promise<void> {
    const gen = this.generation;
    const snap = await this.api.snapshot(this.cursor);
    if (gen !== this.generation || this.busy) return;
    this.cursor = snap.cursor;
    this.store.getState().ingest(snap, true);
  }

  private stopLoop(): void {
    this.looping = false;
    cancelAnimationFrame(this.raf);
  }
}
