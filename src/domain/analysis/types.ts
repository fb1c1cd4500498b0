import type { AnalysisMessage, Message, QuantityUnit } from '../messages';
import type { WasteMeasureKey } from '../metrics';
import type { ProcessNode, VsmNodeType, WasteId } from '../types';

/** One finding behind a waste score: which symbols, what was seen (a message code), the measured value. */
export interface WasteFinding {
  nodeIds: string[];
  message: Message;
  /** The measured value behind the finding (its unit follows from the code); null for marks and tagged findings. */
  value: number | null;
  source: 'measured' | 'tagged';
}

/** One absolute measure of a waste's evidence (spec section 5), null when nothing was measured. */
export interface WasteMeasure {
  key: WasteMeasureKey;
  value: number | null;
  unit: QuantityUnit;
}

/** One of the eight wastes. `score` is null ("no data") when nothing was measurable. */
export interface WasteReport {
  category: WasteId;
  /** 0 to 1 from measured evidence; null means no data, never a made-up zero. */
  score: number | null;
  /** The evidence as absolute measures with units, in the order of WASTE_MEASURES. */
  measures: WasteMeasure[];
  findings: WasteFinding[];
}

/** One rung of the lead-time ladder: a step of the critical path. */
export interface TimelineRung {
  nodeId: string;
  type: VsmNodeType;
  label: string;
  /** Waiting days this step adds (stock, transport, shipment edge into it); 0 for process steps. */
  waitingDays: number;
  /** Processing seconds this step adds (processes and work cells); 0 for others. */
  processingTimeSec: number;
}

/** Load of one process or work cell against takt. */
export interface ProcessLoad {
  nodeId: string;
  type: ProcessNode['type'];
  /** The team's name for the step; '' when it has none. */
  label: string;
  cycleTimeSec: number | null;
  /** cycleTimeSec / (takt × machines × uptime); null without takt or cycle time. */
  load: number | null;
}

/**
 * Everything the analyzer computes for one map state (spec sections 4 and 5). The metrics
 * (`src/domain/metrics.ts` lists them, their units and order) are fields of this object.
 */
export interface MapAnalysis {
  taktTimeSec: number | null;
  dailyDemand: number | null;
  availableSecondsPerDay: number;
  leadTimeDays: number | null;
  waitingTimeDays: number | null;
  processingTimeSec: number | null;
  valueAddedTimeSec: number | null;
  valueAddedRatio: number | null;
  /** Units over all stocks; a stock given only in days counts days × daily demand. */
  inventoryUnits: number | null;
  /** Days over all stocks; a stock given only in units counts quantity / daily demand. */
  inventoryDays: number | null;
  inventoryTurns: number | null;
  /** Node ids in flow order. */
  criticalPath: string[];
  timeline: TimelineRung[];
  loads: ProcessLoad[];
  bottleneckId: string | null;
  /** The bottleneck's load against takt; null without takt or bottleneck. */
  bottleneckLoad: number | null;
  labourContentSec: number | null;
  operatorsNeeded: number | null;
  rolledThroughputYield: number | null;
  wastes: WasteReport[];
  /** Why a number could not be computed, nodes off the flow, and the like; each lists the metrics it leaves null. */
  warnings: AnalysisMessage[];
  /** Errors that stop the flow analysis, e.g. a loop in the material flow naming its nodes. */
  errors: AnalysisMessage[];
}
