import type { TimelineRung } from './types';
import { PROCESS, type MapContext } from './context';
import type { CriticalPathResult } from './criticalPath';
import { labelOf, nodeList } from './labels';
import { analysisMessage, type AnalysisMessage } from '../messages';
import type { VsmNode } from '../types';

export interface LeadTime {
  leadTimeDays: number | null;
  waitingTimeDays: number | null;
  processingTimeSec: number;
  valueAddedTimeSec: number;
  valueAddedRatio: number | null;
  inventoryTurns: number | null;
  rolledThroughputYield: number;
  /** Scrap was entered on at least one step of the critical path. */
  scrapKnown: boolean;
  timeline: TimelineRung[];
}

const CALENDAR_SECONDS_PER_DAY = 86_400;

/**
 * Sums along the critical path: waiting days (stock, transport, shipment transit), processing and
 * value-added seconds, lead time days = waiting + processing / A, the value-added ratio, inventory
 * turns a year and the rolled throughput yield; one timeline rung per node of the path.
 */
export function measureLeadTime(ctx: MapContext, critical: CriticalPathResult, warnings: AnalysisMessage[]): LeadTime {
  const { nodes, kind, waitingDays, processingSec, valueAddedSec, scrapPct, state, transitDays } = ctx;
  const secPerDay = ctx.demand.availableSecondsPerDay;
  const timeline = new Array<TimelineRung>(critical.path.length);
  const unknownStock: VsmNode[] = [];
  let waitingTimeDays = 0;
  let processingTimeSec = 0;
  let valueAddedTimeSec = 0;
  let rolledThroughputYield = 1;
  let scrapKnown = false;

  for (let k = 0; k < critical.path.length; k++) {
    const i = critical.path[k]!;
    const node = nodes[i]!;
    const e = critical.inEdges[k]!;
    let rungWaitingDays = e < 0 ? 0 : transitDays[e]!;
    const own = waitingDays[i]!;
    if (Number.isNaN(own)) unknownStock.push(node);
    else rungWaitingDays += own;
    let rungProcessingSec = 0;
    if (kind[i] === PROCESS) {
      rungProcessingSec = processingSec[i]!;
      valueAddedTimeSec += valueAddedSec[i]!;
      const scrap = scrapPct[i]!;
      if (!Number.isNaN(scrap)) {
        scrapKnown = true;
        rolledThroughputYield *= 1 - Math.min(scrap, 100) / 100;
      }
    }
    waitingTimeDays += rungWaitingDays;
    processingTimeSec += rungProcessingSec;
    timeline[k] = { nodeId: node.id, type: node.type, label: labelOf(node), waitingDays: rungWaitingDays, processingTimeSec: rungProcessingSec };
  }
  const waitingKnown = unknownStock.length === 0;
  if (!waitingKnown) {
    warnings.push(analysisMessage('analysis.stockWithoutDaysOnPath', { stocks: nodeList(unknownStock) }));
  }
  const leadTimeDays = waitingKnown && secPerDay > 0 ? waitingTimeDays + processingTimeSec / secPerDay : null;
  let valueAddedRatio: number | null = null;
  let inventoryTurns: number | null = null;
  if (leadTimeDays !== null && leadTimeDays > 0) {
    const ratioSecPerDay = state.settings.daysBasis === 'calendar' ? CALENDAR_SECONDS_PER_DAY : secPerDay;
    valueAddedRatio = valueAddedTimeSec / (leadTimeDays * ratioSecPerDay);
    const workingDaysPerMonth = state.settings.workingDaysPerMonth;
    inventoryTurns = Number.isFinite(workingDaysPerMonth) && workingDaysPerMonth > 0
      ? (workingDaysPerMonth * 12) / leadTimeDays
      : null;
  }
  // A lead time of 0 days, or one so close to 0 that the ratio and turns overflow, has neither.
  if (leadTimeDays !== null && !(Number.isFinite(valueAddedRatio ?? 0) && Number.isFinite(inventoryTurns ?? 0) && leadTimeDays > 0)) {
    valueAddedRatio = null;
    inventoryTurns = null;
    warnings.push(analysisMessage('analysis.leadTimeZero', {}));
  }
  return {
    leadTimeDays,
    waitingTimeDays: waitingKnown ? waitingTimeDays : null,
    processingTimeSec,
    valueAddedTimeSec,
    valueAddedRatio,
    inventoryTurns,
    rolledThroughputYield,
    scrapKnown,
    timeline,
  };
}
