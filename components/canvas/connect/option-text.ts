/** How each way of joining two nodes is named in the connect popover. */
import { LINK_KINDS, type LinkKind } from '@/simulations/index';
import type { ConnectOption } from '@/lib/scenario-doc/connect-rules';

export function optionText(o: ConnectOption): { title: string; hint: string } {
  if (o === 'via-queue') return { title: 'Via a new queue', hint: 'enqueue → queue → consume: the caller does not wait; consumers compete' };
  if (o === 'via-topic') return { title: 'Via a new topic', hint: 'publish → topic → subscribe: an event every subscriber receives' };
  const k = LINK_KINDS[o as LinkKind];
  return { title: k.title, hint: k.summary };
}
