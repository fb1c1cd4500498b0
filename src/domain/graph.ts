import { isMaterialEdge, type MapState, type VsmEdge } from './types';

/**
 * The material-flow graph (spec section 4): nodes joined by material edges, rework edges
 * left out, information edges ignored. Adjacency lists keyed by node id.
 */
export interface FlowGraph {
  /** Every node id of the map, in document order. */
  nodeIds: string[];
  /** Material edges that count for flow (no rework), by source id. */
  outgoing: Map<string, VsmEdge[]>;
  /** The same edges by target id. */
  incoming: Map<string, VsmEdge[]>;
}

/** Builds the material-flow graph in O(nodes + edges). Edges to missing nodes are skipped. */
export function buildFlowGraph(state: Pick<MapState, 'nodes' | 'edges'>): FlowGraph {
  const nodeIds = state.nodes.map((n) => n.id);
  const outgoing = new Map<string, VsmEdge[]>();
  const incoming = new Map<string, VsmEdge[]>();
  for (const id of nodeIds) {
    outgoing.set(id, []);
    incoming.set(id, []);
  }
  for (const edge of state.edges) {
    if (!isMaterialEdge(edge) || edge.data?.rework === true) continue;
    const out = outgoing.get(edge.source);
    const inc = incoming.get(edge.target);
    if (!out || !inc) continue;
    out.push(edge);
    inc.push(edge);
  }
  return { nodeIds, outgoing, incoming };
}

/**
 * Kahn's topological order of the flow graph. Returns the order, or the ids of one loop
 * (in flow order, first id not repeated) when the flow is not acyclic.
 */
export function topologicalOrder(graph: FlowGraph): { order: string[]; loop: null } | { order: null; loop: string[] } {
  const indegree = new Map<string, number>();
  for (const id of graph.nodeIds) indegree.set(id, graph.incoming.get(id)!.length);
  const queue: string[] = graph.nodeIds.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    order.push(id);
    for (const edge of graph.outgoing.get(id)!) {
      const left = indegree.get(edge.target)! - 1;
      indegree.set(edge.target, left);
      if (left === 0) queue.push(edge.target);
    }
  }
  if (order.length === graph.nodeIds.length) return { order, loop: null };
  return { order: null, loop: findLoop(graph, new Set(order)) };
}

/** Walks backwards from a node left over by Kahn's pass until a node repeats: that is a loop. */
function findLoop(graph: FlowGraph, ordered: Set<string>): string[] {
  const start = graph.nodeIds.find((id) => !ordered.has(id))!;
  const seenAt = new Map<string, number>();
  const walk: string[] = [];
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, walk.length);
    walk.push(current);
    // Every leftover node has a leftover predecessor, so this never runs dry.
    current = graph.incoming.get(current)!.find((e) => !ordered.has(e.source))!.source;
  }
  return walk.slice(seenAt.get(current)!).reverse();
}

/** The ids of a loop in the material flow (rework edges left out), or null if there is none. */
export function findMaterialLoop(state: Pick<MapState, 'nodes' | 'edges'>): string[] | null {
  return topologicalOrder(buildFlowGraph(state)).loop;
}
