/**
 * Run state: what the worker reported last, kept out of React Flow's node objects. Components
 * read it through narrow selectors keyed by node or link id, so one node's badge re-renders
 * when its own numbers change, not when anything does.
 */
import { createStore } from 'zustand/vanilla';
import type { ClientGauge, DomainEvent, Incident, LinkGauge, NodeGauge, Report, Snapshot, TraceSummary, ValidationIssue } from '@/simulations/index';
import type { BreakerTransition } from '../engine.worker';
import { appendRows, emptyBuffer, windowWidth, type SeriesBuffer } from '../run/series';
import { isLinkSeries, trafficOf, type LinkTraffic } from '../run/traffic';

export type { SeriesBuffer } from '../run/series';
export type { LinkTraffic } from '../run/traffic';
export { SERIES_CAP } from '../run/series';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'invalid';

export const EVENTS_CAP = 500;
/** Sampled request summaries kept (the worker keeps the same number of full traces). */
export const TRACES_CAP = 100;
/** Breaker transitions kept per link for the tile's history. */
export const TRANSITIONS_CAP = 8;
/** Incidents kept (breaker changes, dead-letters, compensations, stale reads). */
export const INCIDENTS_CAP = 200;

/** A snapshot as the driver hands it over: the engine's, plus breaker transitions since the last one. */
export type IncomingSnapshot = Snapshot & { breakerTransitions?: Record<string, BreakerTransition[]> };

export interface RunState {
  status: RunStatus;
  /** Simulated ms per wall ms; Infinity = as fast as possible. */
  speed: number;
  /** Simulated ms per wall ms actually achieved lately (0 when not running). */
  effectiveSpeed: number;
  seed: number;
  nowMs: number;
  durationMs: number;
  /** Width of one time-series window (the step size). */
  windowMs: number;
  events: number;
  errors: ValidationIssue[];
  clients: Record<string, ClientGauge>;
  nodes: Record<string, NodeGauge & { utilization?: number }>;
  links: Record<string, LinkGauge>;
  traffic: Record<string, LinkTraffic>;
  /** Per series key: node id, link id, `topic:subscriber` for subscriptions, `lag/<consumer>` for consistency lag. */
  series: Record<string, SeriesBuffer>;
  /** The most recent domain events, oldest first, at most EVENTS_CAP. */
  domainEvents: DomainEvent[];
  /** Recently finished sampled requests, oldest first, at most TRACES_CAP; spans come from `driver.trace(id)`. */
  traces: TraceSummary[];
  activeFaults: number[];
  /** The latest breaker transitions per link, oldest first (a HALF_OPEN of a few ms shows here). */
  breakerHistory: Record<string, BreakerTransition[]>;
  /** The most recent incidents, oldest first, at most INCIDENTS_CAP. */
  incidents: Incident[];
  /** Pause on event: the incident the run stopped at, until it goes on. */
  hit?: Incident;
  report?: Report;
  /** Bumped on every update. */
  version: number;
  /** Bumped only when time-series windows were added (or cleared): charts redraw on this, not on every snapshot. */
  seriesVersion: number;
  set(patch: Partial<Omit<RunState, 'set' | 'ingest' | 'clear'>>): void;
  /**
   * Merges a snapshot from the worker. With `publish` false only the clock, series and logs move:
   * the gauges (nodes, links, clients, traffic, breaker history) the badges read wait for the next
   * published snapshot, so a busy graph re-renders its badges a few times a second, not per frame.
   */
  ingest(s: IncomingSnapshot, publish?: boolean): void;
  /** Forgets everything of the previous run. */
  clear(durationMs: number, windowMs?: number): void;
}

const EMPTY = () => ({ nowMs: 0, events: 0, errors: [], clients: {}, nodes: {}, links: {}, traffic: {}, series: {}, domainEvents: [], traces: [], activeFaults: [], breakerHistory: {}, incidents: [] as Incident[], hit: undefined, report: undefined, effectiveSpeed: 0 });

export function createRunStore(init: { seed?: number; speed?: number } = {}) {
  // Traffic and breaker history accumulate on every snapshot but are published with the gauges.
  const pending: Pick<RunState, 'traffic' | 'breakerHistory'> = { traffic: {}, breakerHistory: {} };
  return createStore<RunState>()((set, get) => ({
    status: 'idle',
    speed: init.speed ?? 1,
    seed: init.seed ?? 1,
    durationMs: 0,
    windowMs: 1000,
    version: 0,
    seriesVersion: 0,
    ...EMPTY(),
    set: (patch) => set(patch),
    clear: (durationMs, windowMs) => {
      const empty = EMPTY();
      pending.traffic = empty.traffic;
      pending.breakerHistory = empty.breakerHistory;
      set((s) => ({ ...empty, durationMs, windowMs: windowMs ?? s.windowMs, version: s.version + 1, seriesVersion: s.seriesVersion + 1 }));
    },
    ingest: (snap, publish = true) => {
      const prev = get();
      // Series buffers are appended in place; readers re-read them when `seriesVersion` changes.
      const series = prev.series;
      let appended = false;
      for (const [key, rows] of Object.entries(snap.series)) {
        if (rows.rows.length === 0) continue;
        appended = true;
        const buf = (series[key] ??= emptyBuffer(rows.columns));
        appendRows(buf, rows);
        if (isLinkSeries(rows.columns)) {
          if (pending.traffic === prev.traffic) pending.traffic = { ...prev.traffic };
          pending.traffic[key] = trafficOf(rows, windowWidth(buf, prev.windowMs), pending.traffic[key]);
        }
      }
      for (const [id, ts] of Object.entries(snap.breakerTransitions ?? {})) {
        if (pending.breakerHistory === prev.breakerHistory) pending.breakerHistory = { ...prev.breakerHistory };
        pending.breakerHistory[id] = [...(pending.breakerHistory[id] ?? []), ...ts].slice(-TRANSITIONS_CAP);
      }
      const domainEvents = snap.domainEvents.length ? [...prev.domainEvents, ...snap.domainEvents].slice(-EVENTS_CAP) : prev.domainEvents;
      const traces = snap.traces?.length ? [...prev.traces, ...snap.traces].slice(-TRACES_CAP) : prev.traces;
      const incidents = snap.incidents?.length ? [...prev.incidents, ...snap.incidents].slice(-INCIDENTS_CAP) : prev.incidents;
      const common = {
        nowMs: snap.nowMs,
        durationMs: snap.durationMs,
        events: snap.events,
        series,
        domainEvents,
        traces,
        incidents,
        version: prev.version + 1,
        seriesVersion: appended ? prev.seriesVersion + 1 : prev.seriesVersion,
      };
      if (!publish) return set(common);
      const nodes: RunState['nodes'] = {};
      for (const [id, g] of Object.entries(snap.nodes)) {
        const s = series[id];
        const u = s ? s.columns.indexOf('utilization') : -1;
        nodes[id] = u >= 0 && s.t.length > 0 ? { ...g, utilization: s.values[u][s.t.length - 1] } : g;
      }
      set({ ...common, clients: snap.clients, nodes, links: snap.links, traffic: pending.traffic, activeFaults: snap.activeFaults, breakerHistory: pending.breakerHistory });
    },
  }));
}

export type RunStore = ReturnType<typeof createRunStore>;
