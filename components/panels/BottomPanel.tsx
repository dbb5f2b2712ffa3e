'use client';
/**
 * The bottom panel: live charts, the event log, request traces and the final report, in tabs.
 * Fixed height (so the canvas never jumps while data arrives), collapsible, and resizable by
 * dragging its top edge.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { BottomTab } from '@/lib/stores/ui-store';
import { usePlayground, useDoc, useUi } from '@/components/playground/PlaygroundProvider';
import { LazyGuide } from '@/components/guide/LazyGuide';
import { LazyLesson } from '@/components/lessons/LazyLesson';
import { LazyConsole } from '@/components/console/LazyConsole';
import { ChartsTab } from './charts/ChartsTab';
import { LazyEventLog, LazyReportPanel, LazyTracePanel } from './LazyTabs';
import { usePanelSize } from './use-panel-size';

/** Shown first while the scenario came from a preset. */
const GUIDE_TAB: { id: BottomTab; label: string } = { id: 'guide', label: 'Guide' };
/** Second while the scenario carries a lesson; last (to write one) while it does not. */
const LESSON_TAB: { id: BottomTab; label: string } = { id: 'lesson', label: 'Lesson' };
const NEW_LESSON_TAB: { id: BottomTab; label: string } = { id: 'lesson', label: '+ Lesson' };
const TABS: { id: BottomTab; label: string }[] = [
  { id: 'charts', label: 'Charts' },
  { id: 'events', label: 'Events' },
  { id: 'trace', label: 'Trace' },
  { id: 'report', label: 'Report' },
  { id: 'console', label: 'Console' },
];

export function BottomPanel() {
  const { ui } = usePlayground();
  const tab = useUi((s) => s.bottomTab);
  const hasLesson = useDoc((s) => s.doc.lesson !== undefined);
  const tabs = [...(useUi((s) => s.preset) ? [GUIDE_TAB] : []), ...(hasLesson ? [LESSON_TAB] : []), ...TABS, ...(hasLesson ? [] : [NEW_LESSON_TAB])];
  const { heightRem, collapsed, setHeightRem, setCollapsed } = usePanelSize();
  const drag = useRef<{ y: number; rem: number; px: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const px = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      drag.current = { y: e.clientY, rem: heightRem, px };
      e.currentTarget.setPointerCapture(e.pointerId);
      setDragging(true);
    },
    [heightRem],
  );
  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const d = drag.current;
      if (d) setHeightRem(d.rem + (d.y - e.clientY) / d.px);
    },
    [setHeightRem],
  );
  const onPointerUp = useCallback(() => {
    drag.current = null;
    setDragging(false);
  }, []);
  const onSplitterKey = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key === 'ArrowUp') setHeightRem(heightRem + 1);
      else if (e.key === 'ArrowDown') setHeightRem(heightRem - 1);
      else return;
      e.preventDefault();
      e.stopPropagation();
    },
    [heightRem, setHeightRem],
  );

  return (
    <section aria-label="Run details" className="relative flex min-w-0 flex-col border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-[#0d1526]" data-testid="bottom-panel">
      {!collapsed && (
        <div
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize the panel"
          aria-valuenow={Math.round(heightRem)}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onKeyDown={onSplitterKey}
          className={`absolute inset-x-0 -top-1 z-10 h-2 cursor-row-resize hover:bg-[#0072B2]/30 focus-visible:bg-[#0072B2]/40 ${dragging ? 'bg-[#0072B2]/40' : ''}`}
        />
      )}
      <div className="flex items-center gap-1 px-2 pt-1" role="tablist" aria-label="Panels">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="bottom-panel-body"
            data-testid={`tab-${t.id}`}
            onClick={() => {
              ui.getState().set({ bottomTab: t.id });
              setCollapsed(false);
            }}
            className={`rounded-t-md border-b-2 px-3 py-1 text-sm font-medium ${
              tab === t.id && !collapsed ? 'border-[#0072B2] text-[#0072B2] dark:text-[#56B4E9]' : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
            }`}
          >
            {t.label}
          </button>
        ))}
        <button
          type="button"
          onClick={() => setCollapsed(!collapsed)}
          aria-expanded={!collapsed}
          aria-controls="bottom-panel-body"
          data-testid="panel-collapse"
          className="ml-auto rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
          title={collapsed ? 'Show the panel' : 'Hide the panel'}
        >
          {collapsed ? '▴ Show' : '▾ Hide'}
        </button>
      </div>
      {!collapsed && (
        <div id="bottom-panel-body" role="tabpanel" aria-labelledby={`tab-${tab}`} className="min-h-0 min-w-0 px-2 pt-1 pb-2" style={{ height: `min(${heightRem}rem, 40vh)` }}>
          {tab === 'guide' && <LazyGuide />}
          {tab === 'lesson' && <LazyLesson />}
          {tab === 'charts' && <ChartsTab />}
          {tab === 'events' && <LazyEventLog />}
          {tab === 'trace' && <LazyTracePanel />}
          {tab === 'report' && <LazyReportPanel />}
          {tab === 'console' && <LazyConsole />}
        </div>
      )}
    </section>
  );
}
