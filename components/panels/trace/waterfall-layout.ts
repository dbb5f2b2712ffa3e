/**
 * A trace laid out as a waterfall: one row per span in tree order, each bar placed on one time
 * axis (ms from the request's start) with a colour, a pattern and a text label, so the kind and
 * outcome read without colour.
 */
import { spanRows, type Span, type Trace } from '@/simulations/index';
import { ACCENT, OUTCOME_COLOR, OUTCOME_LABEL } from '@/components/canvas/overlays/outcome-colors';

export type BarStyle = 'solid' | 'hatched' | 'dotted' | 'thin' | 'marker';

export interface WaterfallRow {
  span: Span;
  depth: number;
  /** Bar position and width in % of the axis. */
  left: number;
  width: number;
  /** ms from the request's start. */
  startMs: number;
  endMs: number;
  durationMs: number;
  /** Still open when fetched: the bar runs to the axis end. */
  open: boolean;
  /** This span or an ancestor went on after its caller stopped waiting. */
  abandoned: boolean;
  color: string;
  style: BarStyle;
  /** What the bar says, e.g. "attempt 2 · timeout", "backoff 200 ms", "queue wait 12 ms". */
  label: string;
}

export interface Waterfall {
  rows: WaterfallRow[];
  /** Axis length in ms: the request, or longer when abandoned work outlived it. */
  axisMs: number;
  /** When the client had its answer, ms from the start. */
  answeredMs: number;
  ticks: number[];
}

export const KIND_COLOR = { work: ACCENT, wait: '#999999', backoff: '#999999', network: '#94a3b8', publish: '#CC79A7' } as const;

/** "12 ms", "0.4 ms", "1.25 s". */
export function fmtMs(ms: number): string {
  if (ms >= 1000) return `${Number((ms / 1000).toPrecision(3))} s`;
  if (ms === 0 || Number.isInteger(ms) || ms >= 100) return `${Math.round(ms)} ms`;
  return `${Number(ms.toPrecision(2))} ms`;
}

export function outcomeText(s: Pick<Span, 'outcome'>): string {
  return s.outcome ? OUTCOME_LABEL[s.outcome] : 'in progress';
}

function look(s: Span, durationMs: number): { color: string; style: BarStyle; label: string } {
  const outcome = s.outcome ? OUTCOME_COLOR[s.outcome] : ACCENT;
  const d = fmtMs(durationMs);
  switch (s.kind) {
    case 'attempt':
      return { color: outcome, style: durationMs === 0 ? 'marker' : 'solid', label: `attempt ${s.attempt ?? '?'} · ${outcomeText(s)}${durationMs > 0 ? ` · ${d}` : ''}` };
    case 'backoff':
      return { color: KIND_COLOR.backoff, style: 'hatched', label: `backoff ${d}` };
    case 'wait':
      return { color: KIND_COLOR.wait, style: 'dotted', label: `${s.name} ${d}` };
    case 'network':
      return { color: KIND_COLOR.network, style: 'thin', label: `network ${d}` };
    case 'work':
      return s.outcome === 'error' ? { color: OUTCOME_COLOR.error, style: 'solid', label: `work ${d} · error` } : { color: KIND_COLOR.work, style: 'solid', label: `work ${d}` };
    case 'publish':
      return { color: KIND_COLOR.publish, style: durationMs === 0 ? 'marker' : 'solid', label: durationMs === 0 ? s.name : `${s.name} · ${outcomeText(s)} · ${d}` };
    default:
      return { color: outcome, style: durationMs === 0 ? 'marker' : 'solid', label: `${s.name} · ${outcomeText(s)} · ${d}` };
  }
}

/** Round tick steps (1, 2, 5 × 10^k) giving about `want` ticks. */
export function ticks(axisMs: number, want = 6): number[] {
  if (!(axisMs > 0)) return [0];
  const raw = axisMs / want;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let t = 0; t <= axisMs + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

export function layoutWaterfall(trace: Trace): Waterfall {
  const t0 = trace.startMs;
  const answeredMs = (trace.endMs ?? t0) - t0;
  let axisMs = answeredMs;
  for (const s of trace.spans) if (s.endMs !== undefined) axisMs = Math.max(axisMs, s.endMs - t0);
  // A request answered in the same instant (an open breaker) still gets an axis to draw on.
  const scale = axisMs > 0 ? axisMs : 1;
  const abandonedIds = new Set<number>();
  const rows = spanRows(trace).map(({ span, depth }): WaterfallRow => {
    if (span.abandoned || (span.parentId !== null && abandonedIds.has(span.parentId))) abandonedIds.add(span.id);
    const startMs = span.startMs - t0;
    const open = span.endMs === undefined;
    const endMs = open ? Math.max(startMs, axisMs) : span.endMs! - t0;
    const durationMs = endMs - startMs;
    const { color, style, label } = look(span, durationMs);
    return {
      span,
      depth,
      left: (startMs / scale) * 100,
      width: (durationMs / scale) * 100,
      startMs,
      endMs,
      durationMs,
      open,
      abandoned: abandonedIds.has(span.id),
      color,
      style,
      label: `${label}${open ? ' · still running' : ''}${span.abandoned ? ' · abandoned' : ''}`,
    };
  });
  return { rows, axisMs: scale, answeredMs, ticks: ticks(scale) };
}
