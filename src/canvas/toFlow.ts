import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { isStockNode, type VsmEdge, type VsmEdgeType, type VsmNode, type VsmNodeType } from '../domain/types';
import type { NodeSize } from '../store';

export type CanvasNode = Node<Record<string, unknown>, VsmNodeType>;
export type CanvasEdge = Edge<Record<string, unknown>, VsmEdgeType>;

interface NodeEntry {
  source: VsmNode;
  selected: boolean;
  className: string | undefined;
  measured: NodeSize | undefined;
  roleDescription: string | undefined;
  flow: CanvasNode;
}

interface EdgeEntry {
  source: VsmEdge;
  selected: boolean;
  ariaLabel: string | undefined;
  roleDescription: string | undefined;
  flow: CanvasEdge;
}

/**
 * Flow objects from the last pass, by id. React Flow re-measures a node whose object changed,
 * so an unchanged node must come back as the very same object.
 */
export interface FlowCache {
  nodes: Map<string, NodeEntry>;
  edges: Map<string, EdgeEntry>;
  /** The last edge list: handed back while every edge in it is unchanged. */
  edgeList: CanvasEdge[];
}

export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map(), edgeList: [] };
}

export interface NodeView {
  selectedIds: ReadonlySet<string>;
  /** Extra CSS classes by node id ('is-bottleneck', 'is-highlighted'). */
  classNames: ReadonlyMap<string, string>;
  /** Sizes React Flow measured before, so it need not measure an unchanged node again. */
  measured: Readonly<Record<string, NodeSize>>;
  /** What a screen reader calls a node ("simbol"); React Flow says "node" in English otherwise. */
  roleDescription?: string;
  /**
   * The size a symbol of this type is drawn at, for one never measured: with it and the handles
   * it implies, React Flow can place and fit the symbol, and route its arrows, without mounting it
   * (it mounts every unmeasured node once otherwise, even off screen).
   */
  estimate?: (node: VsmNode) => NodeSize;
}

/** Handles are 14 px across at zoom 1, centred on each side (React Flow's handle CSS). */
const HANDLE_BOX_PX = 14;

/** The four handles (t r b l, all sources: the canvas connects in loose mode) of a box of this size. */
export function estimatedHandles(size: NodeSize): NodeHandle[] {
  const half = HANDLE_BOX_PX / 2;
  const at = (id: string, position: Position, x: number, y: number): NodeHandle =>
    ({ id, type: 'source', position, x: x - half, y: y - half, width: HANDLE_BOX_PX, height: HANDLE_BOX_PX });
  return [
    at('t', Position.Top, size.width / 2, 0),
    at('r', Position.Right, size.width, size.height / 2),
    at('b', Position.Bottom, size.width / 2, size.height),
    at('l', Position.Left, 0, size.height / 2),
  ];
}

/** How edges are announced, in the UI language (React Flow says "Edge from p1 to i2" otherwise). */
export interface EdgeAnnouncer {
  roleDescription: string;
  ariaLabel(edge: VsmEdge): string;
}

/**
 * React Flow nodes for the document's nodes. Only known fields are handed over: a file's stray
 * `style` or `className` never reaches the DOM. The same object comes back as long as the
 * document node, its selection, class and measured size are unchanged.
 */
export function toFlowNodes(nodes: readonly VsmNode[], view: NodeView, cache: FlowCache): CanvasNode[] {
  const next = new Map<string, NodeEntry>();
  const result = nodes.map((node) => {
    const selected = view.selectedIds.has(node.id);
    const className = view.classNames.get(node.id);
    const measured = Object.hasOwn(view.measured, node.id) ? view.measured[node.id] : undefined;
    const { roleDescription } = view;
    const hit = cache.nodes.get(node.id);
    if (
      hit && hit.source === node && hit.selected === selected && hit.className === className && hit.measured === measured
      && hit.roleDescription === roleDescription
    ) {
      next.set(node.id, hit);
      return hit.flow;
    }
    const flow: CanvasNode = {
      id: node.id,
      type: node.type,
      position: node.position,
      data: node.data as Record<string, unknown>,
      selected,
    };
    if (className !== undefined) flow.className = className;
    if (measured !== undefined) flow.measured = measured;
    else if (view.estimate) {
      const size = view.estimate(node);
      flow.measured = size;
      flow.handles = estimatedHandles(size);
    }
    if (node.width !== undefined) flow.width = node.width;
    if (node.height !== undefined) flow.height = node.height;
    if (roleDescription !== undefined) flow.domAttributes = { 'aria-roledescription': roleDescription };
    next.set(node.id, { source: node, selected, className, measured, roleDescription, flow });
    return flow;
  });
  cache.nodes = next;
  return result;
}

/**
 * React Flow edges for the document's edges, identical objects for unchanged edges (an edge
 * whose announced name is unchanged too: renaming a symbol renames the arrows into it).
 */
export function toFlowEdges(
  edges: readonly VsmEdge[], selectedIds: ReadonlySet<string>, cache: FlowCache, announcer?: EdgeAnnouncer,
): CanvasEdge[] {
  const next = new Map<string, EdgeEntry>();
  const roleDescription = announcer?.roleDescription;
  const result = edges.map((edge) => {
    const selected = selectedIds.has(edge.id);
    const ariaLabel = announcer?.ariaLabel(edge);
    const hit = cache.edges.get(edge.id);
    if (hit && hit.source === edge && hit.selected === selected && hit.ariaLabel === ariaLabel && hit.roleDescription === roleDescription) {
      next.set(edge.id, hit);
      return hit.flow;
    }
    const flow: CanvasEdge = { id: edge.id, type: edge.type, source: edge.source, target: edge.target, selected };
    if (edge.sourceHandle) flow.sourceHandle = edge.sourceHandle;
    if (edge.targetHandle) flow.targetHandle = edge.targetHandle;
    if (edge.data) flow.data = edge.data as Record<string, unknown>;
    if (ariaLabel !== undefined) flow.ariaLabel = ariaLabel;
    if (roleDescription !== undefined) flow.domAttributes = { 'aria-roledescription': roleDescription };
    next.set(edge.id, { source: edge, selected, ariaLabel, roleDescription, flow });
    return flow;
  });
  cache.edges = next;
  // A new list, even of the same edges, makes React Flow rebuild its lookup of every
  // connection: on each frame of a drag, that was a third of the canvas's script time.
  const previous = cache.edgeList;
  if (result.length === previous.length && result.every((edge, i) => edge === previous[i])) return previous;
  cache.edgeList = result;
  return result;
}

/** CSS classes by node id: the bottleneck of the analysis and the symbols a finding points at. */
export function nodeClassNames(bottleneckId: string | null, highlightIds: readonly string[]): Map<string, string> {
  const classes = new Map<string, string>();
  if (bottleneckId !== null) classes.set(bottleneckId, 'is-bottleneck');
  for (const id of highlightIds) {
    const had = classes.get(id);
    classes.set(id, had ? `${had} is-highlighted` : 'is-highlighted');
  }
  return classes;
}

/**
 * Stock days the team did not type, computed as quantity / daily demand (spec section 4), by
 * node id; empty without demand.
 */
export function computedStockDays(nodes: readonly VsmNode[], dailyDemand: number | null): Map<string, number> {
  const days = new Map<string, number>();
  if (dailyDemand === null || !(dailyDemand > 0)) return days;
  for (const node of nodes) {
    if (!isStockNode(node) || node.data.days !== undefined || node.data.quantity === undefined) continue;
    days.set(node.id, node.data.quantity / dailyDemand);
  }
  return days;
}

/** Whether two maps hold the same entries (to keep a context value stable across drags). */
export function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (!Object.is(b.get(key), value)) return false;
  return true;
}
