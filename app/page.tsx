// Landing page: a small server component that says what Interplay is. No client JavaScript of its own.
import Link from 'next/link';

const areas: { name: string; patterns: string }[] = [
  { name: 'Synchronous', patterns: 'REST request/response, GraphQL over several data sources' },
  { name: 'Asynchronous', patterns: 'Event-driven pub/sub, message queues with retry and dead-letter' },
  { name: 'Eventual consistency', patterns: 'Event sourcing, sagas, CQRS, event streaming' },
  { name: 'Strong consistency', patterns: 'Two-phase commit, ACID transactions, shared database' },
  { name: 'External integration', patterns: 'API gateway, circuit breakers, rate limiting, authentication' },
  { name: 'Data exchange', patterns: 'ETL, scheduled batch sync, real-time streaming, file exchange' },
];

const uses = [
  'Workshops: open a preset, inject an outage, and let the room watch the breaker open and close.',
  'Design reviews: compare a synchronous chain with a queue in the middle under the same traffic.',
  'Sharing: send a link, and whoever opens it replays the same graph, parameters and numbers.',
];

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

export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16 sm:py-24">
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
        and consistency lag — as it happens, in your browser.
      </p>

      <p className="mt-8">
        <Link
          href="/examples"
          className="inline-block rounded-lg bg-sky-600 px-5 py-2.5 font-medium text-white hover:bg-sky-700"
        >
          Run an example in your browser →
        </Link>
      </p>

      <ul className="mt-8 space-y-2 text-base leading-relaxed text-slate-700 dark:text-slate-300">
        {uses.map((use) => (
          <li key={use} className="flex gap-3">
            <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-sky-500" />
            <span>{use}</span>
          </li>
        ))}
      </ul>

      <section aria-labelledby="areas" className="mt-14">
        <h2 id="areas" className="text-2xl font-semibold tracking-tight">
          Pattern areas
        </h2>
        <ul className="mt-5 grid gap-3 sm:grid-cols-2">
          {areas.map((area) => (
            <li
              key={area.name}
              className="rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900/60"
            >
              <h3 className="font-semibold">{area.name}</h3>
              <p className="mt-1 text-sm leading-relaxed text-slate-600 dark:text-slate-400">{area.patterns}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cli" className="mt-14">
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
