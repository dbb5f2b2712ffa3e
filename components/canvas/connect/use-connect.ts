'use client';
/**
 * Drawing a link: React Flow asks whether a handle accepts it (isValidConnection) and tells us
 * where the drag ended. We decide there, so a drop on a node's body counts as well as one on its
 * handle: one way to connect is applied at once, several open the popover, none shows the reason.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { connect } from '@/lib/scenario-doc/commands';
import { connectOptions, type ConnectOption } from '@/lib/scenario-doc/connect-rules';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { clientPoint, nodeAt } from './node-at';
import type { PendingConnect } from './ConnectPopover';
import type { Hint } from './PointerHint';

const REFUSAL_MS = 4000;

export function useConnect() {
  const { doc, ui } = usePlayground();
  const [pending, setPending] = useState<PendingConnect | null>(null);
  const [refusal, setRefusal] = useState<Hint | null>(null);

  useEffect(() => {
    if (!refusal) return;
    const t = setTimeout(() => setRefusal(null), REFUSAL_MS);
    return () => clearTimeout(t);
  }, [refusal]);

  const isValidConnection = useCallback((c: Connection | Edge) => connectOptions(doc.getState().doc, c.source, c.target).ok, [doc]);

  const apply = useCallback(
    (source: string, target: string, option: ConnectOption) => {
      let made: ReturnType<typeof connect> | undefined;
      doc.getState().apply((d) => (made = connect(d, source, target, option)).doc);
      if (made) ui.getState().select(made.nodeIds, made.linkIds);
    },
    [doc, ui],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (!state.fromNode || !state.fromHandle) return;
      const at = clientPoint(event);
      const other = state.toNode?.id ?? nodeAt(at.x, at.y);
      if (!other) return; // dropped on empty canvas: nothing was meant
      const [source, target] = state.fromHandle.type === 'target' ? [other, state.fromNode.id] : [state.fromNode.id, other];
      const d = doc.getState().doc;
      const check = connectOptions(d, source, target);
      if (!check.ok) return setRefusal({ ...at, ok: false, text: check.reason });
      setRefusal(null);
      if (check.options.length === 1 && !check.note) return apply(source, target, check.options[0]);
      const label = (id: string) => d.nodes.find((n) => n.id === id)?.label || id;
      setPending({ source, target, sourceLabel: label(source), targetLabel: label(target), options: check.options, note: check.note, ...at });
    },
    [doc, apply],
  );

  const cancel = useCallback(() => setPending(null), []);
  const pick = useCallback(
    (option: ConnectOption) => {
      if (pending) apply(pending.source, pending.target, option);
      setPending(null);
    },
    [pending, apply],
  );
  // A new drag replaces the last refusal with live feedback.
  const onConnectStart = useCallback(() => setRefusal(null), []);

  return { isValidConnection, onConnectStart, onConnectEnd, pending, pick, cancel, refusal };
}
