// Landing page and gallery: what Interplay is, and every preset by the guide's sections. A server component.
import Link from 'next/link';
import { Gallery } from '@/components/gallery/Gallery';

function Logo() {
  return (
    <svg viewBox="0 0 32 32" className="size-12 shrink-0" aria-hidden="true">
      <rect width="32" height="32" rx="7" className="fill-slate-900 dark:fill-slate-800" />
      <g strokeWidth="2" strokeLinecap="round" className="stroke-slate-400">
        <line x1="8" y1="9" x2="24" y2="9" />
        <line x1="8" y1="9" x2="16" y2="24" />
        <line x1="24" y1="9" x2="16" y2="24" strokeDasharray="2 2.5" className="stroke-amber-500" />
      </g>
      <circle cx="8" cy="9" r="3.5" className="fill-sky-400" />
      <circle cx="24" cy="9" r="3.5" className="fill-emerald-400" />
      <circle cx="16" cy="24" r="3.5" className="fill-amber-500" />
    </svg>
  );
}

const PRIMARY = 'inline-block rounded-lg bg-sky-600 px-5 py-2.5 font-medium text-white hover:bg-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';
const SECONDARY =
  'inline-block rounded-lg border border-slate-300 px-5 py-2.5 font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800';

export default function HomePage() {
  return (
    <main className="mx-auto max-w-6xl px-6 py-16 sm:py-20">
      <div className="max-w-3xl">
        <header className="flex items-center gap-4">
          <Logo />
          <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">Interplay</h1>
        </header>
        <p className="mt-6 text-xl leading-relaxed text-slate-700 dark:text-slate-300">
          An interactive playground for system integration patterns.
        </p>
        <p className="mt-4 text-lg leading-relaxed text-slate-600 dark:text-slate-400">
          Lay out services, connect them with REST or GraphQL calls, or with events, queues and streams, then run
          simulated traffic and watch what the pattern does to latency, failures, circuit breakers, rate limits, retries
          and consistency lag — as it happens, in your browser. Pick a pattern below: each opens ready to run, with what
          to watch and experiments to try.
        </p>
        <p className="mt-8 flex flex-wrap gap-3">
          {/* A full load, like the gallery's cards: the playground starts fresh from its address. */}
          <a href="/play" className={PRIMARY}>
            Open an empty playground →
          </a>
          <Link href="/examples" className={SECONDARY}>
            Examples in your browser
          </Link>
        </p>
      </div>

      <div className="mt-16">
        <Gallery />
      </div>

      <section aria-labelledby="cli" className="mt-16 max-w-3xl">
        <h2 id="cli" className="text-2xl font-semibold tracking-tight">
          Command line
        </h2>
        <p className="mt-3 leading-relaxed text-slate-600 dark:text-slate-400">
          The same engine runs in Node. Run a scenario file and get its report, with the same numbers the browser shows
          for the same seed:
        </p>
        <pre className="mt-4 overflow-x-auto rounded-xl bg-slate-900 px-5 py-4 font-mono text-sm text-slate-100 dark:bg-slate-900 dark:ring-1 dark:ring-slate-800">
          <code className="whitespace-pre-wrap [overflow-wrap:anywhere]">npm run sim -- simulations/examples/&lt;file&gt;.json</code>
        </pre>
      </section>
    </main>
  );
}
