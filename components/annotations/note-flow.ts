/**
 * Notes as React Flow nodes of their own type. Their ids carry a prefix that no document id can have (ids allow
 * letters, digits, "_", "." and "-"), so a note can never be mistaken for a service node and the engine's node list
 * never sees one. Objects are cached per note, as flow-elements.ts does for nodes.
 */
import type { Node } from '@xyflow/react';
import type { NoteAnnotation } from '@/simulations/scenario/annotations-schema';
import type { XY } from '@/lib/scenario-doc/types';
import type { Box } from '@/lib/annotations/geometry';

export const NOTE_TYPE = 'note';
const PREFIX = 'annotation:';
/** Width of a note nobody resized: about 28 characters of text. */
export const NOTE_WIDTH = 224;

/** `readOnly`: shown, not edited (the presenter view). */
export type NoteFlowNode = Node<{ note: NoteAnnotation; readOnly?: boolean }, typeof NOTE_TYPE>;

export const noteFlowId = (id: string): string => `${PREFIX}${id}`;
/** The annotation id behind a React Flow node id, or undefined for a service node. */
export const annotationIdOf = (flowId: string): string | undefined => (flowId.startsWith(PREFIX) ? flowId.slice(PREFIX.length) : undefined);

interface Size {
  width: number;
  height: number;
}

const cache = new WeakMap<NoteAnnotation, { key: string; node: NoteFlowNode }>();

export function toNoteNode(note: NoteAnnotation, selected: boolean, drag: XY | undefined, resize: Box | undefined, measured: Size | undefined, readOnly = false): NoteFlowNode {
  const position = resize ?? drag ?? note.position;
  const width = resize?.width ?? note.width ?? NOTE_WIDTH;
  const height = resize?.height ?? note.height;
  const key = `${readOnly}|${selected}|${position.x},${position.y}|${width}x${height}|${measured?.width}x${measured?.height}|${drag ? 1 : 0}`;
  const hit = cache.get(note);
  if (hit?.key === key) return hit.node;
  const node: NoteFlowNode = {
    id: noteFlowId(note.id),
    type: NOTE_TYPE,
    position: { x: position.x, y: position.y },
    data: readOnly ? { note, readOnly } : { note },
    selected,
    dragging: drag !== undefined,
    width,
    ...(height === undefined ? {} : { height }),
    measured: resize ? { width: resize.width, height: resize.height } : measured,
    ariaLabel: `Note: ${note.text.slice(0, 60) || 'empty'}`,
  };
  cache.set(note, { key, node });
  return node;
}
