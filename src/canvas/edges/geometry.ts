/**
 * Edge geometry in canvas pixels. Arrowheads are drawn as polygons inside each edge's own
 * `<svg>` rather than as `<marker>` references, so a PNG export carries them with no shared
 * definitions to lose and no id clashes between edges.
 */
import { getBezierPath, getSmoothStepPath, getStraightPath, Position } from '@xyflow/react';

export interface Point { x: number; y: number }

/** A path from the source to just short of the target, where the arrowhead starts. */
export interface Route {
  path: string;
  /** Where the line leaves the source. */
  source: Point;
  /** Where the arrowhead's tip touches the target. */
  tip: Point;
  /** Unit vector of travel at the tip. */
  dir: Point;
  labelX: number;
  labelY: number;
}

/** Builds a route whose line stops `insetPx` before the target (the arrowhead covers the rest). */
export type Router = (insetPx: number) => Route;

export type RouteStyle = 'step' | 'straight' | 'curve';

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/** The direction an edge travels when it enters a target from that side. */
export function travelInto(targetPosition: Position): Point {
  switch (targetPosition) {
    case Position.Left:
      return { x: 1, y: 0 };
    case Position.Right:
      return { x: -1, y: 0 };
    case Position.Top:
      return { x: 0, y: 1 };
    default:
      return { x: 0, y: -1 };
  }
}

function unit(from: Point, to: Point): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? { x: 1, y: 0 } : { x: dx / length, y: dy / length };
}

/** A router for React Flow edge ends in the given style. */
export function routerFor(style: RouteStyle, ends: EdgeEnds): Router {
  const tip = { x: ends.targetX, y: ends.targetY };
  const source = { x: ends.sourceX, y: ends.sourceY };
  if (style === 'straight') {
    const dir = unit(source, tip);
    return (insetPx) => {
      const [path, labelX, labelY] = getStraightPath({
        sourceX: ends.sourceX,
        sourceY: ends.sourceY,
        targetX: tip.x - dir.x * insetPx,
        targetY: tip.y - dir.y * insetPx,
      });
      return { path, source, tip, dir, labelX, labelY };
    };
  }
  const dir = travelInto(ends.targetPosition);
  return (insetPx) => {
    const params = {
      sourceX: ends.sourceX,
      sourceY: ends.sourceY,
      sourcePosition: ends.sourcePosition,
      targetX: tip.x - dir.x * insetPx,
      targetY: tip.y - dir.y * insetPx,
      targetPosition: ends.targetPosition,
    };
    const [path, labelX, labelY] =
      style === 'curve' ? getBezierPath({ ...params, curvature: 0.5 }) : getSmoothStepPath({ ...params, borderRadius: 10 });
    return { path, source, tip, dir, labelX, labelY };
  };
}

/** A horizontal router from (x1, y) to (x2, y): the sample line of a palette glyph. */
export function sampleRouter(x1: number, x2: number, y: number): Router {
  const tip = { x: x2, y };
  const dir = { x: 1, y: 0 };
  return (insetPx) => ({ path: `M${x1} ${y} L${x2 - insetPx} ${y}`, source: { x: x1, y }, tip, dir, labelX: (x1 + x2) / 2, labelY: y });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Points of a triangular arrowhead: its tip at `tip`, `lengthPx` long, `halfWidthPx` to each side. */
export function arrowHeadPoints(tip: Point, dir: Point, lengthPx: number, halfWidthPx: number): string {
  const baseX = tip.x - dir.x * lengthPx;
  const baseY = tip.y - dir.y * lengthPx;
  const nx = -dir.y;
  const ny = dir.x;
  return [
    [tip.x, tip.y],
    [baseX + nx * halfWidthPx, baseY + ny * halfWidthPx],
    [baseX - nx * halfWidthPx, baseY - ny * halfWidthPx],
  ].map(([x, y]) => `${round(x!)},${round(y!)}`).join(' ');
}

/**
 * A straight path with a zig-zag in the middle (electronic information), ending `insetPx`
 * before the target. Too short a line gets no zig-zag.
 */
export function zigZagPath(source: Point, tip: Point, insetPx: number): string {
  const dir = unit(source, tip);
  const end = { x: tip.x - dir.x * insetPx, y: tip.y - dir.y * insetPx };
  const length = Math.hypot(end.x - source.x, end.y - source.y);
  const at = (t: number, side: number): string => {
    const x = source.x + (end.x - source.x) * t - dir.y * side;
    const y = source.y + (end.y - source.y) * t + dir.x * side;
    return `${round(x)} ${round(y)}`;
  };
  if (length < 48) return `M${at(0, 0)} L${at(1, 0)}`;
  // the zig-zag is 24 px long whatever the line's length, 9 px to each side
  const half = 12 / length;
  return [
    `M${at(0, 0)}`,
    `L${at(0.5 - half, 0)}`,
    `L${at(0.5 - half / 3, -9)}`,
    `L${at(0.5 + half / 3, 9)}`,
    `L${at(0.5 + half, 0)}`,
    `L${at(1, 0)}`,
  ].join(' ');
}

/** A symbol's box on the map, in canvas pixels. */
export interface Box { x: number; y: number; width: number; height: number }

const HANDLE_SIDES: Record<string, Position> = { t: Position.Top, r: Position.Right, b: Position.Bottom, l: Position.Left };
/** Half a handle (14 px at zoom 1): React Flow starts an edge at the handle's outer edge. */
const HANDLE_OUTSET_PX = 7;

/** Where an edge leaves or enters a box through handle `t`, `r`, `b` or `l`, as React Flow places it. */
export function handleEnd(box: Box, handleId: string | null | undefined): { x: number; y: number; position: Position } {
  // Every symbol's handles are t, r, b, l in that order; React Flow takes the first when none is named.
  const position = HANDLE_SIDES[handleId ?? 't'] ?? Position.Top;
  switch (position) {
    case Position.Top: return { x: box.x + box.width / 2, y: box.y - HANDLE_OUTSET_PX, position };
    case Position.Right: return { x: box.x + box.width + HANDLE_OUTSET_PX, y: box.y + box.height / 2, position };
    case Position.Bottom: return { x: box.x + box.width / 2, y: box.y + box.height + HANDLE_OUTSET_PX, position };
    default: return { x: box.x - HANDLE_OUTSET_PX, y: box.y + box.height / 2, position };
  }
}

/** The ends of an edge between two boxes through the named handles. */
export function edgeEnds(source: Box, target: Box, sourceHandle?: string | null, targetHandle?: string | null): EdgeEnds {
  const from = handleEnd(source, sourceHandle);
  const to = handleEnd(target, targetHandle);
  return { sourceX: from.x, sourceY: from.y, sourcePosition: from.position, targetX: to.x, targetY: to.y, targetPosition: to.position };
}

/**
 * The box around a path of absolute commands (M, L, Q, C as React Flow writes them): every
 * coordinate pair counts, control points included, so the box may be a little larger, never smaller.
 */
export function pathBounds(path: string): Box {
  const numbers = path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi)?.map(Number) ?? [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    minX = Math.min(minX, numbers[i]!);
    maxX = Math.max(maxX, numbers[i]!);
    minY = Math.min(minY, numbers[i + 1]!);
    maxY = Math.max(maxY, numbers[i + 1]!);
  }
  return minX === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
