/**
 * Draws the dot pool on a 2D canvas in flow coordinates. Dots are batched by colour and shape
 * (one path and one fill per batch) so a thousand dots cost a dozen draw calls.
 */
import { OUTCOMES } from '@/lib/run/traffic';
import type { Segment } from '../geometry';
import { isRefused, REFUSED_REACH, type DotPool } from './dots';
import { OUTCOME_COLOR } from './outcome-colors';

const COLORS = OUTCOMES.map((o) => OUTCOME_COLOR[o]);

export interface DrawLink {
  seg: Segment;
  /** Async links draw hollow squares, sync links filled circles: shape, not only colour. */
  async: boolean;
  /** The link's own policies that refuse calls before they travel. */
  breaker: boolean;
  limiter: boolean;
}

/** Per-frame scratch: positions computed once, then drawn batch by batch. */
export class DotDrawer {
  private xs = new Float32Array(0);
  private ys = new Float32Array(0);
  private alpha = new Float32Array(0);

  draw(ctx: CanvasRenderingContext2D, pool: DotPool, links: readonly (DrawLink | undefined)[], t: number, radius: number): void {
    if (this.xs.length !== pool.capacity) {
      this.xs = new Float32Array(pool.capacity);
      this.ys = new Float32Array(pool.capacity);
      this.alpha = new Float32Array(pool.capacity);
    }
    const { xs, ys, alpha } = this;
    let faded = false;
    for (let i = 0; i < pool.capacity; i++) {
      alpha[i] = 0;
      const f = pool.progress(i, t);
      if (f < 0) continue;
      const l = links[pool.link[i]];
      if (!l) continue;
      let reach = f;
      let a = 1;
      if (isRefused(pool.outcome[i], l)) {
        // Refused at the caller: the dot leaves, stops short and fades where the call was turned away.
        reach = f * REFUSED_REACH;
        a = f < 0.5 ? 1 : 1 - (f - 0.5) * 2;
        faded = true;
      }
      xs[i] = l.seg.sx + (l.seg.tx - l.seg.sx) * reach;
      ys[i] = l.seg.sy + (l.seg.ty - l.seg.sy) * reach;
      alpha[i] = a;
    }
    const side = radius * 1.7;
    ctx.lineWidth = Math.max(1.5, radius * 0.55);
    for (let o = 0; o < COLORS.length; o++) {
      ctx.fillStyle = COLORS[o];
      ctx.strokeStyle = COLORS[o];
      for (const hollow of [false, true]) {
        for (const fade of faded ? [false, true] : [false]) {
          ctx.beginPath();
          let any = false;
          for (let i = 0; i < pool.capacity; i++) {
            const a = alpha[i];
            if (a <= 0 || pool.outcome[i] !== o || links[pool.link[i]]?.async !== hollow || a < 1 !== fade) continue;
            any = true;
            if (hollow) ctx.rect(xs[i] - side / 2, ys[i] - side / 2, side, side);
            else {
              ctx.moveTo(xs[i] + radius, ys[i]);
              ctx.arc(xs[i], ys[i], radius, 0, Math.PI * 2);
            }
          }
          if (!any) continue;
          // Fading dots share one middling alpha: per-dot alpha would cost a draw call each.
          ctx.globalAlpha = fade ? 0.45 : 1;
          if (hollow) ctx.stroke();
          else ctx.fill();
        }
      }
    }
    ctx.globalAlpha = 1;
  }
}
