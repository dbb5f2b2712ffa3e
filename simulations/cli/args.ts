/** Command-line arguments of `npm run sim`. */
export interface CliArgs {
  file: string;
  seed?: number;
  durationMs?: number;
  warmupMs?: number;
  json: boolean;
}

export const USAGE = 'usage: npm run sim -- <scenario.json> [--seed N] [--duration-ms N] [--warmup-ms N] [--json]';

export function parseArgs(argv: string[]): CliArgs | { error: string } {
  let file: string | undefined;
  const out: Partial<CliArgs> = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') ? a.split('=', 2) : [a, undefined];
    const num = (name: string): number | { error: string } => {
      const raw = inline ?? argv[++i];
      const n = Number(raw);
      if (raw === undefined || raw === '' || !Number.isFinite(n) || n < 0) return { error: `${name} needs a number ≥ 0, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}` };
      return n;
    };
    let v: number | { error: string };
    switch (flag) {
      case '--json': out.json = true; break;
      case '--seed':
        v = num('--seed');
        if (typeof v !== 'number') return v;
        if (!Number.isInteger(v) || v >= 2 ** 32) return { error: '--seed needs a whole number from 0 to 4294967295' };
        out.seed = v;
        break;
      case '--duration-ms':
        v = num('--duration-ms');
        if (typeof v !== 'number') return v;
        if (v < 1) return { error: '--duration-ms must be ≥ 1' };
        out.durationMs = v;
        break;
      case '--warmup-ms':
        v = num('--warmup-ms');
        if (typeof v !== 'number') return v;
        out.warmupMs = v;
        break;
      case '-h': case '--help': return { error: USAGE };
      default:
        if (a.startsWith('-')) return { error: `unknown option ${a}\n${USAGE}` };
        if (file) return { error: `one scenario file at a time (got ${file} and ${a})` };
        file = a;
    }
  }
  if (!file) return { error: USAGE };
  return { ...out, file } as CliArgs;
}
