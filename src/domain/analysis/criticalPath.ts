import type { VsmEdge } from '../types';
import { CUSTOMER, OTHER, PROCESS, type MapContext } from './context';
import { num } from './numbers';

/** Transit days a material edge adds: shipment edges only. */
export function edgeTransitDays(edge: VsmEdge): number {
  return edge.type === 'shipment' ? (num(edge.data?.transitDays) ?? 0) : 0;
}

export interface CriticalPathResult {
  /** Node indices in flow order. */
  path: number[];
  /** For each node of the path, the edge that leads into it (null for the first). */
  inEdges: (VsmEdge | null)[];
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
  const { nodes, kind, flowEdges, edgeSource, inStart, inList, outStart, waitingDays, processingSec } = ctx;
  const count = nodes.length;
  const secPerDay = ctx.demand.availableSecondsPerDay;
  const transit = new Float64Array(flowEdges.length);
  for (let e = 0; e < flowEdges.length; e++) transit[e] = edgeTransitDays(flowEdges[e]!);
  const best = new Float64Array(count);
  const bestIn = new Int32Array(count).fill(-1);

  for (let o = 0; o < count; o++) {
    const i = order[o]!;
    let reach = 0;
    let via = -1;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const e = inList[k]!;
      const value = best[edgeSource[e]!]! + transit[e]!;
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

  const path: number[] = [];
  const inEdges: (VsmEdge | null)[] = [];
  for (let i = end; ; ) {
    path.push(i);
    const e = bestIn[i]!;
    inEdges.push(e < 0 ? null : flowEdges[e]!);
    if (e < 0) break;
    i = edgeSource[e]!;
  }
  path.reverse();
  inEdges.reverse();
  return { path, inEdges };
}
