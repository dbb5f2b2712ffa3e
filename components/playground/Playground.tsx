'use client';
/** The playground's frame: top bar, palette, canvas, inspector and the bottom panel. */
import { ReactFlowProvider } from '@xyflow/react';
import { BottomPanel } from '@/components/panels/BottomPanel';
import { Canvas } from '@/components/canvas/Canvas';
import { PresetWatcher } from '@/components/guide/PresetWatcher';
import { FileMenu } from '@/components/files/FileMenu';
import { Inspector } from '@/components/inspector/Inspector';
import { Palette } from '@/components/palette/Palette';
import { RunControls } from '@/components/run/RunControls';
import { IncomingScenario } from '@/components/share/IncomingScenario';
import { QueryProvider } from '@/components/share/QueryProvider';
import { ShareMenu } from '@/components/share/ShareMenu';
import { CompareButton } from '@/components/variants/CompareButton';
import { LazyCompareView } from '@/components/variants/LazyCompareView';
import { VariantStrip } from '@/components/variants/VariantStrip';
import { LazySweepView } from '@/components/sweep/LazySweepView';
import { SweepButton } from '@/components/sweep/SweepButton';
import { LazyPresenter } from '@/components/workshop/LazyPresenter';
import { PresentButton } from '@/components/workshop/PresentButton';
import { DisplayPrefs } from './DisplayPrefs';
import { Notices } from './Notices';
import { PlaygroundProvider } from './PlaygroundProvider';
import { ScenarioTitle } from './ScenarioTitle';
import { ViewFrame } from './ViewFrame';

export function Playground() {
  return (
    <QueryProvider>
      <PlaygroundProvider>
        {/* One React Flow store for the canvas and the palette (which adds nodes at the centre of the view). */}
        <ReactFlowProvider>
          <DisplayPrefs />
          <div className="grid h-dvh grid-rows-[auto_minmax(0,1fr)_auto] bg-white text-slate-900 dark:bg-[#0b1120] dark:text-slate-100">
            <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
              <ScenarioTitle />
              <FileMenu />
              <div role="group" aria-label="Views" className="ml-auto flex items-center gap-1.5">
                <CompareButton />
                <SweepButton />
                <PresentButton />
                <ShareMenu />
              </div>
              {/* The run controls get a row of their own: beside the title they would wrap at any laptop width. */}
              <div className="w-full">
                <RunControls />
              </div>
            </header>
            {/* The editor, or the full-window view ui.view names (each loaded lazily by its owner). */}
            <ViewFrame
              editor={
                <div className="grid min-h-0 grid-cols-[auto_minmax(0,1fr)_auto]">
                  <Palette />
                  <main className="relative min-h-0 min-w-0" aria-label="Canvas">
                    <Canvas />
                    <VariantStrip />
                  </main>
                  <Inspector />
                </div>
              }
              views={{ sweep: <LazySweepView />, compare: <LazyCompareView />, present: <LazyPresenter /> }}
            />
            <BottomPanel />
          </div>
          <IncomingScenario />
          <PresetWatcher />
          <Notices />
        </ReactFlowProvider>
      </PlaygroundProvider>
    </QueryProvider>
  );
}
