import type { Metadata } from 'next';
import { Playground } from '@/components/playground/Playground';

export const metadata: Metadata = { title: 'Playground' };

export default function PlayPage() {
  return <Playground />;
}
