/**
 * A sweep chart as a standalone SVG document: one metric against the parameter, the mean line, the
 * 95 % band when there are several seeds, and failed points marked on the axis. Drawn here rather
 * than exported from uPlot's canvas, so the SVG is real vectors (a review document scales it) and
 * the PNG is this picture rasterised. Pure: the design-review export calls it too.
 */
import { metricById, type MetricId } from '@/lib/batch/metrics';
import type { SweepResult } from './sweep';

export interface SvgOptions {
  width?: number;
  height?: number;
  dark?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A short number for ticks and labels: 1200 → "1.2k", 0.25 → "0.25". */
export function shortNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  if (a >= 100 || a === 0) return String(Math.round(v));
  return String(Number(v.toPrecision(3)));
}

/** About `count` round tick values covering [lo, hi] (1, 2, 5 × 10^k steps; whole steps for a whole-number axis). */
export function niceTicks(lo: number, hi: number, count = 5, whole = false): number[] {
  if (!(hi > lo)) return [lo];
  const raw = Math.max((hi - lo) / count, whole ? 1 : 0);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** 1, 2, 5 × 10^k ticks within [lo, hi] for a log axis (the ends when none fall inside). */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  return out.length >= 2 ? out : [lo, hi];
}

export function sweepSvg(r: SweepResult, metricId: MetricId, o: SvgOptions = {}): string {
  const W = o.width ?? 720;
  const H = o.height ?? 420;
  const c = o.dark
    ? { bg: '#0f172a', text: '#e2e8f0', muted: '#94a3b8', grid: '#1e293b', line: '#56B4E9', error: '#F87171' }
    : { bg: '#ffffff', text: '#0f172a', muted: '#475569', grid: '#e2e8f0', line: '#0072B2', error: '#D55E00' };
  const m = metricById(metricId);
  const label = m ? m.label : metricId;
  const unit = m?.unit ?? '';
  const L = 72;
  const R = 24;
  const T = 52;
  const B = 58;
  const pw = W - L - R;
  const ph = H - T - B;

  const xs = r.points.map((p) => p.value);
  const logX = r.scale === 'log' && xs.every((x) => x > 0);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const fx = (v: number) => {
    if (x1 === x0) return L + pw / 2;
    const t = logX ? (Math.log(v) - Math.log(x0)) / (Math.log(x1) - Math.log(x0)) : (v - x0) / (x1 - x0);
    return L + t * pw;
  };
  const stats = r.points.map((p) => p.metrics[metricId]);
  const ys = stats.flatMap((s) => (s ? [s.lo, s.hi, s.mean] : []));
  let y0 = Math.min(0, ...ys);
  let y1 = unit === '%' ? Math.max(100, ...ys) : Math.max(...ys, 0);
  if (ys.length === 0 || y1 === y0) y1 = y0 + 1;
  const yTicks = niceTicks(y0, y1 * (unit === '%' ? 1 : 1.05));
  y0 = Math.min(y0, yTicks[0]);
  y1 = Math.max(y1, yTicks[yTicks.length - 1]);
  const fy = (v: number) => T + ph - ((v - y0) / (y1 - y0)) * ph;
  const f = (v: number) => v.toFixed(1);

  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="${c.bg}"/>`);
  const title = `${label} against ${r.param.element} · ${r.param.name}`;
  const sub = `${r.scenario} · ${r.seeds.length > 1 ? `mean of ${r.seeds.length} seeds (${r.seeds[0]}–${r.seeds[r.seeds.length - 1]}), band = 95 % confidence interval` : `seed ${r.seeds[0]}`}`;
  parts.push(`<text x="${L}" y="22" font-size="15" font-weight="600" fill="${c.text}">${esc(title)}</text>`);
  parts.push(`<text x="${L}" y="40" font-size="11.5" fill="${c.muted}">${esc(sub)}</text>`);

  for (const t of yTicks) {
    const y = f(fy(t));
    parts.push(`<line x1="${L}" x2="${L + pw}" y1="${y}" y2="${y}" stroke="${c.grid}"/>`);
    parts.push(`<text x="${L - 8}" y="${y}" font-size="11" fill="${c.muted}" text-anchor="end" dominant-baseline="middle">${esc(shortNumber(t))}</text>`);
  }
  const xTicks = x1 === x0 ? [x0] : logX ? logTicks(x0, x1) : niceTicks(x0, x1, 6, r.param.int);
  for (const t of xTicks) {
    const x = f(fx(t));
    parts.push(`<line x1="${x}" x2="${x}" y1="${T}" y2="${T + ph}" stroke="${c.grid}"/>`);
    parts.push(`<text x="${x}" y="${T + ph + 16}" font-size="11" fill="${c.muted}" text-anchor="middle">${esc(shortNumber(t))}</text>`);
  }
  parts.push(`<line x1="${L}" x2="${L + pw}" y1="${f(T + ph)}" y2="${f(T + ph)}" stroke="${c.muted}"/>`);
  parts.push(`<text x="${L + pw / 2}" y="${H - 14}" font-size="12" fill="${c.text}" text-anchor="middle">${esc(`${r.param.element} · ${r.param.name}${r.param.unit ? ` (${r.param.unit})` : ''}`)}</text>`);
  parts.push(`<text transform="translate(16 ${T + ph / 2}) rotate(-90)" font-size="12" fill="${c.text}" text-anchor="middle">${esc(`${label}${unit ? ` (${unit})` : ''}`)}</text>`);

  // The band and the line break where a point has no value, so a gap is never bridged by a guess.
  const runs: number[][] = [];
  let cur: number[] = [];
  stats.forEach((s, i) => {
    if (s) cur.push(i);
    else if (cur.length) {
      runs.push(cur);
      cur = [];
    }
  });
  if (cur.length) runs.push(cur);
  for (const run of runs) {
    if (r.seeds.length > 1) {
      const top = run.map((i) => `${f(fx(xs[i]))},${f(fy(stats[i]!.hi))}`);
      const bottom = [...run].reverse().map((i) => `${f(fx(xs[i]))},${f(fy(stats[i]!.lo))}`);
      parts.push(`<polygon points="${[...top, ...bottom].join(' ')}" fill="${c.line}" fill-opacity="0.18" stroke="none"/>`);
    }
    parts.push(`<polyline points="${run.map((i) => `${f(fx(xs[i]))},${f(fy(stats[i]!.mean))}`).join(' ')}" fill="none" stroke="${c.line}" stroke-width="2"/>`);
  }
  r.points.forEach((p, i) => {
    const s = stats[i];
    const x = f(fx(p.value));
    if (s) parts.push(`<circle cx="${x}" cy="${f(fy(s.mean))}" r="3.5" fill="${c.line}"><title>${esc(`${shortNumber(p.value)}: ${shortNumber(s.mean)}${unit ? ` ${unit}` : ''}`)}</title></circle>`);
    else {
      const y = T + ph;
      const why = p.error ? `failed: ${p.error}` : `no ${label} at this point`;
      parts.push(`<path d="M${f(+x - 5)},${f(y - 5)}l10,10m0,-10l-10,10" stroke="${p.error ? c.error : c.muted}" stroke-width="2"><title>${esc(`${shortNumber(p.value)}: ${why}`)}</title></path>`);
    }
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="ui-sans-serif, system-ui, sans-serif">${parts.join('')}</svg>`;
}
