/**
 * The one catalog of the metrics of a map (spec section 4): each metric's key (a field of
 * `MapAnalysis`), its unit, which direction is better, the analysis messages that can leave it
 * uncomputed, the metrics it is computed from, and the order every view shows them in (this
 * list's order). The analyzer, the comparison, the command line and the panels read it; the
 * names of the metrics in each language are in `src/i18n/domain/`.
 *
 * A new metric: compute it in the analyzer (a field of MapAnalysis), add it here, and name it in
 * `src/i18n/domain/en.ts` and `id.ts`.
 */
import type { MapAnalysis } from './analysis/types';
import type { Message, MessageCode, QuantityUnit } from './messages';
import type { WasteId } from './types';

/** Whether a smaller or a bigger number is the improvement; `none` for figures that are not a verdict (demand, takt). */
export type BetterWhen = 'lower' | 'higher' | 'none';

/** The unit of a metric: a quantity, or `node` for the bottleneck, which is a step. */
export type MetricUnit = QuantityUnit | 'node';

export interface MetricSpec {
  unit: MetricUnit;
  better: BetterWhen;
  /** Analysis messages (warnings and errors) that can leave this metric null. */
  unavailableBy: readonly MessageCode[];
  /** The metrics it is computed from: when it is null and no message names it, theirs is the reason. */
  dependsOn: readonly MetricKey[];
  /** One of the headline figures of the metrics panel. */
  headline: boolean;
  /** A figure shown beside this one in a panel (inventory days with the unit count). */
  shownWith?: MetricKey;
}

/** Every metric, in the order views show them. */
export const METRIC_KEYS = [
  'dailyDemand', 'availableSecondsPerDay', 'taktTimeSec', 'leadTimeDays', 'waitingTimeDays', 'processingTimeSec',
  'valueAddedTimeSec', 'valueAddedRatio', 'inventoryUnits', 'inventoryDays', 'inventoryTurns', 'bottleneckId',
  'bottleneckLoad', 'labourContentSec', 'operatorsNeeded', 'rolledThroughputYield',
] as const satisfies readonly (keyof MapAnalysis)[];

export type MetricKey = (typeof METRIC_KEYS)[number];
/** The metrics that are numbers (all but the bottleneck, which is a step). */
export type NumericMetricKey = Exclude<MetricKey, 'bottleneckId'>;

const NO_DEMAND: readonly MessageCode[] = ['analysis.noCustomer', 'analysis.noDemand'];
const NO_TAKT: readonly MessageCode[] = [...NO_DEMAND, 'analysis.zeroDemand', 'analysis.noAvailableTime'];
const NO_PATH: readonly MessageCode[] = ['analysis.noFlowToCustomer', 'analysis.materialLoop'];
const NO_WAITING: readonly MessageCode[] = [...NO_PATH, 'analysis.stockWithoutDaysOnPath'];
const NO_LEAD_TIME: readonly MessageCode[] = [...NO_WAITING, 'analysis.noAvailableTime'];
const NO_BOTTLENECK: readonly MessageCode[] = ['analysis.noProcess', 'analysis.noBottleneck'];

export const METRICS: Readonly<Record<MetricKey, MetricSpec>> = {
  dailyDemand: { unit: 'unitsPerDay', better: 'none', unavailableBy: NO_DEMAND, dependsOn: [], headline: true },
  availableSecondsPerDay: { unit: 'sec', better: 'none', unavailableBy: [], dependsOn: [], headline: false },
  taktTimeSec: {
    unit: 'sec', better: 'none', unavailableBy: NO_TAKT, dependsOn: ['dailyDemand', 'availableSecondsPerDay'], headline: true,
  },
  leadTimeDays: {
    unit: 'days', better: 'lower', unavailableBy: NO_LEAD_TIME, dependsOn: ['waitingTimeDays', 'processingTimeSec'], headline: true,
  },
  waitingTimeDays: { unit: 'days', better: 'lower', unavailableBy: NO_WAITING, dependsOn: [], headline: false },
  processingTimeSec: { unit: 'sec', better: 'lower', unavailableBy: NO_PATH, dependsOn: [], headline: true },
  // Value-added time is the work the customer pays for: neither more nor less is the aim.
  valueAddedTimeSec: { unit: 'sec', better: 'none', unavailableBy: NO_PATH, dependsOn: ['processingTimeSec'], headline: true },
  valueAddedRatio: {
    unit: 'ratio', better: 'higher', unavailableBy: [...NO_LEAD_TIME, 'analysis.leadTimeZero'],
    dependsOn: ['leadTimeDays', 'valueAddedTimeSec'], headline: true,
  },
  inventoryUnits: { unit: 'units', better: 'lower', unavailableBy: ['analysis.stockUnitsUnknown'], dependsOn: [], headline: false },
  inventoryDays: {
    unit: 'days', better: 'lower', unavailableBy: ['analysis.stockWithoutDays'], dependsOn: [], headline: true,
    shownWith: 'inventoryUnits',
  },
  inventoryTurns: {
    unit: 'perYear', better: 'higher', unavailableBy: [...NO_LEAD_TIME, 'analysis.leadTimeZero'], dependsOn: ['leadTimeDays'],
    headline: true,
  },
  bottleneckId: { unit: 'node', better: 'none', unavailableBy: NO_BOTTLENECK, dependsOn: [], headline: false },
  bottleneckLoad: {
    unit: 'ratio', better: 'lower', unavailableBy: [...NO_BOTTLENECK, ...NO_TAKT], dependsOn: ['bottleneckId', 'taktTimeSec'],
    headline: false,
  },
  labourContentSec: { unit: 'sec', better: 'lower', unavailableBy: ['analysis.noProcess'], dependsOn: [], headline: true },
  operatorsNeeded: {
    unit: 'operators', better: 'lower', unavailableBy: ['analysis.noProcess', ...NO_TAKT],
    dependsOn: ['labourContentSec', 'taktTimeSec'], headline: true,
  },
  rolledThroughputYield: { unit: 'ratio', better: 'higher', unavailableBy: NO_PATH, dependsOn: [], headline: true },
};

/** Every metric with its spec, in display order. */
export const METRIC_LIST: readonly (MetricSpec & { key: MetricKey })[] = METRIC_KEYS.map((key) => ({ key, ...METRICS[key] }));

/** The numeric metrics in display order (what a comparison lists). */
export const NUMERIC_METRIC_KEYS: readonly NumericMetricKey[] = METRIC_KEYS.filter(
  (key): key is NumericMetricKey => METRICS[key].unit !== 'node',
);

const UNAVAILABLE_BY_CODE = new Map<MessageCode, MetricKey[]>();
for (const key of METRIC_KEYS) {
  for (const code of METRICS[key].unavailableBy) {
    const list = UNAVAILABLE_BY_CODE.get(code) ?? [];
    list.push(key);
    UNAVAILABLE_BY_CODE.set(code, list);
  }
}

/** The metrics a message of this code leaves uncomputed, in display order (empty for most codes). */
export function metricsUnavailableBy(code: MessageCode): MetricKey[] {
  return [...(UNAVAILABLE_BY_CODE.get(code) ?? [])];
}

/** The value of a numeric metric in an analysis. */
export function metricValue(analysis: MapAnalysis, key: NumericMetricKey): number | null {
  return analysis[key];
}

/** Where a view looks for the reason of a missing metric. */
export interface MessageSource {
  warnings: readonly (Message & { unavailable: readonly MetricKey[] })[];
  errors: readonly (Message & { unavailable: readonly MetricKey[] })[];
}

const NO_DATA: Message = { code: 'metric.noData', params: {} };

/**
 * Why a metric is null: the first error, then the first warning, that lists it as unavailable;
 * else the reason of a metric it is computed from (catalog order); else `metric.noData`. Returns
 * the very object of the analysis, so a view can point to it in its list.
 */
export function missingReason(analysis: MessageSource, key: MetricKey): Message {
  return findReason(analysis, key, new Set()) ?? NO_DATA;
}

function findReason(analysis: MessageSource, key: MetricKey, seen: Set<MetricKey>): Message | undefined {
  if (seen.has(key)) return undefined;
  seen.add(key);
  const own = analysis.errors.find((m) => m.unavailable.includes(key)) ?? analysis.warnings.find((m) => m.unavailable.includes(key));
  if (own !== undefined) return own;
  for (const from of METRICS[key].dependsOn) {
    const reason = findReason(analysis, from, seen);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/**
 * The absolute evidence of each waste beside its 0..1 score (spec section 5), with its unit. A
 * share can grow when its denominator shrinks (merging steps while the trucks stay), so the
 * comparison of two states compares these. Less is better for every one of them.
 */
export const WASTE_MEASURES = {
  defects: [
    { key: 'scrapPpm', unit: 'ppm' }, // (1 − rolled throughput yield) × 1,000,000 on the critical path
    { key: 'qualityPpm', unit: 'ppm' }, // Σ ppm of the quality problems
    { key: 'reworkLoops', unit: 'count' },
  ],
  overproduction: [
    { key: 'pushLinks', unit: 'count' },
    { key: 'overproducedStockDays', unit: 'days' }, // Σ stock days fed by steps faster than takt
  ],
  waiting: [{ key: 'downtimeSec', unit: 'sec' }], // Σ downtime a day of the flagged steps
  talent: [{ key: 'idleOperatorSec', unit: 'sec' }], // Σ (takt × operators − processing) per part, manned steps
  transportation: [
    { key: 'transitDays', unit: 'days' },
    { key: 'distanceM', unit: 'm' },
    { key: 'transportMoves', unit: 'count' },
  ],
  inventory: [{ key: 'excessStockDays', unit: 'days' }], // Σ days above the threshold, every stock
  motion: [{ key: 'motionSec', unit: 'sec' }],
  'extra-processing': [{ key: 'nonValueAddedSec', unit: 'sec' }],
} as const satisfies Record<WasteId, readonly { key: string; unit: QuantityUnit }[]>;

export type WasteMeasureKey = (typeof WASTE_MEASURES)[WasteId][number]['key'];
