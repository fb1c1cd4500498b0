import { CUSTOMER, OTHER, PROCESS, type MapContext } from './context';

export interface CriticalPathResult {
  /** Node indices in flow order. */
  path: Int32Array;
  /** For each node of the path, the flow edge that leads into it; −1 for the first. */
  inEdges: Int32Array;
}

/**
 * The longest lead-time path (days) from a node with no material predecessor to a customer,
 * by dynamic programming over the topological order: O(nodes + edges), no path enumeration.
 * Node weight = its waiting days + processing seconds / A; a shipment edge adds its transit days.
 * A customer counts only when material flows into it: a customer standing alone (a blank map)
 * has no lead time, not one of 0 days. Without a customer the path ends at any material node
 * with no successor. Ties keep the first
 * candidate (edge and node document order). Null when there is no candidate end.
 */
export function findCriticalPath(ctx: MapContext, order: Int32Array): CriticalPathResult | null {
  const { nodes, kind, edgeSource, transitDays, inStart, inList, outStart, waitingDays, processingSec } = ctx;
  const count = nodes.length;
  const secPerDay = ctx.demand.availableSecondsPerDay;
  const best = new Float64Array(count);
  const bestIn = new Int32Array(count).fill(-1);

  for (let o = 0; o < count; o++) {
    const i = order[o]!;
    let reach = 0;
    let via = -1;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const e = inList[k]!;
      const value = best[edgeSource[e]!]! + transitDays[e]!;
      if (via < 0 || value > reach) {
        reach = value;
        via = e;
      }
    }
    const waiting = waitingDays[i]!;
    // Unknown stock days weigh 0 here; the lead time then reports null with a warning.
    const own = (Number.isNaN(waiting) ? 0 : waiting)
      + (kind[i] === PROCESS && secPerDay > 0 ? processingSec[i]! / secPerDay : 0);
    best[i] = reach + own;
    bestIn[i] = via;
  }

  const hasCustomer = ctx.demand.hasCustomer;
  let end = -1;
  for (let i = 0; i < count; i++) {
    const candidate = hasCustomer
      ? kind[i] === CUSTOMER && inStart[i + 1]! > inStart[i]!
      : kind[i] !== OTHER && outStart[i + 1] === outStart[i];
    if (candidate && (end < 0 || best[i]! > best[end]!)) end = i;
  }
  if (end < 0) return null;

  // Walk back from the end twice: once to count, once to fill from the back.
  let length = 1;
  for (let i = end; bestIn[i]! >= 0; i = edgeSource[bestIn[i]!]!) length++;
  const path = new Int32Array(length);
  const inEdges = new Int32Array(length);
  for (let k = length - 1, i = end; k >= 0; k--) {
    path[k] = i;
    inEdges[k] = bestIn[i]!;
    if (bestIn[i]! >= 0) i = edgeSource[bestIn[i]!]!;
  }
  return { path, inEdges };
}
