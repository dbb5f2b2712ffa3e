/** Every canvas shortcut, in one list: the cheat sheet shows it and the toolbar titles quote it. */
export interface Shortcut {
  keys: string[];
  what: string;
}

export const MOD = 'Ctrl/⌘';

export const SHORTCUTS: { group: string; items: Shortcut[] }[] = [
  {
    group: 'Edit',
    items: [
      { keys: ['Delete', 'Backspace'], what: 'Delete the selected nodes and links' },
      { keys: [`${MOD}+Z`], what: 'Undo' },
      { keys: [`${MOD}+Shift+Z`, 'Ctrl+Y'], what: 'Redo' },
      { keys: [`${MOD}+D`], what: 'Duplicate the selected nodes' },
      { keys: [`${MOD}+C`, `${MOD}+X`, `${MOD}+V`], what: 'Copy, cut, paste nodes (also between tabs)' },
      { keys: ['F2', 'Enter'], what: 'Rename the selected node (Enter keeps, Esc cancels)' },
    ],
  },
  {
    group: 'Select and move',
    items: [
      { keys: [`${MOD}+A`], what: 'Select everything' },
      { keys: [`${MOD}+click`, 'Shift+drag'], what: 'Add to the selection / select an area' },
      { keys: ['Tab', 'Enter'], what: 'Move between nodes / select the focused one' },
      { keys: ['Arrow keys'], what: 'Nudge the selected nodes' },
      { keys: ['Esc'], what: 'Clear the selection' },
    ],
  },
  {
    group: 'View',
    items: [
      { keys: ['L'], what: 'Auto-layout (left to right)' },
      { keys: ['F'], what: 'Fit the view to the graph' },
      { keys: ['?'], what: 'Show this list' },
    ],
  },
  {
    group: 'Annotate',
    items: [
      { keys: ['N'], what: 'Add a sticky note (at the pointer); double-click or Enter to type, Esc to finish' },
      { keys: ['A'], what: 'Draw an arrow: drag from a note, node or point to what it points at; double-click an arrow to label it' },
    ],
  },
  {
    group: 'Connect',
    items: [{ keys: ['drag ○ → node'], what: 'Drag from a node’s right handle onto another node; pick the link kind if asked' }],
  },
];
