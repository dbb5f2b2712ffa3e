/** Walks a trace's spans as a tree: the row order of a waterfall, and a plain-text rendering. */
import { fmtMs } from './recording';
import type { Span, Trace } from './types';

export interface SpanRow {
  span: Span;
  depth: number;
}

/** Depth-first, children by start time (then creation order): the rows of a waterfall. */
export function spanRows(trace: Trace): SpanRow[] {
  const children = new Map<number, Span[]>();
  const roots: Span[] = [];
  for (const s of trace.spans) {
    if (s.parentId === null) roots.push(s);
    else {
      const list = children.get(s.parentId);
      if (list) list.push(s);
      else children.set(s.parentId, [s]);
    }
  }
  const byStart = (a: Span, b: Span) => a.startMs - b.startMs || a.id - b.id;
  const rows: SpanRow[] = [];
  const stack: SpanRow[] = roots.sort(byStart).reverse().map((span) => ({ span, depth: 0 }));
  while (stack.length > 0) {
    const row = stack.pop()!;
    rows.push(row);
    const kids = children.get(row.span.id);
    if (kids) for (const k of [...kids].sort(byStart).reverse()) stack.push({ span: k, depth: row.depth + 1 });
  }
  return rows;
}

/** One line per span, indented by depth, times in ms from the request's start. */
export function formatTrace(trace: Trace): string {
  const t0 = trace.startMs;
  return spanRows(trace)
    .map(({ span: s, depth }) => {
      const end = s.endMs === undefined ? '…' : fmtMs(s.endMs - t0);
      const bits = [`${s.name} [${s.target}]`, `${fmtMs(s.startMs - t0)} → ${end}`];
      if (s.outcome) bits.push(s.outcome);
      if (s.note) bits.push(`(${s.note})`);
      return `${'  '.repeat(depth)}${bits.join('  ')}`;
    })
    .join('\n');
}
