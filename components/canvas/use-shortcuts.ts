'use client';
/**
 * Keyboard shortcuts for the canvas, listened for on the whole page (so they work wherever focus
 * is) but never while someone types into a field or works in a menu or dialog.
 */
import { useEffect } from 'react';
import { usePlayground } from '@/components/playground/PlaygroundProvider';
import { clipToText, parseClip } from './clipboard';
import type { CanvasActions } from './use-canvas-actions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[data-no-shortcuts]')) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The canvas node that has keyboard focus, if any. */
function focusedNode(target: EventTarget | null): string | undefined {
  return target instanceof HTMLElement ? target.closest<HTMLElement>('.react-flow__node')?.dataset.id : undefined;
}

/** Enter means "activate" on buttons and links; it renames only on the canvas or the page itself. */
function onCanvasOrPage(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target === document.body) return true;
  return !!target.closest('.react-flow') && !target.closest('button, a, [role="menuitem"]');
}

/**
 * Editing keys (delete, select all, copy, paste, duplicate) act on the canvas selection only when
 * focus is on the canvas, the palette or the page itself: Backspace on a button in the inspector
 * must not delete the node it is showing.
 */
function inCanvasScope(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target === document.body || target === document.documentElement) return true;
  return !!target.closest('.react-flow, [data-canvas-scope]');
}

function hasTextSelection(): boolean {
  const s = window.getSelection();
  return !!s && !s.isCollapsed && s.toString().trim().length > 0;
}

export function useShortcuts(actions: CanvasActions) {
  const { ui } = usePlayground();

  useEffect(() => {
    let pastePending = false;

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isTyping(e.target) || ui.getState().cheatSheetOpen) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const done = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      const scoped = inCanvasScope(e.target);
      if (mod && !e.altKey) {
        // Undo and redo work from anywhere outside a text field; the rest act on the canvas selection.
        const run =
          key === 'z' ? (e.shiftKey ? actions.redo : actions.undo)
          : key === 'y' && !e.shiftKey ? actions.redo
          : !scoped ? undefined
          : key === 'd' ? actions.duplicate
          : key === 'a' ? actions.selectAll
          : undefined;
        if (run) {
          done();
          run();
        } else if (!scoped) {
          return;
        } else if ((key === 'c' || key === 'x') && !hasTextSelection()) {
          // Copy and paste go on to the browser's copy/paste events, which reach the system clipboard without a prompt.
          actions.copy(clipToText);
        } else if (key === 'v') {
          pastePending = true;
          // Some browsers fire no paste event outside editable fields: fall back to what we copied last.
          setTimeout(() => {
            if (!pastePending) return;
            pastePending = false;
            const { clip } = actions.memory();
            if (clip) actions.paste(clip);
          }, 0);
        }
        return;
      }
      if (e.altKey) return;
      switch (key) {
        case 'Delete':
        case 'Backspace':
          if (scoped && actions.deleteSelection()) done();
          return;
        case 'F2':
          if (actions.rename(focusedNode(e.target))) done();
          return;
        case 'Enter': {
          // On a focused node, the first Enter selects it (React Flow) and the next one renames it.
          const focused = focusedNode(e.target);
          const sel = ui.getState().selectedNodes;
          const ready = focused ? sel.length === 1 && sel[0] === focused : onCanvasOrPage(e.target);
          if (ready && actions.rename(focused)) done();
          return;
        }
        case 'Escape':
          if (ui.getState().selectedNodes.length + ui.getState().selectedLinks.length > 0) ui.getState().select([], []);
          return;
        case 'l':
          done();
          void actions.layout();
          return;
        case 'f':
          done();
          actions.fit();
          return;
        case '?':
          done();
          actions.openCheatSheet();
          return;
      }
    };

    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !inCanvasScope(e.target) || hasTextSelection()) return;
      const { clip, text } = actions.memory();
      if (!clip || !text || ui.getState().selectedNodes.length === 0) return;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };

    const onCut = (e: ClipboardEvent) => {
      onCopy(e);
      if (e.defaultPrevented) actions.deleteSelection();
    };

    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !inCanvasScope(e.target)) return;
      pastePending = false;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      const clip = parseClip(text);
      const fallback = actions.memory().clip;
      if (clip) actions.paste(clip, text);
      // Something else was copied since: say so rather than paste older nodes or guess.
      else if (text.trim()) ui.getState().notify('Nothing pasted: the clipboard holds text, not Interplay nodes.', 'info');
      // The clipboard could not be read: use what was copied here.
      else if (fallback) actions.paste(fallback);
      else return;
      e.preventDefault();
    };

    // Capture phase: decide before React Flow's own key handling on the focused node.
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [actions, ui]);
}
