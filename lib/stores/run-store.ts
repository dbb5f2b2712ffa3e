/**
 * Run state: what the worker reported last, kept out of React Flow's node objects. Components
 * read it through narrow selectors keyed by node or link id, so one node's badge re-renders
 * when its own numbers change, not when anything does.
 */
import { createStore } from 'zustand/vanilla';
import type { ClientGauge, DomainEvent, LinkGauge, NodeGauge, Report, Snapshot, ValidationIssue } from '@/simulations/index';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'invalid';

/** Per-link traffic over the last closed window, for labels and the traffic animation. */
export interface LinkTraffic {
  /** Calls (or messages) per second of simulated time. */
  rps: number;
  /** Share of calls that ended in each outcome over the window (0..1). */
  ok: number;
  error: number;
  timeout: number;
  shortCircuited: number;
  rateLimited: number;
  /** Cumulative over the run (counted requests). */
  shortCircuitedTotal: number;
  rateLimitedTotal: number;
}

/** Time series accumulated from snapshots: column-major, ready for charts. */
export interface SeriesBuffer {
  columns: readonly string[];
  t: number[];
  /** values[c][i] is column c at window i. */
  values: number[][];
}

export const SERIES_CAP = 3600;
export const EVENTS_CAP = 500;

export interface RunState {
  status: RunStatus;
  /** Simulated ms per wall ms; Infinity = as fast as possible. */
  speed: number;
  seed: number;
  nowMs: number;
  durationMs: number;
  events: number;
  errors: ValidationIssue[];
  clients: Record<string, ClientGauge>;
  nodes: Record<string, NodeGauge & { utilization?: number }>;
  links: Record<string, LinkGauge>;
  traffic: Record<string, LinkTraffic>;
  series: Record<string, SeriesBuffer>;
  domainEvents: DomainEvent[];
  activeFaults: number[];
  report?: Report;
  /** Bumped on every update, so charts can redraw once per snapshot. */
  version: number;
  set(patch: Partial<Omit<RunState, 'set' | 'ingest' | 'clear'>>): void;
  /** Merges a snapshot from the worker. */
  ingest(s: Snapshot): void;
  /** Forgets everything of the previous run. */
  clear(durationMs: number): void;
}

const EMPTY = () => ({ nowMs: 0, events: 0, errors: [], clients: {}, nodes: {}, links: {}, traffic: {}, series: {}, domainEvents: [], activeFaults: [], report: undefined });

export function createRunStore(init: { seed?: number; speed?: number } = {}) {
  return createStore<RunState>()((set, get) => ({
    status: 'idle',
    speed: init.speed ?? 1,
    seed: init.seed ?? 1,
    durationMs: 0,
    version: 0,
    ...EMPTY(),
    set: (patch) => set(patch),
    clear: (durationMs) => set((s) => ({ ...EMPTY(), durationMs, version: s.version + 1 })),
    ingest: (snap) => {
      const prev = get();
      // Series buffers are appended in place (copying thousands of rows per frame would cost more
      // than drawing); readers re-read them when `version` changes.
      const series = prev.series;
      const traffic = { ...prev.traffic };
      for (const [key, rows] of Object.entries(snap.series)) {
        if (rows.rows.length === 0) continue;
        const buf: SeriesBuffer = (series[key] ??= { columns: rows.columns, t: [], values: rows.columns.map(() => []) });
        for (let i = 0; i < rows.rows.length; i++) {
          buf.t.push(rows.t[i]);
          rows.rows[i].forEach((v, c) => buf.values[c].push(v));
        }
        if (buf.t.length > SERIES_CAP * 1.1) {
          const drop = buf.t.length - SERIES_CAP;
          buf.t.splice(0, drop);
          buf.values.forEach((v) => v.splice(0, drop));
        }
        if (rows.columns[0] === 'calls' && rows.columns.includes('breaker')) traffic[key] = trafficOf(rows.columns, rows.rows[rows.rows.length - 1], windowOf(buf), prev.traffic[key], rows.rows);
      }
      const nodes: RunState['nodes'] = {};
      for (const [id, g] of Object.entries(snap.nodes)) {
        const s = series[id];
        const u = s?.columns.indexOf('utilization') ?? -1;
        nodes[id] = u >= 0 && s.t.length > 0 ? { ...g, utilization: s.values[u][s.t.length - 1] } : g;
      }
      const domainEvents = snap.domainEvents.length ? [...prev.domainEvents, ...snap.domainEvents].slice(-EVENTS_CAP) : prev.domainEvents;
      set({
        nowMs: snap.nowMs,
        durationMs: snap.durationMs,
        events: snap.events,
        clients: snap.clients,
        nodes,
        links: snap.links,
        traffic,
        series,
        domainEvents,
        activeFaults: snap.activeFaults,
        version: prev.version + 1,
      });
    },
  }));
}

function windowOf(buf: SeriesBuffer): number {
  const n = buf.t.length;
  return n >= 2 ? buf.t[n - 1] - buf.t[n - 2] : buf.t[0] || 1000;
}

function trafficOf(columns: readonly string[], row: number[], windowMs: number, prev: LinkTraffic | undefined, rows: number[][]): LinkTraffic {
  const col = (name: string) => row[columns.indexOf(name)] ?? 0;
  const sum = (name: string) => rows.reduce((a, r) => a + (r[columns.indexOf(name)] ?? 0), 0);
  const calls = col('calls');
  const ended = col('ok') + col('failed');
  const share = (n: number) => (ended > 0 ? n / ended : 0);
  const timeout = col('timeouts');
  const sc = col('shortCircuited');
  const rl = col('rateLimited');
  return {
    rps: (calls * 1000) / windowMs,
    ok: share(col('ok')),
    timeout: share(timeout),
    shortCircuited: share(sc),
    rateLimited: share(rl),
    error: share(Math.max(0, col('failed') - timeout - sc - rl)),
    shortCircuitedTotal: (prev?.shortCircuitedTotal ?? 0) + sum('shortCircuited'),
    rateLimitedTotal: (prev?.rateLimitedTotal ?? 0) + sum('rateLimited'),
  };
}

export type RunStore = ReturnType<typeof createRunStore>;
