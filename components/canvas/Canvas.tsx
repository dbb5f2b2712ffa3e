'use client';
/** Placeholder: being built. */
export function Canvas() {
  return <div data-placeholder="Canvas" />;
}
