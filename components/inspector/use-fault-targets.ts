/** The ids that can carry faults (services, faultable pattern kinds, links), read narrowly from the document. */
import { useShallow } from 'zustand/react/shallow';
import { NODE_KINDS, type NodeKind } from '@/simulations/index';
import { useDoc } from '@/components/playground/PlaygroundProvider';
import type { TargetType } from './fault-kinds';

export interface Targets {
  services: string[];
  links: string[];
}

export function useFaultTargets(): Targets {
  const services = useDoc(useShallow((s) => s.doc.nodes.filter((n) => NODE_KINDS[n.kind as NodeKind]?.faultable).map((n) => n.id)));
  const links = useDoc(useShallow((s) => (s.doc.links ?? []).map((l) => l.id)));
  return { services, links };
}

export function typeOf(t: Targets, id: string): TargetType | undefined {
  return t.services.includes(id) ? 'service' : t.links.includes(id) ? 'link' : undefined;
}
