'use client';
/** Download the sweep chart as PNG or SVG (our own vector drawing of the curve) and its data as CSV. */
import { downloadBlob, downloadText } from '@/components/files/download';
import type { MetricId } from '@/lib/batch/metrics';
import type { SweepResult } from '@/lib/sweep/sweep';
import { sweepCsv } from '@/lib/sweep/sweep-csv';
import { sweepSvg } from '@/lib/sweep/sweep-svg';
import { svgToPng } from './export-png';
import { BUTTON } from './styles';

const SIZE = { width: 880, height: 480 };
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'sweep';

export function SweepExports({ result, metric, dark, onError }: { result: SweepResult; metric: MetricId; dark: boolean; onError(text: string): void }) {
  const base = `sweep-${slug(`${result.param.element}-${result.param.name}`)}`;
  const svg = () => sweepSvg(result, metric, { ...SIZE, dark });
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Export">
      <button type="button" className={BUTTON} data-testid="sweep-export-png" title="The chart as a picture, for a review document" onClick={() => void svgToPng(svg(), SIZE.width, SIZE.height).then((b) => downloadBlob(b, `${base}-${metric}.png`), (e: Error) => onError(e.message))}>
        PNG
      </button>
      <button type="button" className={BUTTON} data-testid="sweep-export-svg" title="The chart as vector graphics" onClick={() => downloadText(svg(), `${base}-${metric}.svg`, 'image/svg+xml')}>
        SVG
      </button>
      <button type="button" className={BUTTON} data-testid="sweep-export-csv" title="One row per point, a column per metric" onClick={() => downloadText(sweepCsv(result), `${base}.csv`, 'text/csv')}>
        CSV
      </button>
    </div>
  );
}
