import type { ProcessLoad } from './types';
import type { ProcessNode } from '../types';
import { PROCESS, type MapContext } from './context';
import { labelOf } from './labels';

export interface Loads {
  loads: ProcessLoad[];
  bottleneckId: string | null;
  /** The bottleneck's load; null without takt. */
  bottleneckLoad: number | null;
  labourContentSec: number | null;
  operatorsNeeded: number | null;
  /** Load by node index; NaN where there is none. */
  loadByIndex: Float64Array;
}

/**
 * Load of every process and work cell, C/T / (takt × machines × uptime), the bottleneck (highest
 * load; without takt, the longest C/T), labour content (s, manned steps) and operators needed at takt.
 */
export function measureLoads(ctx: MapContext): Loads {
  const { nodes, kind, cycleTimeSec, machines, uptimePct, operators, processingSec } = ctx;
  const taktTimeSec = ctx.demand.taktTimeSec;
  let processes = 0;
  for (let i = 0; i < nodes.length; i++) if (kind[i] === PROCESS) processes++;
  const loads = new Array<ProcessLoad>(processes);
  let filled = 0;
  const loadByIndex = new Float64Array(nodes.length).fill(Number.NaN);
  let labourContentSec = 0;
  let bottleneck = -1;
  let highest = -1;
  for (let i = 0; i < nodes.length; i++) {
    if (kind[i] !== PROCESS) continue;
    const node = nodes[i]!;
    const cycle = cycleTimeSec[i]!;
    const capacitySec = taktTimeSec === null ? 0 : taktTimeSec * machines[i]! * (uptimePct[i]! / 100);
    const ratio = capacitySec > 0 ? cycle / capacitySec : Number.NaN;
    const load = Number.isFinite(ratio) ? ratio : null;
    if (load !== null) loadByIndex[i] = load;
    loads[filled++] = { nodeId: node.id, type: node.type as ProcessNode['type'], label: labelOf(node), cycleTimeSec: Number.isNaN(cycle) ? null : cycle, load };
    // The bottleneck by load; without takt every load is null and the longest C/T stands in.
    const rank = taktTimeSec === null ? cycle : (load ?? Number.NaN);
    if (rank > highest) {
      highest = rank;
      bottleneck = i;
    }
    if (operators[i]! >= 1) labourContentSec += processingSec[i]!;
  }
  return {
    loads,
    bottleneckId: bottleneck < 0 ? null : nodes[bottleneck]!.id,
    bottleneckLoad: bottleneck < 0 || Number.isNaN(loadByIndex[bottleneck]!) ? null : loadByIndex[bottleneck]!,
    labourContentSec: processes > 0 ? labourContentSec : null,
    operatorsNeeded: processes > 0 && taktTimeSec !== null ? labourContentSec / taktTimeSec : null,
    loadByIndex,
  };
}
