import { FORMAT, SCHEMA_VERSION, type VsmDocument } from '../../src/domain/types';
import { exportPng } from '../../src/export/exportMap';
import type { Scale } from '../../src/export/png';
import { generateBenchMap, symbolCountFromUrl } from './generateMap';

// The PNG export of the app (picture from the document, canvas, map chunk) on a generated map,
// with a frame loop running meanwhile: its longest gap is how long the page could not answer.
const map = generateBenchMap(symbolCountFromUrl());
const doc: VsmDocument = {
  format: FORMAT, schemaVersion: SCHEMA_VERSION, title: `Benchmark, ${map.nodes.length} symbols`, states: { current: map, future: null },
};

export interface ExportRun { ms: number; stages: Record<string, number>; longestFrameMs: number; width: number; height: number; scaledDown: boolean; kB: number; symbols: number }

declare global {
  interface Window { __exportOnce?: (scale: Scale) => Promise<ExportRun> }
}

window.__exportOnce = async (scale) => {
  let longest = 0;
  let running = true;
  let last = performance.now();
  const tick = (now: number) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const start = performance.now();
  // Time from each stage's start to the next one's (the last until the PNG is ready).
  const stages: Record<string, number> = {};
  let stage = '';
  let stageStart = start;
  const onStage = (next: string) => {
    const now = performance.now();
    if (stage) stages[stage] = now - stageStart;
    stage = next;
    stageStart = now;
  };
  const image = await exportPng({ doc, state: 'current', locale: 'en', background: 'white', date: new Date() }, scale, onStage);
  const ms = performance.now() - start;
  stages[stage] = performance.now() - stageStart;
  running = false;
  longest = Math.max(longest, performance.now() - last);
  return { ms, stages, longestFrameMs: longest, width: image.width, height: image.height, scaledDown: image.scaledDown, kB: image.blob.size / 1024, symbols: map.nodes.length };
};
