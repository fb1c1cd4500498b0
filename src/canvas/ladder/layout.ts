/**
 * Where the lead-time ladder goes on the map, in map coordinates (px at zoom 1): pure geometry
 * from the analysis and the symbols' positions and sizes, shared by the canvas, presentation
 * mode and the exports.
 *
 * As in *Learning to See* (Rother & Shook), the ladder is drawn under the steps it measures:
 * - a **lower** segment under each process or work cell of the critical path, spanning its
 *   box's x-range, labelled with its processing time;
 * - an **upper** segment over the gap before each step (from the previous step's right edge, or
 *   from the first stock's left edge, to the step's left edge), labelled with the waiting days
 *   of the stocks and transports between them; one after the last step when stock or transport
 *   follows it (finished goods, the truck to the customer);
 * - the totals box at the right end: lead time, processing time, value-added ratio.
 *
 * Only the critical path gets rungs: a parallel branch adds nothing to the lead time (the
 * longest path sets it), so its steps get none (docs/decisions.md). The ladder never runs
 * backwards: on a map not drawn left to right a segment starts where the previous one ended.
 *
 * Vertically it sits `marginPx` under the lowest symbol below the top of the flow row within
 * its span (the row itself, operators, kaizen bursts and notes under it, parallel branches), so
 * it covers none of them.
 */
import type { MapAnalysis } from '../../domain/analysis/types';
import { roleOf } from '../../domain/symbols';
import type { VsmNode } from '../../domain/types';
import type { NodeSize } from '../symbols/shared';

/** A segment of the ladder: waiting days on the upper level, processing seconds on the lower. */
export interface LadderSegment {
  level: 'upper' | 'lower';
  /** Left and right end in map px; `x2 >= x1` (a segment may be 0 wide: a step in continuous flow). */
  x1: number;
  x2: number;
  /** Height of the line in map px. */
  y: number;
  /** Waiting days (upper) or processing seconds (lower); null when a stock on it has no days. */
  value: number | null;
  /** The symbols it measures, in flow order: the stocks and transports (upper), the step (lower). */
  nodeIds: string[];
  /** A label is drawn: every lower segment, and an upper one that measures a stock or a transit. */
  labelled: boolean;
  /** Baseline of the label (above the upper line, below the lower one). */
  labelY: number;
}

export interface LadderBox { x: number; y: number; width: number; height: number }

export interface LadderLayout {
  segments: LadderSegment[];
  /** Height of the upper and lower line in map px. */
  upperY: number;
  lowerY: number;
  /** The totals box at the right end. */
  totals: LadderBox;
  /** Baselines of the totals' three rows: lead time, processing time, value-added ratio. */
  totalsRowY: [number, number, number];
  /** Everything the ladder draws, for an export's bounds. */
  bounds: LadderBox;
  fontPx: number;
}

export interface LadderLayoutOptions {
  /** Type size of the labels in map px; the vertical spacing follows it. */
  fontPx?: number;
  /** Gap between the lowest symbol and the ladder's top, map px. */
  marginPx?: number;
  /**
   * Where the totals box goes: `right` of the ladder's end (the textbook's place, the default),
   * or `below` it, right-aligned with the end, where a projector's width is worth more than its
   * height.
   */
  totalsAt?: 'right' | 'below';
}

export const LADDER_FONT_PX = 14;
export const LADDER_MARGIN_PX = 40;
/** Gap between the ladder's right end and the totals box. */
const TOTALS_GAP_EM = 1.5;
/** The totals box fits "Lead time 1,234.5 days" and its Indonesian words at 0.55 em a glyph. */
const TOTALS_WIDTH_EM = 13;
/** Width of an upper segment with no symbol to lie under (transit on an arrow alone). */
const STUB_EM = 4;

interface Rect { x: number; y: number; width: number; height: number }

const isStep = (node: VsmNode) => roleOf(node.type) === 'step';
const isWaitingSymbol = (node: VsmNode) => {
  const role = roleOf(node.type);
  return role === 'stock' || role === 'fifo' || role === 'transport';
};

/** The stocks on the path the analysis could not give days (their rung would read 0). */
function stocksWithoutDays(analysis: Pick<MapAnalysis, 'warnings'>): Set<string> {
  const ids = new Set<string>();
  for (const warning of analysis.warnings) {
    if (warning.code === 'analysis.stockWithoutDaysOnPath') for (const node of warning.params.stocks.nodes) ids.add(node.id);
  }
  return ids;
}

/**
 * The ladder's geometry for the critical path of `analysis` on `nodes`; null when there is no
 * timeline (no flow reaching a customer) or no step of it is on the map.
 */
export function layoutLadder(
  nodes: readonly VsmNode[],
  analysis: Pick<MapAnalysis, 'timeline' | 'warnings'>,
  sizeOf: (node: VsmNode) => NodeSize,
  options: LadderLayoutOptions = {},
): LadderLayout | null {
  const fontPx = options.fontPx ?? LADDER_FONT_PX;
  const marginPx = options.marginPx ?? LADDER_MARGIN_PX;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const rectOf = (node: VsmNode): Rect => {
    const { width, height } = sizeOf(node);
    return { x: node.position.x, y: node.position.y, width, height };
  };
  const unknown = stocksWithoutDays(analysis);

  // Walk the path: waiting rungs gather until the next step closes them into an upper segment.
  type Draft = Omit<LadderSegment, 'y' | 'labelY'>;
  const drafts: Draft[] = [];
  let cursor = -Infinity;
  let waitDays = 0;
  let waitKnown = true;
  let waitIds: string[] = [];
  let waitLeft = Infinity;
  let waitRight = -Infinity;
  let waitLabelled = false;
  const pathRects: Rect[] = [];
  const stepRects: Rect[] = [];

  const closeWait = (right: number) => {
    // Before the first step the segment starts under the first stock; a transit straight into
    // the first step (a shipment arrow from the supplier) gets a short stub before it.
    const x1 = Number.isFinite(cursor) ? cursor : Number.isFinite(waitLeft) ? waitLeft : right - STUB_EM * fontPx;
    const x2 = Math.max(x1, Number.isFinite(right) ? right : x1 + STUB_EM * fontPx);
    drafts.push({ level: 'upper', x1, x2, value: waitKnown ? waitDays : null, nodeIds: waitIds, labelled: waitLabelled });
    cursor = x2;
    waitDays = 0;
    waitKnown = true;
    waitIds = [];
    waitLeft = Infinity;
    waitRight = -Infinity;
    waitLabelled = false;
  };

  for (const rung of analysis.timeline) {
    const node = byId.get(rung.nodeId);
    if (!node) continue;
    const rect = rectOf(node);
    pathRects.push(rect);
    // A shipment's transit into any symbol is waiting before it; a stock waits itself.
    const waits = isWaitingSymbol(node) || rung.waitingDays > 0;
    if (waits) {
      waitDays += rung.waitingDays;
      if (unknown.has(node.id)) waitKnown = false;
      waitIds.push(node.id);
      waitLabelled = true;
      if (!isStep(node)) {
        waitLeft = Math.min(waitLeft, rect.x);
        waitRight = Math.max(waitRight, rect.x + rect.width);
      }
    }
    if (!isStep(node)) continue;
    stepRects.push(rect);
    // Before the first step an upper segment only when something waits; between steps always.
    if (Number.isFinite(cursor) || waitIds.length > 0) closeWait(rect.x);
    // A step drawn left of the previous one keeps its width from where the ladder is.
    const x1 = Math.max(cursor, rect.x);
    const x2 = x1 + rect.width;
    drafts.push({ level: 'lower', x1, x2, value: rung.processingTimeSec, nodeIds: [node.id], labelled: true });
    cursor = x2;
  }
  if (waitIds.length > 0) closeWait(waitRight);
  if (drafts.length === 0) return null;

  const left = drafts[0]!.x1;
  const right = drafts[drafts.length - 1]!.x2;
  const below = options.totalsAt === 'below';
  const totalsWidth = TOTALS_WIDTH_EM * fontPx;
  const totalsX = below ? Math.max(left, right - totalsWidth) : right + TOTALS_GAP_EM * fontPx;

  // The top of the flow row: its steps, else (a flow of stocks only) every symbol on the path.
  const rowTop = Math.min(...(stepRects.length > 0 ? stepRects : pathRects).map((rect) => rect.y));
  let lowest = Math.max(...pathRects.map((rect) => rect.y + rect.height));
  for (const node of nodes) {
    const rect = rectOf(node);
    const overlaps = rect.x < totalsX + totalsWidth && rect.x + rect.width > left;
    if (overlaps && rect.y >= rowTop) lowest = Math.max(lowest, rect.y + rect.height);
  }

  const top = lowest + marginPx;
  const leading = Math.round(fontPx * 1.3);
  const upperY = top + leading + 4;
  const lowerY = upperY + Math.round(fontPx * 2.2);
  const bottom = lowerY + 4 + leading;
  const segments = drafts.map(({ level, x1, x2, value, nodeIds, labelled }): LadderSegment => ({
    level, x1, x2, y: level === 'upper' ? upperY : lowerY, value, nodeIds, labelled, labelY: level === 'upper' ? upperY - 6 : lowerY + 4 + fontPx,
  }));
  const totals = below
    ? { x: totalsX, y: bottom + Math.round(fontPx / 2), width: totalsWidth, height: 3 * leading + 12 }
    : { x: totalsX, y: top, width: totalsWidth, height: bottom - top };
  // Three rows centred in the box; a baseline sits about 0.9 em under the top of its line.
  const firstBaseline = totals.y + (totals.height - 3 * leading) / 2 + Math.round(fontPx * 0.9);
  const totalsRowY: [number, number, number] = [firstBaseline, firstBaseline + leading, firstBaseline + 2 * leading];
  return {
    segments,
    upperY,
    lowerY,
    totals,
    totalsRowY,
    bounds: {
      x: left,
      y: top,
      width: Math.max(right, totals.x + totals.width) - left,
      height: totals.y + totals.height - top,
    },
    fontPx,
  };
}

/** The square-wave line through the segments in flow order (an SVG path). */
export function ladderPath(segments: readonly LadderSegment[]): string {
  let path = '';
  for (const [i, segment] of segments.entries()) {
    path += i === 0 ? `M ${segment.x1} ${segment.y}` : ` L ${segment.x1} ${segment.y}`;
    path += ` L ${segment.x2} ${segment.y}`;
  }
  return path;
}

/** A stretch of the map along x, in map px. */
export interface LadderRange { x1: number; x2: number }

/**
 * The stretch of the ladder the canvas draws for a view: what the canvas shows and at least one
 * canvas width more on each side, snapped to a grid whose step is the shown width rounded up to
 * a power of two. Panning or zooming inside it changes nothing, so the ladder is drawn again
 * only when the view crosses a grid line or the zoom halves or doubles. Null (draw it all)
 * while the canvas has no width yet.
 */
export function ladderRange(viewport: { x: number; zoom: number }, canvasWidth: number): LadderRange | null {
  if (!(canvasWidth > 0) || !(viewport.zoom > 0)) return null;
  const shown = canvasWidth / viewport.zoom;
  const step = 2 ** Math.ceil(Math.log2(shown));
  const left = -viewport.x / viewport.zoom;
  const x1 = (Math.floor(left / step) - 1) * step;
  // left + shown < (floor + 2) * step, so three steps from x1 cover the view and one more.
  return { x1, x2: x1 + 4 * step };
}

/**
 * The segments that reach into `range`, with one more on each side so the line's risers into
 * them are drawn too; `first` is the index of the first one. The segments run left to right
 * (the ladder never runs backwards), so two binary searches find them.
 */
export function segmentsInRange(segments: readonly LadderSegment[], range: LadderRange | null): { first: number; segments: readonly LadderSegment[] } {
  if (range === null) return { first: 0, segments };
  // The first segment whose right end reaches the range, and the first that starts past it.
  const from = lowerBound(segments, (s) => s.x2 >= range.x1);
  const to = lowerBound(segments, (s) => s.x1 > range.x2);
  const first = Math.max(0, from - 1);
  return { first, segments: segments.slice(first, Math.min(segments.length, to + 1)) };
}

/** The first index where `past` holds, for a predicate false then true along the list. */
function lowerBound<T>(items: readonly T[], past: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (past(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
