'use client';
/** While a link is being dragged: what dropping on the node under the pointer would do, or why it cannot. */
import { useEffect, useState } from 'react';
import { useConnection } from '@xyflow/react';
import { connectOptions, type ConnectCheck } from '@/lib/scenario-doc/connect-rules';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { nodeAt } from './node-at';
import { optionText } from './option-text';
import { PointerHint, type Hint } from './PointerHint';

export function describeCheck(check: ConnectCheck): string {
  if (!check.ok) return check.reason;
  const names = check.options.map((o) => optionText(o).title.replace(/^Via/, 'via'));
  const what = names.length === 1 ? `drop to add a ${names[0]}` : `drop to choose: ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return check.note ? `${what} (no REST call: it would close a cycle)` : what;
}

export function ConnectFeedback() {
  const { doc } = usePlayground();
  // "source:users-api" while dragging from users-api's right handle; null when no link is being drawn.
  const from = useConnection((c) => (c.inProgress ? `${c.fromHandle.type}:${c.fromNode.id}` : null));
  const [hint, setHint] = useState<(Hint & { from: string }) | null>(null);

  useEffect(() => {
    if (!from) return;
    const [type, id] = [from.slice(0, from.indexOf(':')), from.slice(from.indexOf(':') + 1)];
    const move = (e: MouseEvent) => {
      const other = nodeAt(e.clientX, e.clientY);
      if (!other || other === id) return setHint(null);
      const [source, target] = type === 'target' ? [other, id] : [id, other];
      const check = connectOptions(doc.getState().doc, source, target);
      setHint({ from, x: e.clientX, y: e.clientY, ok: check.ok, text: describeCheck(check) });
    };
    document.addEventListener('mousemove', move);
    return () => document.removeEventListener('mousemove', move);
  }, [from, doc]);

  if (!from || hint?.from !== from) return null;
  return <PointerHint hint={hint} />;
}
