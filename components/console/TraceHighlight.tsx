'use client';
/**
 * Lights up one request's path on the canvas: its nodes get a ring and its links a thick stroke in
 * the colour of its outcome. A style sheet rather than a change to the nodes, so the canvas does not
 * re-render, and the light goes out with the console.
 */
import { OUTCOME_COLOR } from '@/components/canvas/overlays/outcome-colors';
import type { ExternalResult } from '@/lib/console/engine-console';

export function TraceHighlight({ result }: { result: ExternalResult }) {
  const color = result.outcome in OUTCOME_COLOR ? OUTCOME_COLOR[result.outcome as keyof typeof OUTCOME_COLOR] : '#E69F00';
  const nodes = result.nodes.map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"]`).join(',\n');
  const links = result.links.map((id) => `.react-flow__edge[data-testid="rf__edge-${CSS.escape(id)}"] .react-flow__edge-path`).join(',\n');
  const css = [
    nodes && `${nodes} { outline: 4px solid ${color}; outline-offset: 5px; border-radius: 0.7rem; }`,
    links && `${links} { stroke: ${color} !important; stroke-width: 5px !important; stroke-dasharray: none !important; }`,
  ]
    .filter(Boolean)
    .join('\n');
  return <style data-testid="console-trace-highlight" data-nodes={result.nodes.join(' ')} data-links={result.links.join(' ')} dangerouslySetInnerHTML={{ __html: css }} />;
}
