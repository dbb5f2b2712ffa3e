'use client';
/** Placeholder: being built. */
export function Palette() {
  return <div data-placeholder="Palette" />;
}
