'use client';
/** Placeholder: being built. */
export function Inspector() {
  return <div data-placeholder="Inspector" />;
}
