/**
 * Where a symbol added by click or Enter goes: the spot a VSM draws it, never on another
 * symbol, always in the visible part of the canvas. Sizes come from the caller (the canvas
 * knows them), so this stays plain geometry.
 */
import { roleOf } from './symbols';
import type { MapState, VsmNode, VsmNodeType, XYPosition } from './types';

/** A rectangle in flow coordinates (px at zoom 1). */
export interface FlowRect { x: number; y: number; width: number; height: number }

export interface PlacementInput {
  /** The part of the canvas on screen, flow coordinates. */
  view: FlowRect;
  /** A symbol's width and height in px at zoom 1. */
  sizeOf: (node: Pick<VsmNode, 'id' | 'type'>) => { width: number; height: number };
  /** The selected symbol, if one: the new symbol goes after it or beside it. */
  anchorId?: string;
}

/** Space kept free around every symbol, px: also the distance between two in a row. */
export const PLACEMENT_GAP_PX = 40;
/** Distance from the flow row up to the information row, px. */
const ROW_GAP_PX = 100;
const GRID_PX = 20;
/** Kept free between a placed symbol and the edge of the view, px. */
const VIEW_MARGIN_PX = 20;
/** At most this many candidate spots across the view, so a far zoomed-out view stays cheap. */
const MAX_STEPS = 120;

const rectOf = (node: VsmNode, input: PlacementInput): FlowRect => ({ ...node.position, ...input.sizeOf(node) });

const overlaps = (a: FlowRect, b: FlowRect, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * The symbol new flow symbols follow: the selected one if it is on the flow, else the rightmost
 * step; on a map without steps the flow starts at the (leftmost) supplier.
 */
function flowAnchor(map: MapState, anchorId: string | undefined): VsmNode | undefined {
  const selected = map.nodes.find((n) => n.id === anchorId);
  if (selected && roleOf(selected.type) !== 'information' && roleOf(selected.type) !== 'annotation') return selected;
  const steps = map.nodes.filter((n) => roleOf(n.type) === 'step');
  if (steps.length > 0) return steps.reduce((last, n) => (n.position.x > last.position.x ? n : last));
  const suppliers = map.nodes.filter((n) => roleOf(n.type) === 'supplier');
  return suppliers.reduce<VsmNode | undefined>((first, n) => (!first || n.position.x < first.position.x ? n : first), undefined);
}

/** The spot a VSM draws the symbol at, before looking whether it is free or in view. */
function naturalSpot(map: MapState, type: VsmNodeType, size: { width: number; height: number }, input: PlacementInput): {
  spot: XYPosition; rowBound: boolean;
} {
  const role = roleOf(type);
  const selected = map.nodes.find((n) => n.id === input.anchorId);
  const anchor = role === 'annotation' ? selected ?? flowAnchor(map, undefined) : flowAnchor(map, input.anchorId);
  if (!anchor) {
    const { view } = input;
    return { spot: { x: view.x + view.width / 2 - size.width / 2, y: view.y + view.height / 2 - size.height / 2 }, rowBound: false };
  }
  const a = rectOf(anchor, input);
  const centreX = a.x + a.width / 2 - size.width / 2;
  const centreY = a.y + a.height / 2 - size.height / 2;
  if (role === 'information') {
    // Control and information sit above the flow they steer.
    return { spot: { x: centreX, y: a.y - ROW_GAP_PX - size.height }, rowBound: true };
  }
  // An annotation (operator, kaizen burst, note) under what it annotates.
  if (role === 'annotation') return { spot: { x: centreX, y: a.y + a.height + PLACEMENT_GAP_PX / 2 }, rowBound: false };
  // Material flows left to right: the next symbol on the same centre line.
  return { spot: { x: a.x + a.width + PLACEMENT_GAP_PX, y: centreY }, rowBound: true };
}

/**
 * The top-left corner for a new symbol of `type` on `map`: after the anchor (or the last step) in
 * the flow row for material symbols, in the row above for information, under the selected
 * symbol for annotations; if that spot is taken or off screen, the nearest free spot in view
 * (moving along the row first). When no spot in view is free, the nearest one in view.
 */
export function placeSymbol(map: MapState, type: VsmNodeType, input: PlacementInput): XYPosition {
  const size = input.sizeOf({ id: '', type });
  const { spot, rowBound } = naturalSpot(map, type, size, input);
  const taken = map.nodes.map((n) => rectOf(n, input));
  // A margin inside the view, so a symbol is not cut by the canvas edge (its border, a measured
  // size a little over the default); a view with no room for the symbol (a canvas not laid out
  // yet) is searched around the spot instead.
  const margin = VIEW_MARGIN_PX;
  const view = input.view.width >= size.width + 2 * margin && input.view.height >= size.height + 2 * margin
    ? { x: input.view.x + margin, y: input.view.y + margin, width: input.view.width - 2 * margin, height: input.view.height - 2 * margin }
    : input.view.width >= size.width && input.view.height >= size.height ? input.view
      : { x: spot.x - 1000, y: spot.y - 1000, width: 2000 + size.width, height: 2000 + size.height };
  const minX = view.x;
  const minY = view.y;
  const maxX = view.x + view.width - size.width;
  const maxY = view.y + view.height - size.height;
  const clamp = (p: XYPosition): XYPosition => ({
    x: Math.max(minX, Math.min(maxX, p.x)),
    y: Math.max(minY, Math.min(maxY, p.y)),
  });

  const start = clamp({ x: Math.round(spot.x), y: Math.round(spot.y) });
  const step = Math.max(GRID_PX, Math.ceil(Math.max(view.width, view.height) / MAX_STEPS / GRID_PX) * GRID_PX);
  // Steps from the start that stay in view, cheapest first: along a row rightwards costs least,
  // leaving the row (or going back left) more, so a line grows to the right.
  const candidates: { p: XYPosition; cost: number }[] = [];
  for (let i = -Math.floor((start.x - minX) / step); start.x + i * step <= maxX; i++) {
    for (let j = -Math.floor((start.y - minY) / step); start.y + j * step <= maxY; j++) {
      // Below before above: above the flow is the information row.
      const cost = rowBound ? (i >= 0 ? i : -2 * i) + 3 * Math.abs(j) + (j < 0 ? 0.5 : 0) : Math.hypot(i, j);
      candidates.push({ p: { x: start.x + i * step, y: start.y + j * step }, cost });
    }
  }
  candidates.sort((a, b) => a.cost - b.cost);
  for (const { p } of candidates) {
    const rect = { ...p, ...size };
    if (!taken.some((t) => overlaps(rect, t, PLACEMENT_GAP_PX / 2))) return p;
  }
  return start;
}
