import { isMaterialEdge, type MapState } from './types';

/**
 * The material-flow graph (spec section 4): nodes joined by material edges, rework edges left
 * out, information edges ignored. Only what validation, the connection rules and the analyzer
 * need of it: is there a loop, and which nodes are on it. Index arrays, not a Map of arrays per
 * node: validation runs this on every file, and a 10,000-step map has 20,000 nodes.
 */

/**
 * The ids of a loop in the material flow (rework edges left out), in flow order, the first id
 * not repeated; null if there is none. Kahn's topological order, then a walk backwards from the
 * first node (in document order) it could not order, along the first incoming edge (in edge
 * order) from another such node, until a node repeats: that is the loop. O(nodes + edges).
 * `indexOf` (id → position in `nodes`) can be passed when the caller has it.
 */
export function findMaterialLoop(
  state: Pick<MapState, 'nodes' | 'edges'>,
  indexOf?: { get(id: string): number | undefined },
): string[] | null {
  const { nodes, edges } = state;
  const count = nodes.length;
  let index = indexOf;
  if (index === undefined) {
    const built = new Map<string, number>();
    for (let i = 0; i < count; i++) if (!built.has(nodes[i]!.id)) built.set(nodes[i]!.id, i);
    index = built;
  }
  // The flow edges as index pairs, then grouped by target and by source (count, prefix sum, fill).
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  let flowEdges = 0;
  for (const edge of edges) {
    if (!isMaterialEdge(edge) || edge.data?.rework === true) continue;
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    source[flowEdges] = s;
    target[flowEdges] = t;
    flowEdges++;
  }
  const outStart = groupStart(count, source, flowEdges);
  const outList = groupList(outStart, source, flowEdges);
  const indegree = new Int32Array(count);
  for (let e = 0; e < flowEdges; e++) indegree[target[e]!]!++;

  const ordered = new Uint8Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) if (indegree[i] === 0) queue[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    ordered[i] = 1;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const t = target[outList[k]!]!;
      if (--indegree[t]! === 0) queue[tail++] = t;
    }
  }
  if (tail === count) return null;

  const inStart = groupStart(count, target, flowEdges);
  const inList = groupList(inStart, target, flowEdges);
  let current = ordered.indexOf(0);
  const seenAt = new Int32Array(count).fill(-1);
  const walk: number[] = [];
  while (seenAt[current] === -1) {
    seenAt[current] = walk.length;
    walk.push(current);
    // Every node left over has a predecessor left over, so this never runs dry.
    let previous = -1;
    for (let k = inStart[current]!; k < inStart[current + 1]! && previous < 0; k++) {
      const s = source[inList[k]!]!;
      if (ordered[s] === 0) previous = s;
    }
    current = previous;
  }
  return walk.slice(seenAt[current]).reverse().map((i) => nodes[i]!.id);
}

/** Where each node's edges start in a list grouped by `end`: list[start[i] .. start[i + 1]). */
function groupStart(count: number, end: Int32Array, edges: number): Int32Array {
  const start = new Int32Array(count + 1);
  for (let e = 0; e < edges; e++) start[end[e]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  return start;
}

/** The edge indices grouped by `end`, each group in edge order. */
function groupList(start: Int32Array, end: Int32Array, edges: number): Int32Array {
  const next = start.slice(0, start.length - 1);
  const list = new Int32Array(edges);
  for (let e = 0; e < edges; e++) list[next[end[e]!]!++] = e;
  return list;
}
