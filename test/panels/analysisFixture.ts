import type { MapAnalysis } from '../../src/domain/analysis/types';
import { WASTE_MEASURES } from '../../src/domain/metrics';
import type { WasteId } from '../../src/domain/types';

const ref = (id: string, type: 'process' | 'workcell' | 'inventory', name: string) => ({ id, type, name });
/** The measures of a waste with no data. */
const noMeasures = (category: WasteId) => WASTE_MEASURES[category].map(({ key, unit }) => ({ key, unit, value: null }));

/**
 * A hand-built analysis of a small stamping line, worked out by hand:
 *   A = 27,600 s × 2 shifts = 55,200 s a day; demand D = 920 a day; takt = 55,200 / 920 = 60 s.
 *   Stock days = quantity / 920: Coils 4,600 → 5.0 d, Stamped 4,140 → 4.5 d,
 *     Welded 6,440 → 7.0 d, Finished 6,532 → 7.1 d; waiting = 23.6 d; units = 21,712.
 *   Processing = Stamping 39 + Welding 62 + Assembly cell 87 (3 operators × 29 s) = 188 s.
 *   Lead time = 23.6 + 188 / 55,200 = 23.6034 d.  Value-added 150 s:
 *     ratio = 150 / (23.6034 × 55,200) = 0.0001151 → "0.01 %".
 *   Turns = 20 × 12 / 23.6034 = 10.17 → "10.2".  Labour content 188 s; operators = 188 / 60 = 3.13.
 *   Loads: Stamping 39/60 = 0.65, Welding 62/60 = 1.0333 (bottleneck), Assembly 29/60 = 0.4833.
 *   Rolled throughput yield = (1 − 0.02) × (1 − 0.05) = 0.931.
 */
export function anAnalysis(overrides: Partial<MapAnalysis> = {}): MapAnalysis {
  return {
    taktTimeSec: 60,
    dailyDemand: 920,
    availableSecondsPerDay: 55_200,
    leadTimeDays: 23.6034,
    waitingTimeDays: 23.6,
    processingTimeSec: 188,
    valueAddedTimeSec: 150,
    valueAddedRatio: 0.0001151,
    inventoryUnits: 21_712,
    inventoryDays: 23.6,
    inventoryTurns: 10.168,
    criticalPath: ['sup', 'i-coils', 'p-stamp', 'i-stamped', 'p-weld', 'i-welded', 'p-assy', 'i-finished', 'cust'],
    timeline: [
      { nodeId: 'i-coils', type: 'inventory', label: 'Coils', waitingDays: 5, processingTimeSec: 0 },
      { nodeId: 'p-stamp', type: 'process', label: 'Stamping', waitingDays: 0, processingTimeSec: 39 },
      { nodeId: 'i-stamped', type: 'inventory', label: 'Stamped', waitingDays: 4.5, processingTimeSec: 0 },
      { nodeId: 'p-weld', type: 'process', label: 'Welding', waitingDays: 0, processingTimeSec: 62 },
      { nodeId: 'i-welded', type: 'inventory', label: 'Welded', waitingDays: 7, processingTimeSec: 0 },
      { nodeId: 'p-assy', type: 'workcell', label: 'Assembly', waitingDays: 0, processingTimeSec: 87 },
      { nodeId: 'i-finished', type: 'inventory', label: 'Finished', waitingDays: 7.1, processingTimeSec: 0 },
    ],
    loads: [
      { nodeId: 'p-stamp', type: 'process', label: 'Stamping', cycleTimeSec: 39, load: 0.65 },
      { nodeId: 'p-weld', type: 'process', label: 'Welding', cycleTimeSec: 62, load: 62 / 60 },
      { nodeId: 'p-assy', type: 'process', label: 'Assembly', cycleTimeSec: 29, load: 29 / 60 },
    ],
    bottleneckId: 'p-weld',
    bottleneckLoad: 62 / 60,
    labourContentSec: 188,
    operatorsNeeded: 188 / 60,
    rolledThroughputYield: 0.98 * 0.95,
    wastes: [
      {
        category: 'defects', score: 1 - 0.931,
        // 0.069 × 1,000,000 = 69,000 ppm scrapped on the critical path.
        measures: [
          { key: 'scrapPpm', value: 69_000, unit: 'ppm' }, { key: 'qualityPpm', value: null, unit: 'ppm' },
          { key: 'reworkLoops', value: 0, unit: 'count' },
        ],
        findings: [
          { nodeIds: ['p-stamp'], message: { code: 'waste.scrap', params: { step: ref('p-stamp', 'process', 'Stamping'), scrapPct: 2 } }, value: 2, source: 'measured' },
          { nodeIds: ['p-weld'], message: { code: 'waste.scrap', params: { step: ref('p-weld', 'process', 'Welding'), scrapPct: 5 } }, value: 5, source: 'measured' },
          {
            nodeIds: ['p-weld', 'k1'],
            message: { code: 'waste.kaizen', params: { burst: { id: 'k1', type: 'kaizen', name: 'Weld spatter rework' }, step: ref('p-weld', 'process', 'Welding') } },
            value: null, source: 'tagged',
          },
        ],
      },
      {
        category: 'overproduction', score: 1,
        measures: [{ key: 'pushLinks', value: 1, unit: 'count' }, { key: 'overproducedStockDays', value: 0, unit: 'days' }],
        findings: [{
          nodeIds: ['p-stamp', 'p-weld'],
          message: { code: 'waste.pushLink', params: { from: ref('p-stamp', 'process', 'Stamping'), to: ref('p-weld', 'process', 'Welding') } },
          value: null, source: 'measured',
        }],
      },
      {
        category: 'waiting', score: null, measures: noMeasures('waiting'),
        findings: [{ nodeIds: ['p-assy'], message: { code: 'waste.tagged', params: { node: ref('p-assy', 'workcell', 'Assembly') } }, value: null, source: 'tagged' }],
      },
      { category: 'talent', score: 0, measures: [{ key: 'idleOperatorSec', value: 0, unit: 'sec' }], findings: [] },
      { category: 'transportation', score: null, measures: noMeasures('transportation'), findings: [] },
      {
        category: 'inventory', score: 19.6 / 23.6034,
        measures: [{ key: 'excessStockDays', value: 19.6, unit: 'days' }],
        findings: [{
          nodeIds: ['i-coils'],
          message: { code: 'waste.excessStock', params: { stock: ref('i-coils', 'inventory', 'Coils'), stockDays: 5, units: 4600, maxStockDays: 1 } },
          value: 5, source: 'measured',
        }],
      },
      { category: 'motion', score: null, measures: noMeasures('motion'), findings: [] },
      { category: 'extra-processing', score: null, measures: noMeasures('extra-processing'), findings: [] },
    ],
    warnings: [],
    errors: [],
    ...overrides,
  };
}
