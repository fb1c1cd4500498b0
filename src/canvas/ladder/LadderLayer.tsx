/**
 * The lead-time ladder on the canvas: `LadderSvg` in React Flow's viewport, so it pans and zooms
 * with the map and stays under the steps while they move. It takes no pointer events except on
 * its rungs (a click or Enter selects what a rung measures), so it never gets in the way of a
 * drag or a selection box. Presenting, its type keeps about 16 px on screen however far the
 * map is zoomed out; `useFitMap` fits the map and the ladder together.
 */
import {
  getViewportForBounds, useReactFlow, useStore, useStoreApi, ViewportPortal, type FitViewOptions, type ReactFlowState,
} from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, type FocusEvent } from 'react';
import type { MapAnalysis } from '../../domain/analysis/types';
import type { VsmNode } from '../../domain/types';
import { MESSAGES } from '../../i18n';
import { activeMap, analysisOf, useAnalysis, useEditor, useEditorStore } from '../../store';
import { nodeSize } from '../registry';
import type { SymbolLocale } from '../symbols/context';
import type { NodeSize } from '../symbols/shared';
import { svgSize } from '../symbols/svg';
import {
  LADDER_FONT_PX, ladderRange, layoutLadder, type LadderBox, type LadderLayout, type LadderLayoutOptions, type LadderRange, type LadderSegment,
} from './layout';
import { LadderSvg } from './LadderSvg';
import './ladder.css';

/** Presenting, the ladder's type is sized to be at least this many px on screen. */
export const LADDER_PRESENT_SCREEN_PX = 16;

/** The zoom rounded down to a step of 0.05: the ladder is laid out again only at each step. */
const zoomStep = (zoom: number) => Math.max(0.05, Math.floor(zoom * 20) / 20);

/** The ladder's type in map px: fixed in the editor; presenting, big enough for the projector. */
export function ladderFontPx(presenting: boolean, zoom: number): number {
  return presenting ? Math.max(LADDER_FONT_PX, Math.ceil(LADDER_PRESENT_SCREEN_PX / zoomStep(zoom))) : LADDER_FONT_PX;
}

/** Presenting, the totals go under the ladder's end: the projector's width is the scarcer. */
const ladderOptions = (presenting: boolean, fontPx: number): LadderLayoutOptions =>
  ({ fontPx, totalsAt: presenting ? 'below' : 'right' });

type Measured = Readonly<Record<string, NodeSize>>;

/** A symbol's box as the canvas draws it: the size React Flow measured, else its stored or default size. */
export function canvasSizeOf(measured: Measured): (node: VsmNode) => NodeSize {
  return (node) => measured[node.id] ?? svgSize(node, nodeSize(node.type));
}

const sameBox = (a: LadderBox, b: LadderBox) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Whether two layouts draw the same (segments, lines, totals), so the drawing can stay. */
export function sameLayout(a: LadderLayout | null, b: LadderLayout | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.fontPx === b.fontPx && a.upperY === b.upperY && a.lowerY === b.lowerY && sameBox(a.totals, b.totals)
    && a.totalsRowY.every((y, i) => y === b.totalsRowY[i])
    && a.segments.length === b.segments.length
    && a.segments.every((s, i) => {
      const t = b.segments[i]!;
      return s.level === t.level && s.x1 === t.x1 && s.x2 === t.x2 && s.y === t.y && s.labelY === t.labelY && s.value === t.value
        && s.labelled === t.labelled && s.nodeIds.length === t.nodeIds.length && s.nodeIds.every((id, k) => id === t.nodeIds[k]);
    });
}

export function LadderLayer({ presenting, locale }: { presenting: boolean; locale: SymbolLocale }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const nodes = useEditor((s) => activeMap(s).nodes);
  const measured = useEditor((s) => s.measured);
  const analysis = useAnalysis();
  const fontPx = useStore((s: ReactFlowState) => ladderFontPx(presenting, s.transform[2]));
  // Only the stretch near the view is drawn; it changes only when the view leaves its grid cell.
  const range = useStore(ladderRangeOf, sameRange);
  const sizeOf = useMemo(() => canvasSizeOf(measured), [measured]);
  const fresh = useMemo(() => layoutLadder(nodes, analysis, sizeOf, ladderOptions(presenting, fontPx)), [nodes, analysis, sizeOf, presenting, fontPx]);
  // A drag moves symbols every frame; while the ladder's geometry stays, its drawing is not redone.
  const kept = useRef(fresh);
  if (kept.current !== fresh && !sameLayout(kept.current, fresh)) kept.current = fresh;
  const layout = kept.current;

  const onSelectNodes = useCallback((nodeIds: string[]) => {
    store.getState().setSelection({ nodeIds, edgeIds: [] });
  }, [store]);
  // Focus would scroll the map's clipped box; bring the rung into view as React Flow does a symbol.
  const onRungFocus = useCallback((segment: LadderSegment, event: FocusEvent<SVGGElement>) => {
    const box = event.currentTarget.closest('.react-flow');
    if (box) {
      box.scrollTop = 0;
      box.scrollLeft = 0;
    }
    const rect = box?.getBoundingClientRect();
    const at = event.currentTarget.getBoundingClientRect();
    if (!rect || (at.left >= rect.left && at.right <= rect.right && at.top >= rect.top && at.bottom <= rect.bottom)) return;
    void flow.setCenter((segment.x1 + segment.x2) / 2, segment.y, { zoom: flow.getZoom() });
  }, [flow]);

  if (!layout) return null;
  return (
    <ViewportPortal>
      <svg
        className="arus-ladder-layer"
        role="group"
        aria-label={MESSAGES[locale].ladder.title}
        width={1}
        height={1}
        overflow="visible"
        data-presenting={presenting || undefined}
      >
        <MemoLadderSvg
          nodes={nodes}
          analysis={analysis}
          layout={layout}
          locale={locale}
          onSelectNodes={presenting ? undefined : onSelectNodes}
          onRungFocus={onRungFocus}
          range={range}
        />
      </svg>
    </ViewportPortal>
  );
}

const ladderRangeOf = (s: ReactFlowState) => ladderRange({ x: s.transform[0], zoom: s.transform[2] }, s.width);
const sameRange = (a: LadderRange | null, b: LadderRange | null) => a === b || (a !== null && b !== null && a.x1 === b.x1 && a.x2 === b.x2);

// Drawn again only when its layout, analysis, language or stretch changes (nodes matter only for names).
const MemoLadderSvg = memo(LadderSvg, (before, after) =>
  before.layout === after.layout && before.analysis === after.analysis && before.locale === after.locale
  && before.onSelectNodes === after.onSelectNodes && before.onRungFocus === after.onRungFocus && before.range === after.range);

export interface FitMapOptions {
  /** As React Flow's: a share of the canvas, px, or per side. */
  padding: NonNullable<FitViewOptions['padding']>;
  maxZoom: number;
  presenting?: boolean;
}

const union = (a: LadderBox, b: LadderBox | undefined): LadderBox => {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** How far past the symbols' width the ladder may take a fit. */
const LADDER_FIT_SPREAD = 1.5;

/**
 * What a fit shows: the symbols and the ladder under them. On a map drawn in several rows the
 * ladder keeps running right, one rung per step, far past the symbols; fitting all of it would
 * leave the symbols a sliver off to one side, so then only the ladder's depth counts.
 */
export function fitBounds(symbols: LadderBox, ladder: LadderBox | undefined): LadderBox {
  const whole = union(symbols, ladder);
  if (!ladder || whole.width <= symbols.width * LADDER_FIT_SPREAD) return whole;
  return union(symbols, { x: symbols.x, y: ladder.y, width: symbols.width, height: ladder.height });
}

/**
 * Fits the whole map on screen, the ladder under it included (React Flow's own `fitView` knows
 * only the symbols, so it runs first and the view is then widened to the ladder). Presenting, the ladder's type grows as the zoom shrinks, so the fit is
 * repeated with the type the last zoom asks for until it settles.
 */
export function useFitMap(): (options: FitMapOptions) => Promise<boolean> {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const store = useEditorStore();
  return useCallback(async ({ padding, maxZoom, presenting = false }: FitMapOptions) => {
    // React Flow's fit first: it waits until every symbol is measured (a map just loaded).
    await flow.fitView({ padding, maxZoom });
    const { width, height, minZoom } = flowStore.getState();
    const flowNodes = flow.getNodes();
    if (flowNodes.length === 0 || width === 0 || height === 0) return true;
    const s = store.getState();
    const map = activeMap(s);
    const analysis: MapAnalysis = analysisOf(map);
    const sizeOf = canvasSizeOf(s.measured);
    const symbols = flow.getNodesBounds(flowNodes);
    let viewport = getViewportForBounds(symbols, width, height, minZoom, maxZoom, padding);
    for (let i = 0; i < 4; i++) {
      const layout: LadderLayout | null = layoutLadder(map.nodes, analysis, sizeOf, ladderOptions(presenting, ladderFontPx(presenting, viewport.zoom)));
      const next = getViewportForBounds(fitBounds(symbols, layout?.bounds), width, height, minZoom, maxZoom, padding);
      const settled = ladderFontPx(presenting, next.zoom) === ladderFontPx(presenting, viewport.zoom);
      viewport = next;
      if (settled) break;
    }
    return flow.setViewport(viewport);
  }, [flow, flowStore, store]);
}
