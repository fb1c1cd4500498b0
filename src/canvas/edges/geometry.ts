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
