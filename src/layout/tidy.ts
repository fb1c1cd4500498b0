/**
 * Tidy layout: a map arranged as a textbook value stream map. The material flow is one row,
 * supplier at the left, customer at the right, the steps and stocks in flow order between them
 * and parallel branches stacked; the information row (production control, heijunka, kanban,
 * go-see) above it; each operator, kaizen burst, quality problem and note just above the symbol
 * it belongs to; nothing under the flow row, where the lead-time ladder is drawn.
 *
 * ELK's layered algorithm orders the flow and gives its x positions (fewest crossings, supplier
 * and customer in partitions of their own); the rows around it are placed here, as constraints
 * ELK cannot say. Plain TypeScript on the document and the symbols' sizes: no React, no store.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { roleOf } from '../domain/symbols';
import { isMaterialEdge, type MapState, type VsmNode, type XYPosition } from '../domain/types';

/** What the layout needs of ELK: `new ELK()` from `elkjs` (bundled or with its web worker). */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface TidyInput {
  /** A symbol's width and height in px at zoom 1. */
  sizeOf: (node: VsmNode) => { width: number; height: number };
  engine: LayoutEngine;
  /** The canvas grid, px: positions snap to it. */
  gridPx: number;
}

/** Between two symbols in the flow row, px: room for an arrow and its label. */
export const FLOW_GAP_PX = 60;
/** Between two parallel branches, and between symbols side by side in a row, px. */
export const LANE_GAP_PX = 40;
/** Between an annotation and the symbol it annotates, px. */
export const ANNOTATION_GAP_PX = 20;
/** Between the information row and the top of the flow (with its annotations), px: room for the information arrows. */
export const INFO_GAP_PX = 100;

interface Size { width: number; height: number }

/** An annotation's owner: a kaizen burst's step, else a symbol it is joined to, else the nearest flow symbol. */
function ownerOf(node: VsmNode, flow: readonly VsmNode[], flowIds: ReadonlySet<string>, linked: ReadonlyMap<string, string>, centre: (n: VsmNode) => XYPosition): string | undefined {
  if (node.type === 'kaizen' && node.data.stepId && flowIds.has(node.data.stepId)) return node.data.stepId;
  const joined = linked.get(node.id);
  if (joined) return joined;
  const c = centre(node);
  let best: VsmNode | undefined;
  let bestDistance = Infinity;
  for (const f of flow) {
    const d = Math.hypot(centre(f).x - c.x, centre(f).y - c.y);
    if (d < bestDistance) {
      best = f;
      bestDistance = d;
    }
  }
  return best?.id;
}

/** The sides an arrow leaves and enters by: the handles every symbol has (`t`, `r`, `b`, `l`). */
export interface ArrowSides { sourceHandle: 'l' | 'r' | 't' | 'b'; targetHandle: 'l' | 'r' | 't' | 'b' }

export interface TidyResult {
  /** New top-left corners by symbol id; symbols that stay where they are are left out. */
  positions: Map<string, XYPosition>;
  /** New sides for arrows whose ends face each other differently now, by arrow id. */
  sides: Map<string, ArrowSides>;
}

interface Rect { x: number; y: number; width: number; height: number }

/**
 * The sides an arrow takes between two symbols as laid out: in one row, the sides facing each
 * other (material flows out right, in left); between rows, in at the top of the lower one and
 * out of the bottom of the upper one when it stands over it, else out of its side towards it
 * (the information arrows fanning out of production control).
 */
export function arrowSides(source: Rect, target: Rect): ArrowSides {
  const sameRow = source.y < target.y + target.height && target.y < source.y + source.height;
  const sx = source.x + source.width / 2;
  const tx = target.x + target.width / 2;
  if (sameRow) return tx >= sx ? { sourceHandle: 'r', targetHandle: 'l' } : { sourceHandle: 'l', targetHandle: 'r' };
  const down = target.y > source.y;
  const [upper, lowerX] = down ? [source, tx] : [target, sx];
  const over = lowerX >= upper.x && lowerX <= upper.x + upper.width;
  const upperSide = over ? 'b' : lowerX > upper.x + upper.width ? 'r' : 'l';
  return down ? { sourceHandle: upperSide, targetHandle: 't' } : { sourceHandle: 't', targetHandle: upperSide };
}

/**
 * New top-left positions (px, on the grid) for every symbol of `map`, laid out as a textbook
 * VSM, and the sides each arrow takes there. The map keeps its top-left corner.
 */
export async function tidyMap(map: Pick<MapState, 'nodes' | 'edges'>, input: TidyInput): Promise<TidyResult> {
  const { sizeOf, engine, gridPx } = input;
  const result = new Map<string, XYPosition>();
  const sides = new Map<string, ArrowSides>();
  if (map.nodes.length === 0) return { positions: result, sides };
  const sizes = new Map<string, Size>(map.nodes.map((n) => [n.id, sizeOf(n)]));
  const size = (n: VsmNode): Size => sizes.get(n.id)!;
  const centre = (n: VsmNode): XYPosition => ({ x: n.position.x + size(n).width / 2, y: n.position.y + size(n).height / 2 });
  const snap = (v: number) => Math.round(v / gridPx) * gridPx;
  const snapUp = (v: number) => Math.floor(v / gridPx) * gridPx;

  const flow = map.nodes.filter((n) => { const r = roleOf(n.type); return r !== 'information' && r !== 'annotation'; });
  const information = map.nodes.filter((n) => roleOf(n.type) === 'information');
  const annotations = map.nodes.filter((n) => roleOf(n.type) === 'annotation');
  const flowIds = new Set(flow.map((n) => n.id));
  const byId = new Map(map.nodes.map((n) => [n.id, n]));

  // Annotations take no arrows in the editor, but a file may join one to a symbol: that wins over distance.
  const linked = new Map<string, string>();
  for (const edge of map.edges) {
    for (const [a, b] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      const node = byId.get(a);
      if (node && roleOf(node.type) === 'annotation' && flowIds.has(b) && !linked.has(a)) linked.set(a, b);
    }
  }
  const owned = new Map<string, VsmNode[]>();
  const loose: VsmNode[] = [];
  for (const note of annotations) {
    const owner = ownerOf(note, flow, flowIds, linked, centre);
    if (owner === undefined) loose.push(note);
    else owned.set(owner, [...owned.get(owner) ?? [], note]);
  }
  // Annotations of one symbol side by side in the order they were drawn, left to right.
  for (const list of owned.values()) list.sort((a, b) => centre(a).x - centre(b).x);

  /** The annotations' row over a symbol: its width and height. */
  const annotationRow = (id: string): Size => {
    const list = owned.get(id) ?? [];
    if (list.length === 0) return { width: 0, height: 0 };
    return {
      width: list.reduce((sum, n) => sum + size(n).width, 0) + LANE_GAP_PX * (list.length - 1),
      height: Math.max(...list.map((n) => size(n).height)),
    };
  };

  const placed = new Map<string, XYPosition>();
  let flowTop = 0;
  let flowLeft = 0;
  let flowRight = 0;

  if (flow.length > 0) {
    // Each flow symbol is one ELK node: a block holding its annotations' row and, under it, the
    // symbol. Fixed ports at the symbol's vertical centre let ELK line the symbols up on one line.
    const blocks = new Map<string, { width: number; height: number; portY: number; rowHeight: number }>();
    for (const n of flow) {
      const row = annotationRow(n.id);
      const rowHeight = row.height > 0 ? row.height + ANNOTATION_GAP_PX : 0;
      const width = Math.max(size(n).width, row.width);
      blocks.set(n.id, { width, height: rowHeight + size(n).height, portY: rowHeight + size(n).height / 2, rowHeight });
    }
    const partition = (n: VsmNode) => (n.type === 'supplier' ? 0 : n.type === 'customer' ? 2 : 1);
    // Model order breaks ties in ELK's crossing minimisation: the order the person drew, top to bottom.
    const ordered = [...flow].sort((a, b) => centre(a).y - centre(b).y || centre(a).x - centre(b).x);
    const children: ElkNode[] = ordered.map((n) => {
      const block = blocks.get(n.id)!;
      return {
        id: n.id,
        width: block.width,
        height: block.height,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS', 'elk.partitioning.partition': String(partition(n)) },
        ports: [
          { id: `${n.id}\u0000in`, x: 0, y: block.portY, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'WEST' } },
          { id: `${n.id}\u0000out`, x: block.width, y: block.portY, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'EAST' } },
        ],
      };
    });
    const edges: ElkExtendedEdge[] = [];
    const joined = new Set<string>();
    for (const edge of map.edges) {
      // Rework loops run backwards by nature: they would only pull the flow out of order.
      if (!isMaterialEdge(edge) || edge.data?.rework === true || edge.source === edge.target) continue;
      if (!flowIds.has(edge.source) || !flowIds.has(edge.target)) continue;
      edges.push({ id: `e${edges.length}`, sources: [`${edge.source}\u0000out`], targets: [`${edge.target}\u0000in`] });
      joined.add(edge.source).add(edge.target);
    }
    // A symbol joined to nothing stays where it was drawn along the flow: after the joined
    // symbol nearest on its left (else before the one on its right).
    const anchors = flow.filter((n) => joined.has(n.id)).sort((a, b) => centre(a).x - centre(b).x);
    // No arrows drawn yet: supplier, the steps and stocks in the order they were drawn (left to
    // right, then top to bottom), and customer make one row, not a stack of parallel branches.
    if (anchors.length === 0) {
      // Left edges: symbols drawn one under another share one, whatever their widths.
      const inOrder = (a: VsmNode, b: VsmNode) => a.position.x - b.position.x || a.position.y - b.position.y;
      const ofType = (keep: (type: VsmNode['type']) => boolean) => flow.filter((n) => keep(n.type)).sort(inOrder);
      const drawn = [
        ...ofType((t) => t === 'supplier'), ...ofType((t) => t !== 'supplier' && t !== 'customer'), ...ofType((t) => t === 'customer'),
      ];
      for (let i = 1; i < drawn.length; i++) {
        edges.push({ id: `e${edges.length}`, sources: [`${drawn[i - 1]!.id}\u0000out`], targets: [`${drawn[i]!.id}\u0000in`] });
      }
    }
    for (const n of flow) {
      if (joined.has(n.id) || anchors.length === 0 || n.type === 'supplier' || n.type === 'customer') continue;
      const x = centre(n).x;
      const left = anchors.filter((a) => centre(a).x <= x && a.type !== 'customer').at(-1);
      const right = anchors.find((a) => centre(a).x > x && a.type !== 'supplier');
      if (left) edges.push({ id: `e${edges.length}`, sources: [`${left.id}\u0000out`], targets: [`${n.id}\u0000in`] });
      else if (right) edges.push({ id: `e${edges.length}`, sources: [`${n.id}\u0000out`], targets: [`${right.id}\u0000in`] });
    }

    const graph = await engine.layout({
      id: 'flow',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.partitioning.activate': 'true',
        'elk.separateConnectedComponents': 'false',
        'elk.spacing.nodeNode': String(LANE_GAP_PX),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(FLOW_GAP_PX),
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        'elk.layered.nodePlacement.favorStraightEdges': 'true',
        'elk.edgeRouting': 'POLYLINE',
      },
      children,
      edges,
    });

    // The flow symbols' centre lines on grid lines, the blocks' left edges on the grid.
    for (const child of graph.children ?? []) {
      const n = byId.get(child.id)!;
      const block = blocks.get(n.id)!;
      const left = snap(child.x ?? 0);
      const centreY = snap((child.y ?? 0) + block.portY);
      const s = size(n);
      const top = Math.round(centreY - s.height / 2);
      placed.set(n.id, { x: snap(left + (block.width - s.width) / 2), y: top });
      const list = owned.get(n.id) ?? [];
      const row = annotationRow(n.id);
      let x = left + (block.width - row.width) / 2;
      for (const note of list) {
        // Bottom-aligned over the symbol, rounded upwards so the gap never shrinks.
        placed.set(note.id, { x: snap(x), y: snapUp(top - ANNOTATION_GAP_PX - size(note).height) });
        x += size(note).width + LANE_GAP_PX;
      }
    }
    const flowNodes = [...placed.entries()].map(([id, p]) => ({ p, s: sizes.get(id)! }));
    flowTop = Math.min(...flowNodes.map(({ p }) => p.y));
    flowLeft = Math.min(...flowNodes.map(({ p }) => p.x));
    flowRight = Math.max(...flowNodes.map(({ p, s }) => p.x + s.width));
  }

  // The information row over the flow: each symbol over the middle of what it is joined to.
  const rowNodes = [...information, ...(flow.length === 0 ? loose : [])];
  if (rowNodes.length > 0) {
    const want = new Map<string, number>();
    for (const [id, p] of placed) if (flowIds.has(id)) want.set(id, p.x + sizes.get(id)!.width / 2);
    const neighbours = new Map<string, string[]>();
    for (const edge of map.edges) {
      neighbours.set(edge.source, [...neighbours.get(edge.source) ?? [], edge.target]);
      neighbours.set(edge.target, [...neighbours.get(edge.target) ?? [], edge.source]);
    }
    // Information chains (customer → control → heijunka → kanban): a few rounds reach along them.
    for (let round = 0; round < 4; round++) {
      for (const n of rowNodes) {
        const known = (neighbours.get(n.id) ?? []).map((id) => want.get(id)).filter((x): x is number => x !== undefined);
        if (known.length > 0) want.set(n.id, known.reduce((a, b) => a + b, 0) / known.length);
      }
    }
    // Joined to nothing placed: where it was drawn, scaled from the old flow's extent to the new one.
    const oldFlow = flow.length > 0 ? flow : rowNodes;
    const oldLeft = Math.min(...oldFlow.map((n) => n.position.x));
    const oldRight = Math.max(...oldFlow.map((n) => n.position.x + size(n).width));
    const scale = flow.length > 0 && oldRight > oldLeft ? (flowRight - flowLeft) / (oldRight - oldLeft) : 1;
    const base = flow.length > 0 ? flowLeft : oldLeft;
    for (const n of rowNodes) if (!want.has(n.id)) want.set(n.id, base + (centre(n).x - oldLeft) * scale);

    const row = [...rowNodes].sort((a, b) => want.get(a.id)! - want.get(b.id)! || centre(a).x - centre(b).x);
    const rowHeight = Math.max(...row.map((n) => size(n).height));
    const rowCentre = (flow.length > 0 ? flowTop - INFO_GAP_PX : Math.min(...rowNodes.map((n) => n.position.y))) - rowHeight / 2;
    let right = -Infinity;
    for (const n of row) {
      const s = size(n);
      // Left to right, each as near its wish as the one before it allows.
      const x = Math.max(snap(want.get(n.id)! - s.width / 2), right + LANE_GAP_PX);
      const xOnGrid = Math.ceil(x / gridPx) * gridPx;
      placed.set(n.id, { x: xOnGrid, y: snapUp(rowCentre - s.height / 2) });
      right = xOnGrid + s.width;
    }
  }

  // The whole map keeps the top-left corner it had, so the view does not jump far.
  const oldLeft = Math.min(...map.nodes.map((n) => n.position.x));
  const oldTop = Math.min(...map.nodes.map((n) => n.position.y));
  const newLeft = Math.min(...[...placed.values()].map((p) => p.x));
  const newTop = Math.min(...[...placed.values()].map((p) => p.y));
  // Whole grid steps, so what sits on the grid stays on it.
  const dx = snap(oldLeft - newLeft);
  const dy = snap(oldTop - newTop);
  for (const n of map.nodes) {
    const p = placed.get(n.id);
    if (!p) continue;
    // `+ 0` turns a -0 from rounding into 0.
    const to = { x: p.x + dx + 0, y: p.y + dy + 0 };
    if (to.x !== n.position.x || to.y !== n.position.y) result.set(n.id, to);
  }
  const rectOf = (id: string): Rect | undefined => {
    const node = byId.get(id);
    return node && { ...(result.get(id) ?? node.position), ...size(node) };
  };
  for (const edge of map.edges) {
    const source = rectOf(edge.source);
    const target = rectOf(edge.target);
    if (!source || !target || edge.source === edge.target) continue;
    // The layered flow runs left to right, branches and merges too: material out right, in left.
    const flowing = isMaterialEdge(edge) && edge.data?.rework !== true && flowIds.has(edge.source) && flowIds.has(edge.target);
    const want: ArrowSides = flowing ? { sourceHandle: 'r', targetHandle: 'l' } : arrowSides(source, target);
    if (edge.sourceHandle !== want.sourceHandle || edge.targetHandle !== want.targetHandle) sides.set(edge.id, want);
  }
  return { positions: result, sides };
}
