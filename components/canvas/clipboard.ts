/**
 * What copy and paste carry: a `Clip` as JSON text, so it also travels through the system
 * clipboard (another tab, a chat message). Text from anywhere else is checked before use.
 */
import { validateScenario } from '@/simulations/index';
import type { Clip } from '@/lib/scenario-doc/commands';

export function clipToText(clip: Clip): string {
  return JSON.stringify(clip, null, 2);
}

/** A Clip if the text is one whose nodes and links are valid scenario parts; undefined for anything else. */
export function parseClip(text: string): Clip | undefined {
  if (text.length > 2_000_000 || !text.trimStart().startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Clip>;
  if (v.interplay !== 'clip/1' || !Array.isArray(v.nodes) || !Array.isArray(v.links ?? []) || v.nodes.length === 0) return undefined;
  const check = validateScenario({ version: 1, name: 'clip', nodes: v.nodes, links: v.links ?? [] });
  // A queue may name a dead-letter queue that was not copied; paste resolves or drops that reference.
  const fatal = check.ok ? [] : check.errors.filter((e) => !e.path.endsWith('deadLetterQueue'));
  return fatal.length === 0 ? { interplay: 'clip/1', nodes: v.nodes, links: v.links ?? [] } : undefined;
}
