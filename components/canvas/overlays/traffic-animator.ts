/**
 * The traffic layer's loop, outside React: spawns dots from the run store's per-link traffic,
 * positions them on React Flow's current geometry, and draws them with the viewport transform.
 */
import type { ReactFlowState } from '@xyflow/react';
import { OUTCOMES } from '@/lib/run/traffic';
import type { RunStore } from '@/lib/stores/run-store';
import { edgeEndpoints } from '../geometry';
import { DotPool, spawnFor, spawnRate, travelSeconds } from './dots';
import { DotDrawer, type DrawLink } from './draw-dots';

interface FlowStore {
  getState(): ReactFlowState;
  subscribe(listener: (s: ReactFlowState, prev: ReactFlowState) => void): () => void;
}

/** Longest wall-clock frame the animation accounts for (a hidden tab does not unleash a flood). */
const MAX_DT = 0.1;
const DOT_RADIUS = 4;

interface LinkSlot {
  acc: number;
  credits: Float64Array;
}

export class TrafficAnimator {
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly pool = new DotPool(4096);
  private readonly drawer = new DotDrawer();
  private readonly slots = new Map<string, LinkSlot>();
  /** Link index → id; a dot refers to its link by index. */
  private readonly linkIndex = new Map<string, number>();
  private drawLinks: (DrawLink | undefined)[] = [];
  private readonly shares = new Float64Array(OUTCOMES.length);
  private raf = 0;
  private looping = false;
  private lastWall = 0;
  private t = 0;
  private lastNow = 0;
  private dpr = 1;
  private scale = 1;
  private drawn = false;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly resize: ResizeObserver;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly run: RunStore,
    private readonly flow: FlowStore,
  ) {
    this.ctx = canvas.getContext('2d');
    this.resize = new ResizeObserver(() => this.fit());
    this.resize.observe(canvas);
    this.fit();
    this.unsubscribe.push(run.subscribe((s, prev) => this.onRun(s.status, prev.status, s.nowMs)));
    // While paused, redraw (frozen) dots when the view or the nodes move.
    this.unsubscribe.push(flow.subscribe((s, prev) => (s.transform !== prev.transform || s.nodeLookup !== prev.nodeLookup || s.nodes !== prev.nodes) && this.requestStill()));
    this.onRun(run.getState().status, 'idle', run.getState().nowMs);
  }

  dispose(): void {
    this.looping = false;
    cancelAnimationFrame(this.raf);
    this.resize.disconnect();
    for (const u of this.unsubscribe) u();
  }

  private onRun(status: string, prevStatus: string, nowMs: number): void {
    // A reset (time went back) or a run that cannot start: the old dots mean nothing any more.
    if (nowMs < this.lastNow || status === 'invalid' || status === 'idle') this.pool.clear();
    this.lastNow = nowMs;
    if (status === 'running') {
      if (!this.looping) {
        this.looping = true;
        this.lastWall = performance.now();
        this.raf = requestAnimationFrame(this.frame);
      }
    } else {
      this.looping = false;
      if (status !== prevStatus || this.pool.alive === 0) this.requestStill();
    }
  }

  private fit(): void {
    const rect = this.canvas.getBoundingClientRect();
    this.dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.max(1, Math.round(rect.width * this.dpr));
    this.canvas.height = Math.max(1, Math.round(rect.height * this.dpr));
    // Dots grow with the page's text size (large-text mode), like everything else.
    this.scale = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
    this.requestStill();
  }

  private requestStill(): void {
    if (this.looping) return;
    cancelAnimationFrame(this.raf);
    this.raf = requestAnimationFrame(() => this.render(false, 0));
  }

  private frame = (wall: number): void => {
    if (!this.looping) return;
    const dt = Math.min(MAX_DT, (wall - this.lastWall) / 1000);
    this.lastWall = wall;
    this.render(true, dt);
    this.raf = requestAnimationFrame(this.frame);
  };

  private render(moving: boolean, wallDt: number): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const rs = this.run.getState();
    if (rs.status === 'idle' || rs.status === 'invalid' || (this.pool.alive === 0 && !moving)) {
      if (this.drawn) ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      this.drawn = false;
      return;
    }
    const fs = this.flow.getState();
    // Slow motion looks slow: below 1× the dots slow down with the clock (not below a fifth).
    const dt = wallDt * (Number.isFinite(rs.speed) ? Math.min(1, Math.max(0.2, rs.speed)) : 1);
    this.t += dt;
    this.layout(fs);
    if (moving) {
      for (const e of fs.edges) {
        const i = this.linkIndex.get(e.id);
        const tr = rs.traffic[e.id];
        const l = i === undefined ? undefined : this.drawLinks[i];
        if (!tr || !l || i === undefined || e.hidden) continue;
        let slot = this.slots.get(e.id);
        if (!slot) this.slots.set(e.id, (slot = { acc: 0, credits: new Float64Array(OUTCOMES.length) }));
        for (let o = 0; o < OUTCOMES.length; o++) this.shares[o] = tr[OUTCOMES[o]];
        const len = Math.hypot(l.seg.tx - l.seg.sx, l.seg.ty - l.seg.sy);
        slot.acc = spawnFor(this.pool, i, spawnRate(tr.rps), slot.acc, this.t, dt, travelSeconds(len), slot.credits, this.shares);
      }
    }
    const [tx, ty, zoom] = fs.transform;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(this.dpr * zoom, 0, 0, this.dpr * zoom, this.dpr * tx, this.dpr * ty);
    // Dots zoom with the graph, but never shrink below a visible size on screen.
    const r = Math.max(DOT_RADIUS * this.scale, (2.5 * this.scale) / zoom);
    this.drawer.draw(ctx, this.pool, this.drawLinks, this.t, r);
    this.drawn = true;
  }

  /** Current segment of every edge, indexed for the dots (indexes are stable while an edge exists). */
  private layout(fs: ReactFlowState): void {
    const seen = new Set<string>();
    for (const e of fs.edges) {
      seen.add(e.id);
      let i = this.linkIndex.get(e.id);
      if (i === undefined) {
        i = this.drawLinks.length;
        this.linkIndex.set(e.id, i);
        this.drawLinks.push(undefined);
      }
      const a = fs.nodeLookup.get(e.source);
      const b = fs.nodeLookup.get(e.target);
      const link = (e.data as { link?: { circuitBreaker?: unknown; rateLimiter?: unknown } } | undefined)?.link;
      this.drawLinks[i] = a && b ? { seg: edgeEndpoints(a, b), async: e.type === 'async', breaker: !!link?.circuitBreaker, limiter: !!link?.rateLimiter } : undefined;
    }
    if (seen.size !== this.linkIndex.size) {
      // A link was deleted: its dots vanish with it (their index now points at nothing).
      for (const [id, i] of this.linkIndex) {
        if (!seen.has(id)) {
          this.drawLinks[i] = undefined;
          this.linkIndex.delete(id);
          this.slots.delete(id);
        }
      }
    }
  }
}
