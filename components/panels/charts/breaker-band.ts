/**
 * Draws breaker state as bands (one lane per breaker, coloured by state, the state written in
 * wide stretches): an OPEN stretch reads as a block of red with "OPEN" in it, not a line at 2.
 */
import type uPlot from 'uplot';
import { BREAKER_LOOK, type BreakerState } from '@/components/canvas/overlays/outcome-colors';

const STATES: BreakerState[] = ['CLOSED', 'HALF_OPEN', 'OPEN'];

export function drawBreakerBands(u: uPlot, labels: readonly string[], textColor: string, fontPx: number): void {
  const ctx = u.ctx;
  const { left, top, width, height } = u.bbox;
  const xs = u.data[0];
  if (!xs.length || !labels.length) return;
  const laneH = height / labels.length;
  const px = pixelRatio();
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.font = `600 ${Math.round(fontPx * px)}px ui-sans-serif, system-ui, sans-serif`;
  // uPlot leaves its axis text settings on the context: set ours explicitly.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (let s = 0; s < labels.length; s++) {
    const ys = u.data[s + 1] as (number | null)[];
    const y0 = top + s * laneH + laneH * 0.3;
    const h = Math.max(2, laneH * 0.62);
    const step = xs.length > 1 ? xs[1] - xs[0] : 1;
    // Runs of equal state: one rectangle (and one label) per run.
    let i = 0;
    while (i < xs.length) {
      const v = ys[i];
      let j = i;
      while (j + 1 < xs.length && ys[j + 1] === v) j++;
      if (v !== null && v !== undefined) {
        const look = BREAKER_LOOK[STATES[Math.round(v)] ?? 'CLOSED'];
        const x1 = u.valToPos(i > 0 ? xs[i - 1] : xs[i] - step, 'x', true);
        const x2 = u.valToPos(xs[j], 'x', true);
        ctx.fillStyle = look.color;
        ctx.globalAlpha = 0.85;
        ctx.fillRect(x1, y0, Math.max(1, x2 - x1), h);
        ctx.globalAlpha = 1;
        const text = `${look.glyph} ${look.text}`;
        if (x2 - x1 > ctx.measureText(text).width + 8 * px) {
          ctx.fillStyle = '#ffffff';
          ctx.fillText(text, x1 + 4 * px, y0 + h / 2);
        }
      }
      i = j + 1;
    }
    ctx.fillStyle = textColor;
    ctx.textBaseline = 'bottom';
    ctx.fillText(labels[s], left + 2 * px, y0 - 1 * px);
    ctx.textBaseline = 'middle';
  }
  ctx.restore();
}

function pixelRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}
