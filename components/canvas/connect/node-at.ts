/** The canvas node under a screen point, if any: links may be dropped on a node's body, not only on its handle. */
export function nodeAt(x: number, y: number): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id) return node.dataset.id;
  }
  return undefined;
}

/** Screen coordinates of a mouse or touch event. */
export function clientPoint(e: MouseEvent | TouchEvent): { x: number; y: number } {
  const p = 'changedTouches' in e ? e.changedTouches[0] : e;
  return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
}
