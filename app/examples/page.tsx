import type { Metadata } from 'next';
import Link from 'next/link';
import { ExampleRunner } from '@/components/examples/ExampleRunner';
import { EXAMPLES } from '@/lib/examples';

export const metadata: Metadata = { title: 'Run an example' };

export default function ExamplesPage() {
  return (
    <main className="mx-auto max-w-7xl px-6 py-10">
      <Link href="/" className="text-sm text-sky-700 hover:underline dark:text-sky-400">
        ← Interplay
      </Link>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Run an example</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-400">
        The simulation engine runs in a Web Worker in your browser. Same scenario and seed, same numbers as{' '}
        <code className="font-mono text-sm">npm run sim</code> on the command line.
      </p>
      <ExampleRunner examples={EXAMPLES} />
    </main>
  );
}
