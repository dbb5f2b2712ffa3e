'use client';
/** A small note beside the mouse pointer: why a link is refused, or what dropping here would make. */
export interface Hint {
  x: number;
  y: number;
  text: string;
  ok: boolean;
}

export function PointerHint({ hint }: { hint: Hint }) {
  // Keep it on screen near the right and bottom edges.
  const left = Math.min(hint.x + 16, window.innerWidth - 340);
  const top = Math.min(hint.y + 18, window.innerHeight - 80);
  return (
    <div
      role="status"
      data-testid="connect-hint"
      data-ok={hint.ok}
      className={`pointer-events-none fixed z-50 max-w-80 rounded-md border-2 px-2 py-1 text-sm font-medium shadow-md ${
        hint.ok
          ? 'border-[#009E73] bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100'
          : 'border-[#D55E00] bg-[#fff4ec] text-[#7a2e00] dark:bg-[#2a1407] dark:text-[#ffb98a]'
      }`}
      style={{ left, top }}
    >
      <span aria-hidden="true" className="mr-1 font-bold">
        {hint.ok ? '✓' : '✕'}
      </span>
      {hint.ok ? '' : 'Cannot connect: '}
      {hint.text}
    </div>
  );
}
