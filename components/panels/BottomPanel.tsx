'use client';
/** Placeholder: being built. */
export function BottomPanel() {
  return <div data-placeholder="BottomPanel" />;
}
