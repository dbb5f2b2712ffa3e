'use client';
/** The document to save or share (A with its variants), stable while neither changes. */
import { useMemo } from 'react';
import { persistedDoc } from '@/lib/variants/workspace';
import type { ScenarioDoc } from '@/lib/scenario-doc/types';
import { useDoc } from '@/components/playground/PlaygroundProvider';

export function usePersistedDoc(): ScenarioDoc {
  const base = useDoc((s) => s.base);
  const variants = useDoc((s) => s.variants);
  return useMemo(() => persistedDoc({ base, variants }), [base, variants]);
}
