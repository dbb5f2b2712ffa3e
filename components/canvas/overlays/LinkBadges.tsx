'use client';
/** Live label on a link (req/s, error %, breaker tile). Placeholder until built. */
export function LinkBadges({ linkId }: { linkId: string; kind: string }) {
  return <span data-link-badges={linkId} />;
}
