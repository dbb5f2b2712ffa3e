'use client';
/**
 * One chart a room can read from the back: answers per second by outcome (stacked), the last two
 * minutes of windows, with the latest success rate and p95 in big figures above it.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDoc, usePlayground, useRun } from '@/components/playground/PlaygroundProvider';
import { formatClock } from '@/components/run/format';
import { niceCeil, ROOM_LAYERS, roomData } from './room-chart';

const W = 900;
const H = 220;
const PAD = { l: 56, r: 12, t: 10, b: 30 };

export function RoomChart() {
  const { run } = usePlayground();
  const clientIds = useDoc(useShallow((s) => s.doc.nodes.filter((n) => n.kind === 'client').map((n) => n.id)));
  const version = useRun((s) => s.seriesVersion);
  const windowMs = useRun((s) => s.windowMs);
  const data = useMemo(() => {
    void version; // recomputed when windows were added
    const series = run.getState().series;
    return roomData(clientIds.flatMap((id) => (series[id] ? [series[id]] : [])), windowMs);
  }, [run, clientIds, version, windowMs]);

  const n = data.t.length;
  const totals = data.t.map((_, k) => data.layers.reduce((a, l) => a + l[k], 0));
  const top = niceCeil(Math.max(0, ...totals));
  const x = (k: number) => PAD.l + (n <= 1 ? 0 : (k / (n - 1)) * (W - PAD.l - PAD.r));
  const y = (v: number) => H - PAD.b - (v / top) * (H - PAD.t - PAD.b);
  const stacked: number[][] = [];
  data.layers.forEach((l, i) => stacked.push(l.map((v, k) => v + (i > 0 ? stacked[i - 1][k] : 0))));

  return (
    <section aria-label="Answers per second by outcome" data-testid="room-chart" className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-6">
      <div className="flex flex-col gap-2">
        <p className="text-xl text-slate-600 dark:text-slate-300">
          Success <span className="block text-5xl font-bold tabular-nums text-slate-900 dark:text-white" data-testid="room-success">{data.success === undefined ? '–' : `${Math.floor(data.success * 1000) / 10} %`}</span>
        </p>
        <p className="text-xl text-slate-600 dark:text-slate-300">
          p95 latency <span className="block text-5xl font-bold tabular-nums text-slate-900 dark:text-white">{data.p95 === undefined ? '–' : `${Math.round(data.p95)} ms`}</span>
        </p>
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-[12rem] w-full" role="img" aria-label="Answers per second, stacked by outcome">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(top * f)} y2={y(top * f)} className="stroke-slate-300 dark:stroke-slate-700" strokeWidth={1} />
            <text x={PAD.l - 6} y={y(top * f) + 6} textAnchor="end" className="fill-slate-600 text-[18px] dark:fill-slate-300">
              {top * f}
            </text>
          </g>
        ))}
        {n > 1 &&
          stacked.map((upper, i) => {
            const lower = i > 0 ? stacked[i - 1] : upper.map(() => 0);
            const d = `M${upper.map((v, k) => `${x(k)},${y(v)}`).join('L')}L${lower.map((v, k) => `${x(n - 1 - k)},${y(lower[n - 1 - k])}`).join('L')}Z`;
            return <path key={ROOM_LAYERS[i].key} d={d} fill={ROOM_LAYERS[i].color} opacity={0.85} />;
          })}
        {n > 0 && (
          <>
            <text x={PAD.l} y={H - 6} className="fill-slate-600 text-[18px] dark:fill-slate-300">
              {formatClock(data.t[0])}
            </text>
            <text x={W - PAD.r} y={H - 6} textAnchor="end" className="fill-slate-600 text-[18px] dark:fill-slate-300">
              {formatClock(data.t[n - 1])}
            </text>
          </>
        )}
        <text x={8} y={PAD.t + 14} className="fill-slate-500 text-[14px]">
          /s
        </text>
      </svg>
      <ul className="col-start-2 mt-1 flex flex-wrap gap-x-4 gap-y-1 text-lg text-slate-700 dark:text-slate-200">
        {ROOM_LAYERS.map((l) => (
          <li key={l.key} className="flex items-center gap-1.5">
            <span className="inline-block h-4 w-4 rounded-sm" style={{ background: l.color }} aria-hidden="true" />
            {l.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
