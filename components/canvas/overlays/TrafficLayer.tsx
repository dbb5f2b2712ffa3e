'use client';
/**
 * Traffic dots on one <canvas> over the graph (Kiali / Vizceral style): density shows a link's
 * rate, colour its outcomes, shape sync (filled circle) or async (hollow square). Everything
 * happens in a requestAnimationFrame loop reading both stores with getState(): no React render
 * per frame. The loop runs only while the run does; when paused, dots freeze but still follow
 * pans, zooms and node moves.
 */
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { TrafficAnimator } from './traffic-animator';

export function TrafficLayer() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();
  const { run } = usePlayground();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const anim = new TrafficAnimator(canvas, run, flow);
    return () => anim.dispose();
  }, [run, flow]);

  return <canvas ref={canvasRef} aria-hidden="true" data-testid="traffic-layer" className="pointer-events-none absolute inset-0 z-[3] h-full w-full" />;
}
