'use client';
/** Placeholder: being built. */
export function RunControls() {
  return <div data-placeholder="RunControls" />;
}
