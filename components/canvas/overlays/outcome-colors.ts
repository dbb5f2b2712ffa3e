/**
 * Okabe–Ito colours (colour-blind safe) for outcomes and breaker states, shared by the badges,
 * the traffic dots and the charts, so "vermillion = error" means the same everywhere.
 */
import type { TrafficOutcome } from '@/lib/run/traffic';

export const OUTCOME_COLOR: Record<TrafficOutcome, string> = {
  ok: '#009E73',
  error: '#D55E00',
  timeout: '#E69F00',
  shortCircuited: '#CC79A7',
  rateLimited: '#56B4E9',
  rejected: '#999999',
};

export const OUTCOME_LABEL: Record<TrafficOutcome, string> = {
  ok: 'ok',
  error: 'error',
  timeout: 'timeout',
  shortCircuited: 'short-circuited',
  rateLimited: 'rate-limited',
  rejected: 'rejected / dropped',
};

export const ACCENT = '#0072B2';

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

/** Colour, text and a glyph: the state reads without colour (● closed, ◐ half-open, ○ open). */
export const BREAKER_LOOK: Record<BreakerState, { color: string; text: string; glyph: string }> = {
  CLOSED: { color: '#009E73', text: 'CLOSED', glyph: '●' },
  HALF_OPEN: { color: '#E69F00', text: 'HALF-OPEN', glyph: '◐' },
  OPEN: { color: '#D55E00', text: 'OPEN', glyph: '○' },
};

/** Utilisation colour: calm below 70 %, warning to 90 %, saturated above. */
export function utilisationColor(u: number): string {
  return u >= 0.9 ? '#D55E00' : u >= 0.7 ? '#E69F00' : '#009E73';
}
