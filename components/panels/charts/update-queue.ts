/**
 * Spreads chart redraws over animation frames: when a window closes every chart wants to redraw,
 * and six uPlot redraws in one frame can take longer than the frame. Each frame runs queued
 * updates until a small time budget is spent (at least one), the rest wait for the next frame.
 */
const BUDGET_MS = 6;
const queue = new Set<() => void>();
let raf = 0;

export function requestChartUpdate(update: () => void): void {
  queue.add(update);
  if (!raf) raf = requestAnimationFrame(flush);
}

export function cancelChartUpdate(update: () => void): void {
  queue.delete(update);
}

function flush(): void {
  raf = 0;
  const start = performance.now();
  for (const update of queue) {
    queue.delete(update);
    update();
    if (performance.now() - start >= BUDGET_MS) break;
  }
  if (queue.size) raf = requestAnimationFrame(flush);
}
