'use client';
/**
 * One live chart. uPlot is created in an effect and fed with setData when windows were added to
 * the run store's series (never through React state): at most MAX_HZ times a second (a window is
 * the chart's resolution anyway), through a queue that spreads the charts over frames. Resized with its
 * box, destroyed on unmount. The legend is ours: fixed height, values updated in place on hover.
 * uPlot itself is imported in the effect (it draws nothing before then anyway), which keeps it out of
 * the page's first-load JavaScript (PRODUCT.md: ≤ 350 kB).
 */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { BREAKER_LOOK } from '@/components/canvas/overlays/outcome-colors';
import { formatValue } from './axis-format';
import { xAxis, type Aligned } from './chart-data';
import type { ChartSpec } from './chart-types';
import { cancelChartUpdate, requestChartUpdate } from './update-queue';
import type uPlot from 'uplot';

const MAX_HZ = 8;

export function ChartCard({ spec, dark, large }: { spec: ChartSpec; dark: boolean; large: boolean }) {
  return (
    // `contain: strict`: the grid sizes the card; whatever uPlot does inside never lays out the page.
    <figure className="flex min-h-0 min-w-0 flex-col rounded-md border [contain:strict] border-slate-200 bg-white px-2 pt-1.5 pb-1 dark:border-slate-700 dark:bg-slate-900" data-testid="chart" data-chart={spec.id}>
      <figcaption className="flex min-w-0 items-baseline gap-2">
        <span className="max-w-full shrink-0 truncate text-sm font-semibold text-slate-900 dark:text-slate-100" title={spec.title}>
          {spec.title}
        </span>
        {spec.note && (
          <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400" title={spec.note}>
            {spec.note}
          </span>
        )}
      </figcaption>
      {spec.empty ? (
        <div className="flex min-h-0 flex-1 items-center justify-center px-4 text-center text-sm text-slate-500 dark:text-slate-400">{spec.empty}</div>
      ) : (
        <Plot spec={spec} dark={dark} large={large} />
      )}
    </figure>
  );
}

function Plot({ spec, dark, large }: { spec: ChartSpec; dark: boolean; large: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const legend = useRef<HTMLDivElement>(null);
  const { run } = usePlayground();

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const values = () => Array.from(legend.current?.querySelectorAll<HTMLElement>('[data-value]') ?? []);
    const showCursor = (u: uPlot) => {
      const i = u.cursor.idx;
      values().forEach((node, s) => {
        const v = i === null || i === undefined ? null : (u.data[s + 1]?.[i] as number | null);
        node.textContent = i === null || i === undefined ? '' : spec.band ? stateText(v) : formatValue(v, spec.series[s]?.right ? (spec.rightUnit ?? spec.unit) : spec.unit);
      });
    };
    const size = () => ({ width: Math.max(80, el.clientWidth), height: Math.max(40, el.clientHeight) });
    const draw = (u: uPlot): (() => void) => {
      let queued = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last = 0;
      const update = () => {
        queued = false;
        last = performance.now();
        u.setData(dataOf(spec, run));
      };
      const schedule = () => {
        timer = undefined;
        queued = true;
        requestChartUpdate(update);
      };
      const unsubscribe = run.subscribe((s, prev) => {
        if (s.seriesVersion === prev.seriesVersion || queued || timer) return;
        const wait = 1000 / MAX_HZ - (performance.now() - last);
        if (wait > 0) timer = setTimeout(schedule, wait);
        else schedule();
      });
      const ro = new ResizeObserver(() => u.setSize(size()));
      ro.observe(el);
      return () => {
        unsubscribe();
        cancelChartUpdate(update);
        if (timer) clearTimeout(timer);
        ro.disconnect();
        u.destroy();
      };
    };
    let stop: (() => void) | undefined;
    let gone = false;
    void import('./uplot-options').then(({ optionsFor, uPlot }) => {
      if (gone) return;
      stop = draw(new uPlot(optionsFor(spec, { dark, scale: large ? 1.25 : 1 }, size(), () => run.getState().durationMs / 1000, showCursor), dataOf(spec, run), el));
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [spec, dark, large, run]);

  return (
    <>
      {/* Fixed height (two lines for many series), so hover values never resize the plot. */}
      <div
        ref={legend}
        className={`flex min-w-0 flex-wrap content-start items-center gap-x-3 overflow-hidden text-xs leading-[1.25rem] text-slate-700 dark:text-slate-300 ${twoLines(spec) ? 'h-[2.5rem]' : 'h-[1.25rem]'}`}
        aria-label="Legend"
      >
        {spec.band
          ? (['CLOSED', 'HALF_OPEN', 'OPEN'] as const).map((s) => (
              <span key={s} className="flex shrink-0 items-center gap-1">
                <span aria-hidden="true" style={{ color: BREAKER_LOOK[s].color }}>
                  {BREAKER_LOOK[s].glyph}
                </span>
                {BREAKER_LOOK[s].text}
              </span>
            ))
          : spec.series.map((s) => (
              <span key={s.label} className="flex shrink-0 items-center gap-1 whitespace-nowrap">
                <svg width="18" height="8" aria-hidden="true">
                  <line x1="0" y1="4" x2="18" y2="4" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash?.join(' ')} />
                </svg>
                {s.label}
                <span data-value className="font-mono tabular-nums text-slate-900 dark:text-white" />
              </span>
            ))}
        {spec.band && spec.series.map((s) => <span key={s.label} data-value className="hidden" />)}
      </div>
      <div ref={host} className="min-h-0 flex-1 overflow-hidden [contain:strict]" />
    </>
  );
}

function dataOf(spec: ChartSpec, run: ReturnType<typeof usePlayground>['run']): Aligned {
  const buffers = run.getState().series;
  const x = xAxis(buffers, spec.keys);
  return [x, ...spec.build(buffers, x.length)];
}

/** Whether the legend needs a second line (roughly: more than fits a card's width in one). */
function twoLines(spec: ChartSpec): boolean {
  if (spec.band) return false;
  return spec.series.reduce((n, s) => n + s.label.length + 5, 0) > 36;
}

function stateText(v: number | null): string {
  return v === null || v === undefined ? '' : (['CLOSED', 'HALF-OPEN', 'OPEN'][Math.round(v)] ?? '');
}
