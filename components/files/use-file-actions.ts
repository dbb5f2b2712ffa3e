'use client';
/**
 * What the File menu, the canvas drop target and the Report tab do with files: open a scenario
 * (migrate, validate, place, then replace the document as one undoable step), and download the
 * scenario, a picture of the graph, the run report and the time series. A file that cannot be
 * opened leaves the work as it was and says why.
 */
import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { SCENARIO_VERSION } from '@/simulations/index';
import { fileNameFor, scenarioFileText, SCHEMA_PATH } from '@/lib/files/scenario-json';
import { FIT_OPTIONS, afterRender } from '@/components/canvas/use-canvas-actions';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { persistedDoc } from '@/lib/variants/workspace';
import { downloadBlob, downloadText } from './download';

export type FileActions = ReturnType<typeof useFileActions>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useFileActions() {
  const { doc, ui, run } = usePlayground();
  const flow = useReactFlow();

  return useMemo(() => {
    const current = () => doc.getState().doc;
    const fail = (what: string, e: unknown) => ui.getState().notify(`${what}: ${message(e)}.`, 'error');
    /** Runs `fn`, turning anything it throws (a chunk that failed to load, a refused canvas) into a notice. */
    const guarded =
      <A extends unknown[], R>(what: string, fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R | undefined> => {
        try {
          return await fn(...args);
        } catch (e) {
          fail(what, e);
          return undefined;
        }
      };

    return {
      /** Opens a scenario file; resolves to whether it replaced the document. */
      open: guarded('Could not open the file', async (file: File): Promise<boolean> => {
        // Loaded on first use, like the exports: the playground's first load has no room to spare.
        const [{ readScenarioFile }, { placeNodes }] = await Promise.all([import('@/lib/files/read-scenario'), import('@/lib/files/place-nodes')]);
        const read = await readScenarioFile(file);
        if (!read.ok) {
          ui.getState().notify(`Could not open ${file.name}: ${read.error}. Your work is unchanged.`, 'error');
          return false;
        }
        let placed = { doc: read.doc, laidOut: false };
        try {
          placed = await placeNodes(read.doc);
        } catch {
          // Without the layout engine the nodes still open, stacked where the file put them.
        }
        const problems = doc.getState().replace(placed.doc);
        afterRender(() => void flow.fitView(FIT_OPTIONS));
        const notes = [
          read.from < SCENARIO_VERSION ? ` It was written in format version ${read.from} and has been brought up to version ${SCENARIO_VERSION}.` : '',
          placed.laidOut ? ' It had no node positions, so it was laid out automatically.' : '',
        ].join('');
        ui.getState().notify(`Opened “${placed.doc.name}” from ${file.name}.${notes} Undo brings back what you had.`, 'info');
        for (const problem of problems) ui.getState().notify(`In ${file.name}: ${problem}.`, 'warn');
        return true;
      }),

      downloadJson: () => {
        // A with its variants: the file reopens the whole comparison.
        const d = persistedDoc(doc.getState());
        downloadText(scenarioFileText(d, new URL(SCHEMA_PATH, window.location.origin).href), fileNameFor(d.name, 'json'), 'application/json');
      },

      downloadPicture: guarded('Could not make the picture', async (format: 'png' | 'svg') => {
        const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
        if (!canvas) throw new Error('the canvas is not on the page');
        const { exportPicture } = await import('./picture/export-picture');
        const d = current();
        downloadBlob(await exportPicture(flow, canvas, format, d.name), fileNameFor(d.name, format));
      }),

      downloadReport: guarded('Could not write the report', async () => {
        const report = run.getState().report;
        if (!report) return;
        const d = current();
        const [{ reportMarkdown }, { namerOf }] = await Promise.all([import('@/lib/files/report-markdown'), import('@/lib/files/names')]);
        const kinds = new Map((d.links ?? []).map((l) => [l.id, l.kind as string]));
        const md = reportMarkdown(report, { name: namerOf(d), linkKind: (id) => kinds.get(id), scenarioFile: fileNameFor(d.name, 'json'), date: new Date().toISOString().slice(0, 10) });
        downloadText(md, fileNameFor(`${d.name} report`, 'md'), 'text/markdown');
      }),

      downloadSeries: guarded('Could not write the time series', async () => {
        const d = current();
        const [{ seriesCsv }, { kindOf, namerOf }] = await Promise.all([import('@/lib/files/series-csv'), import('@/lib/files/names')]);
        downloadText(seriesCsv(run.getState().series, { name: namerOf(d), kind: kindOf(d) }), fileNameFor(`${d.name} series`, 'csv'), 'text/csv');
      }),
    };
  }, [doc, ui, run, flow]);
}
