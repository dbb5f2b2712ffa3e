// `npm start`: build when there is no current production build, then serve it on http://localhost:${PORT:-3000}.
import { buildIfStale, run } from './helpers.mjs';

const port = process.env.PORT || '3000';

const built = await buildIfStale();
if (built !== 0) {
  console.error(`next build failed (exit code ${built}); not starting the server.`);
  process.exit(built);
}

console.log(`> next start -p ${port}   (http://localhost:${port})`);
// Signals go to the server, which shuts down cleanly; its exit code becomes ours.
process.exit(await run('next', ['start', '-p', port], { forwardSignals: true }));
