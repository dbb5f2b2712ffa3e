/** What an arrow end dropped at a screen point attaches to: a note, a node or a link under the pointer, or nothing. */
import { annotationIdOf } from './note-flow';

export function refAt(x: number, y: number): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    if (el.closest('[data-annotation-ui]')) continue; // the arrow tool's own surface and handles
    const node = el.closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id) return annotationIdOf(node.dataset.id) ?? node.dataset.id;
    const edge = el.closest<SVGElement>('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (id) return id;
    if (el.classList.contains('react-flow__pane')) return undefined;
  }
  return undefined;
}
