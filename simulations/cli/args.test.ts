import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('CLI arguments', () => {
  it('reads the file and every option, in both --flag N and --flag=N forms', () => {
    expect(parseArgs(['s.json', '--seed', '7', '--duration-ms=5000', '--warmup-ms', '100', '--json'])).toEqual({
      file: 's.json',
      seed: 7,
      durationMs: 5000,
      warmupMs: 100,
      json: true,
    });
  });

  it('treats seed 0 as a seed', () => {
    expect(parseArgs(['s.json', '--seed', '0'])).toMatchObject({ seed: 0 });
  });

  it.each([
    [['--seed', '3'], /usage/],
    [['a.json', 'b.json'], /one scenario file at a time/],
    [['s.json', '--seed', 'abc'], /--seed needs a number/],
    [['s.json', '--seed', '1.5'], /whole number/],
    [['s.json', '--duration-ms', '-4'], /--duration-ms needs a number ≥ 0/],
    [['s.json', '--duration-ms', '0'], /must be ≥ 1/],
    [['s.json', '--warmup-ms'], /got nothing/],
    [['s.json', '--fast'], /unknown option --fast/],
  ])('refuses %j with a clear message', (argv, message) => {
    const r = parseArgs(argv);
    expect('error' in r && r.error).toMatch(message);
  });
});
