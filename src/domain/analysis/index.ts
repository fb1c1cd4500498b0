import { findMaterialLoop } from '../graph';
import { analysisMessage, type AnalysisMessage } from '../messages';
import type { MapState } from '../types';
import { flowOrder, readMap, type MapContext } from './context';
import { findCriticalPath, type CriticalPathResult } from './criticalPath';
import { markOnFlow } from './flow';
import { measureInventory } from './inventory';
import { measureLeadTime, type LeadTime } from './leadTime';
import { measureLoads } from './load';
import type { MapAnalysis } from './types';
import { DEFAULT_WASTE_THRESHOLDS, assessWastes, type WasteThresholds } from './wastes';

export type * from './types';
export { DEFAULT_WASTE_THRESHOLDS, type WasteThresholds } from './wastes';
export { MAX_FINDINGS_PER_CATEGORY } from './findings';

/**
 * Analyses one map state (spec sections 4 and 5): takt (s), lead time (days), value-added ratio,
 * inventory, loads, bottleneck, labour, yield and the eight wastes. Pure, linear in nodes + edges,
 * never throws: what cannot be computed is null with a warning, a material loop is an error.
 */
export function analyzeMap(state: MapState, thresholds?: Partial<WasteThresholds>): MapAnalysis {
  const warnings: AnalysisMessage[] = [];
  const errors: AnalysisMessage[] = [];
  const ctx = readMap(state, warnings);
  const onFlow = markOnFlow(ctx, warnings);
  const order = flowOrder(ctx);

  let critical: CriticalPathResult | null = null;
  let leadTime: LeadTime | null = null;
  if (order === null) {
    const loop = (findMaterialLoop({ nodes: ctx.nodes, edges: state.edges }) ?? []).map((id) => ctx.indexOf.get(id)!);
    // Start at the loop's node that comes first in the file, so the message reads the same every time.
    const start = loop.indexOf(Math.min(...loop));
    const fromFirst = [...loop.slice(start), ...loop.slice(0, start)];
    errors.push(analysisMessage('analysis.materialLoop', { nodes: fromFirst.map((i) => ctx.ref(i)) }));
  } else {
    critical = findCriticalPath(ctx, order);
    if (critical === null) warnings.push(analysisMessage('analysis.noFlowToCustomer', {}));
    else leadTime = measureLeadTime(ctx, critical, warnings);
  }

  const loads = measureLoads(ctx);
  if (loads.bottleneckId === null) {
    warnings.push(analysisMessage(loads.loads.length === 0 ? 'analysis.noProcess' : 'analysis.noBottleneck', {}));
  }
  const { inventoryUnits, inventoryDays } = measureInventory(ctx);
  const wastes = assessWastes({ ctx, onFlow, critical, leadTime, loads }, mergeThresholds(thresholds));

  const finite = (value: number | null | undefined) => (value != null && Number.isFinite(value) ? value : null);
  return {
    taktTimeSec: ctx.demand.taktTimeSec,
    dailyDemand: ctx.demand.dailyDemand,
    availableSecondsPerDay: ctx.demand.availableSecondsPerDay,
    leadTimeDays: finite(leadTime?.leadTimeDays),
    waitingTimeDays: finite(leadTime?.waitingTimeDays),
    processingTimeSec: finite(leadTime?.processingTimeSec),
    valueAddedTimeSec: finite(leadTime?.valueAddedTimeSec),
    valueAddedRatio: finite(leadTime?.valueAddedRatio),
    inventoryUnits,
    inventoryDays: finite(inventoryDays),
    inventoryTurns: finite(leadTime?.inventoryTurns),
    criticalPath: critical === null ? [] : nodeIds(ctx, critical.path),
    timeline: leadTime?.timeline ?? [],
    loads: loads.loads,
    bottleneckId: loads.bottleneckId,
    bottleneckLoad: finite(loads.bottleneckLoad),
    labourContentSec: finite(loads.labourContentSec),
    operatorsNeeded: finite(loads.operatorsNeeded),
    rolledThroughputYield: finite(leadTime?.rolledThroughputYield),
    wastes,
    warnings,
    errors,
  };
}

function nodeIds(ctx: MapContext, indices: Int32Array): string[] {
  const ids = new Array<string>(indices.length);
  for (let k = 0; k < indices.length; k++) ids[k] = ctx.nodes[indices[k]!]!.id;
  return ids;
}

/** The defaults, overridden only by thresholds that are finite numbers. */
function mergeThresholds(thresholds: Partial<WasteThresholds> | undefined): WasteThresholds {
  const merged: WasteThresholds = { ...DEFAULT_WASTE_THRESHOLDS };
  for (const key of Object.keys(merged) as (keyof WasteThresholds)[]) {
    const value = thresholds?.[key];
    if (typeof value === 'number' && Number.isFinite(value)) merged[key] = value;
  }
  return merged;
}
