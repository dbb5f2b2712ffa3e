'use client';
/** Traffic dots drawn on one canvas layer over the graph. Placeholder until built. */
export function TrafficLayer() {
  return null;
}
