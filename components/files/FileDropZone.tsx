'use client';
/**
 * Drop a scenario file on the canvas to open it. Rendered inside the canvas; listens on its
 * parent (the canvas root) with native listeners, so the canvas component needs only this one
 * element. While a file is dragged over, an overlay says what a drop will do. A file dropped
 * elsewhere on the page is caught too, so the browser never navigates away to show it.
 */
import { useEffect, useRef, useState } from 'react';
import { useFileActions } from './use-file-actions';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');

export function FileDropZone() {
  const anchor = useRef<HTMLSpanElement>(null);
  const actions = useFileActions();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const zone = anchor.current?.parentElement;
    if (!zone) return;
    // dragenter/dragleave fire for every child crossed: count them, so the overlay does not flicker.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overZone = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void actions.open(file);
    };
    // Outside the canvas a file is not taken: say so with the cursor, and keep the page where it is.
    const elsewhere = (e: DragEvent) => {
      if (!hasFiles(e) || zone.contains(e.target as Node)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'none';
    };
    const reset = () => {
      depth = 0;
      setOver(false);
    };
    zone.addEventListener('dragenter', enter);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('dragover', overZone);
    zone.addEventListener('drop', drop);
    window.addEventListener('dragover', elsewhere);
    window.addEventListener('drop', elsewhere);
    window.addEventListener('dragend', reset);
    return () => {
      zone.removeEventListener('dragenter', enter);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('dragover', overZone);
      zone.removeEventListener('drop', drop);
      window.removeEventListener('dragover', elsewhere);
      window.removeEventListener('drop', elsewhere);
      window.removeEventListener('dragend', reset);
    };
  }, [actions]);

  return (
    <>
      <span ref={anchor} hidden />
      {over && (
        <div className="pointer-events-none absolute inset-2 z-40 grid place-items-center rounded-xl border-4 border-dashed border-[#0072B2] bg-sky-50/85 p-6 text-center dark:bg-slate-950/85" data-testid="file-drop-overlay">
          <div className="max-w-md">
            <p className="text-lg font-semibold text-slate-900 dark:text-slate-100">Drop the scenario file to open it</p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">A .json file saved from Interplay replaces what is on the canvas. Undo brings your current work back.</p>
          </div>
        </div>
      )}
    </>
  );
}
