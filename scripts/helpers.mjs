// Shared by the npm scripts: run a project binary, and build the app when the build is missing or stale.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Environment for every child process: no Next.js telemetry look-ups. */
export const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const isWindows = process.platform === 'win32';

/**
 * Runs a binary from node_modules/.bin (never downloads one, unlike a bare `npx`) or any other command.
 * Output goes straight to the terminal. Resolves with the exit code; a signal counts as failure.
 * With `forwardSignals`, SIGINT/SIGTERM sent to this process are passed to the child, which decides when to exit.
 */
export function run(command, args = [], { forwardSignals = false, ...options } = {}) {
  const local = join(root, 'node_modules', '.bin', isWindows ? `${command}.cmd` : command);
  const file = existsSync(local) ? local : command;
  return new Promise((done) => {
    const child = spawn(file, args, { cwd: root, env: childEnv, stdio: 'inherit', shell: isWindows, ...options });
    const forward = (signal) => child.kill(signal);
    if (forwardSignals) for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
    const finish = (code) => {
      if (forwardSignals) for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, forward);
      done(code);
    };
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      finish(127);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

// What the production build is made from. Tests and benchmarks are not part of it.
const SOURCE_DIRS = ['app', 'components', 'lib', 'simulations', 'public'];
const SOURCE_FILES = ['next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
const NOT_BUILT = /\.(test|bench)\.tsx?$|(^|[\\/])(README\.md|\.gitkeep)$/;

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return NOT_BUILT.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === '.next') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why a build is needed, or null when `.next/BUILD_ID` is newer than every source file. */
export function buildStaleReason() {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return 'no production build yet';
  const builtAt = statSync(buildId).mtimeMs;
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => join(root, name));
  const changed = sources.find((path) => newestMtime(path) > builtAt);
  return changed ? `${changed.slice(root.length + 1)} changed since the last build` : null;
}

/** Runs `next build` when forced (CI) or when the build is missing or stale. Resolves with the exit code. */
export async function buildIfStale({ force = false } = {}) {
  const reason = force ? 'always building in CI' : buildStaleReason();
  if (!reason) {
    console.log('> production build is current (.next/BUILD_ID is newer than the sources)');
    return 0;
  }
  console.log(`> next build (${reason})`);
  return run('next', ['build']);
}
