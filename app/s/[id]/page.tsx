// /s/{id}: a short link. The playground itself reads the id from the address and loads the stored scenario
// (react-query, GET /api/scenarios/{id}), through the same checks and the same "keep my work?" question as a link.
import type { Metadata } from 'next';
import { Playground } from '@/components/playground/Playground';

export const metadata: Metadata = { title: 'Shared scenario', robots: { index: false } };

export default function ShortLinkPage() {
  return <Playground />;
}
