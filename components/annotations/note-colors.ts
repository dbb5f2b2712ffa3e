/** Sticky-note papers, edged in the Okabe–Ito colours the canvas uses elsewhere; pale in dark mode too, like paper. */
import type { NoteColor } from '@/lib/annotations/commands';

export const NOTE_PAPER: Record<NoteColor, { paper: string; edge: string; name: string }> = {
  yellow: { paper: '#fff4b8', edge: '#e69f00', name: 'Yellow' },
  blue: { paper: '#dceefb', edge: '#56b4e9', name: 'Blue' },
  green: { paper: '#d6f5e8', edge: '#009e73', name: 'Green' },
  pink: { paper: '#fbe0ee', edge: '#cc79a7', name: 'Pink' },
};
