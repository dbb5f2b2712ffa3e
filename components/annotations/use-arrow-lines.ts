'use client';
/**
 * Where each arrow is drawn now. Ends attached to notes, nodes or links follow them (drags included), read from React
 * Flow's own store; the component re-renders only when a box one of the arrows is attached to moves or resizes.
 */
import { useCallback, useMemo } from 'react';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { ArrowAnnotation } from '@/simulations/scenario/annotations-schema';
import { arrowLine, type ArrowLine, type Locate } from '@/lib/annotations/geometry';
import type { DocLink } from '@/lib/scenario-doc/types';
import { edgeEndpoints, FALLBACK_SIZE, pointAt } from '@/components/canvas/geometry';
import { noteFlowId } from './note-flow';

type Internal = ReturnType<ReactFlowState['nodeLookup']['get']>;

function boxOf(n: NonNullable<Internal>) {
  return { ...n.internals.positionAbsolute, width: n.measured.width ?? FALLBACK_SIZE.width, height: n.measured.height ?? FALLBACK_SIZE.height };
}

export function locator(s: ReactFlowState, notes: ReadonlySet<string>, links: readonly DocLink[]): Locate {
  const get = (id: string) => s.nodeLookup.get(notes.has(id) ? noteFlowId(id) : id);
  return (ref) => {
    const n = get(ref);
    if (n) return { box: boxOf(n) };
    const link = links.find((l) => l.id === ref);
    const a = link && get(link.from);
    const b = link && get(link.to);
    if (!a || !b) return undefined;
    return { point: pointAt(edgeEndpoints(a, b), 0.5) };
  };
}

export function useArrowLines(arrows: readonly ArrowAnnotation[], notes: ReadonlySet<string>, links: readonly DocLink[]): Map<string, ArrowLine> {
  const refs = useMemo(() => {
    const ids = new Set<string>();
    for (const a of arrows) {
      if (a.from.ref) ids.add(a.from.ref);
      if (a.to.ref) ids.add(a.to.ref);
    }
    for (const l of links) if (ids.has(l.id)) ids.add(l.from).add(l.to);
    return [...ids];
  }, [arrows, links]);
  const signature = useCallback(
    (s: ReactFlowState) =>
      refs
        .map((id) => {
          const n = s.nodeLookup.get(notes.has(id) ? noteFlowId(id) : id);
          return n ? `${n.internals.positionAbsolute.x},${n.internals.positionAbsolute.y},${n.measured.width},${n.measured.height}` : '-';
        })
        .join('|'),
    [refs, notes],
  );
  const key = useStore(signature);
  const api = useStoreApi();
  return useMemo(() => {
    void key; // recomputed when an attached box moves
    const locate = locator(api.getState(), notes, links);
    return new Map(arrows.map((a) => [a.id, arrowLine(a.from, a.to, locate)]));
  }, [key, api, arrows, notes, links]);
}
