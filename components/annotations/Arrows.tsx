'use client';
/**
 * The arrows of the open document, placed where their targets are now. Loaded on demand (the canvas imports it only
 * once a scenario has an arrow or the arrow tool is on), so the playground's first load does not carry it.
 */
import { useMemo } from 'react';
import type { ArrowAnnotation } from '@/simulations/scenario/annotations-schema';
import { annotationsOf } from '@/lib/annotations/commands';
import type { DocLink } from '@/lib/scenario-doc/types';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import { ArrowLayer } from './ArrowLayer';
import { useArrowLines } from './use-arrow-lines';

const NO_LINKS: DocLink[] = [];

export default function Arrows({ readOnly = false }: { readOnly?: boolean }) {
  const annotations = useDoc((s) => annotationsOf(s.doc));
  const links = useDoc((s) => s.doc.links ?? NO_LINKS);
  const arrows = useMemo(() => annotations.filter((a): a is ArrowAnnotation => a.kind === 'arrow'), [annotations]);
  const notes = useMemo(() => new Set(annotations.filter((a) => a.kind === 'note').map((a) => a.id)), [annotations]);
  const lines = useArrowLines(arrows, notes, links);
  return <ArrowLayer arrows={arrows} lines={lines} readOnly={readOnly} />;
}
