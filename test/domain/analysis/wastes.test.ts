import { DEFAULT_WASTE_THRESHOLDS, analyzeMap, type WasteReport } from '../../../src/domain/analysis';
import type { MapState, VsmNodeType, WasteId } from '../../../src/domain/types';
import {
  aCustomer, aFifo, aKaizen, aLine, aMap, aNode, aProcess, aSupermarket, aSupplier, aTransport, anEdge, anInventory, chainEdges,
} from './build';

// Default settings: A = 55,200 s a day. Demand 920 a day → takt 60 s.
const demand = { demandPerDay: 920 };

function waste(map: MapState, category: WasteId, thresholds = {}): WasteReport {
  return analyzeMap(map, thresholds).wastes.find((w) => w.category === category)!;
}
const measured = (report: WasteReport) => report.findings.filter((f) => f.source === 'measured');
const ref = (id: string, type: VsmNodeType, name: string | null = null) => ({ id, type, name });
/** The absolute measures of a report by key. */
const measures = (report: WasteReport) => Object.fromEntries(report.measures.map((m) => [m.key, m.value]));

it('reports the eight wastes in DOWNTIME order with the default thresholds', () => {
  const analysis = analyzeMap(aLine([aProcess('p', { cycleTimeSec: 30 }), aCustomer('k', demand)]));
  expect(analysis.wastes.map((w) => w.category)).toEqual([
    'defects', 'overproduction', 'waiting', 'talent', 'transportation', 'inventory', 'motion', 'extra-processing',
  ]);
  expect(DEFAULT_WASTE_THRESHOLDS).toEqual({
    fastStepLoad: 0.7, overproducedStockDays: 1, minUptimePct: 90, maxChangeoverShareOfDay: 0.1,
    minOperatorUtilisation: 0.7, maxStockDays: 1,
  });
});

describe('defects', () => {
  it('scores 1 − rolled throughput yield and names scrap, quality problems and rework', () => {
    // Scrap 2 % and 5 %: RTY = 0.98 × 0.95 = 0.931; score 0.069.
    const map = aMap(
      [aProcess('p1', { cycleTimeSec: 10, scrapPct: 2 }), aProcess('p2', { cycleTimeSec: 10, scrapPct: 5 }), aCustomer('k', demand), aNode('quality', 'q', { ppm: 1200 })],
      [...chainEdges(['p1', 'p2', 'k']), anEdge('p2', 'p1', 'material', { rework: true })],
    );
    const report = waste(map, 'defects');
    expect(report.score).toBeCloseTo(0.069, 10);
    // Worst first by share of bad parts: p2 5 % = 0.05, p1 2 % = 0.02, q 1,200 ppm = 0.0012;
    // the rework loop has no measured value and comes last.
    expect(report.findings.map((f) => [f.nodeIds, f.value])).toEqual([
      [['p2'], 5], [['p1'], 2], [['q'], 1200], [['p2', 'p1'], null],
    ]);
    expect(report.findings[0]!.message).toEqual({ code: 'waste.scrap', params: { step: ref('p2', 'process'), scrapPct: 5 } });
    expect(report.findings[2]!.message).toEqual({ code: 'waste.qualityProblem', params: { node: ref('q', 'quality'), ppm: 1200 } });
    expect(report.findings[3]!.message).toEqual({
      code: 'waste.reworkLoop', params: { from: ref('p2', 'process'), to: ref('p1', 'process'), distanceM: null },
    });
    // Evidence in absolute terms: 1 − 0.931 = 0.069 of parts scrapped = 69,000 ppm; 1,200 ppm of
    // quality problems; one rework loop.
    expect(report.measures).toEqual([
      { key: 'scrapPpm', value: expect.closeTo(69_000, 6), unit: 'ppm' },
      { key: 'qualityPpm', value: 1200, unit: 'ppm' },
      { key: 'reworkLoops', value: 1, unit: 'count' },
    ]);
  });

  it('scores 0 when scrap 0 is entered, and says no data when none is', () => {
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 10, scrapPct: 0 }), aCustomer('k', demand)]), 'defects')).toEqual({
      category: 'defects', score: 0, findings: [],
      // No quality symbol with ppm: that measure has no data; scrap 0 ppm and 0 rework loops were measured.
      measures: [{ key: 'scrapPpm', value: 0, unit: 'ppm' }, { key: 'qualityPpm', value: null, unit: 'ppm' }, { key: 'reworkLoops', value: 0, unit: 'count' }],
    });
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 10 }), aCustomer('k', demand)]), 'defects').score).toBeNull();
  });
});

describe('overproduction', () => {
  it('counts push links between consecutive processes through stocks; a pulled supermarket is not push', () => {
    // P1 →push I →push P2 →push SM ⇢withdrawal P3 → Customer.
    // Links: P1–P2 push, P2–P3 pull → 1 of 2 = 0.5.
    const map = aMap(
      [aProcess('p1', { cycleTimeSec: 50 }), anInventory('i', { days: 1 }), aProcess('p2', { cycleTimeSec: 50 }), aSupermarket('sm', { days: 1 }), aProcess('p3', { cycleTimeSec: 50 }), aCustomer('k', demand)],
      [anEdge('p1', 'i'), anEdge('i', 'p2'), anEdge('p2', 'sm'), anEdge('sm', 'p3', 'withdrawal'), anEdge('p3', 'k')],
    );
    const report = waste(map, 'overproduction');
    expect(report.score).toBe(0.5);
    expect(measured(report).map((f) => f.nodeIds)).toEqual([['p1', 'p2']]);
  });

  it('does not count a FIFO lane or plain material moves as push', () => {
    // P1 →push FIFO →material P2 →material P3: 0 push links of 2.
    const map = aMap(
      [aProcess('p1', { cycleTimeSec: 50 }), aFifo('f', { days: 0.5 }), aProcess('p2', { cycleTimeSec: 50 }), aProcess('p3', { cycleTimeSec: 50 }), aCustomer('k', demand)],
      [anEdge('p1', 'f'), anEdge('f', 'p2', 'material'), anEdge('p2', 'p3', 'material'), anEdge('p3', 'k', 'material')],
    );
    // Loads 50 / 60 = 0.83: no step faster than takt, so 0 days of stock made ahead.
    expect(waste(map, 'overproduction')).toEqual({
      category: 'overproduction', score: 0, findings: [],
      measures: [{ key: 'pushLinks', value: 0, unit: 'count' }, { key: 'overproducedStockDays', value: 0, unit: 'days' }],
    });
  });

  it('says no data with fewer than two linked processes', () => {
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 50 }), aCustomer('k', demand)]), 'overproduction').score).toBeNull();
  });

  it('flags a step faster than takt feeding more than a day of stock', () => {
    // Press C/T 30 s: load 30 / 60 = 0.5 < 0.7, feeds I of 1,840 / 920 = 2 days > 1.
    const map = aLine([aProcess('p', { name: 'Press', cycleTimeSec: 30 }), anInventory('i', { quantity: 1840 }), aCustomer('k', demand)]);
    const findings = measured(waste(map, 'overproduction'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.nodeIds).toEqual(['p', 'i']);
    expect(findings[0]!.value).toBe(2);
    expect(findings[0]!.message).toEqual({
      code: 'waste.fastStep',
      params: { step: ref('p', 'process', 'Press'), load: 0.5, fastStepLoad: 0.7, stock: ref('i', 'inventory'), stockDays: 2 },
    });
    expect(measures(waste(map, 'overproduction'))).toEqual({ pushLinks: 0, overproducedStockDays: 2 });
  });

  it('does not flag a step near takt or a small stock', () => {
    // C/T 48: load 0.8 ≥ 0.7. C/T 30 but 920 units = 1 day, not more than 1.
    const nearTakt = aLine([aProcess('p', { cycleTimeSec: 48 }), anInventory('i', { quantity: 1840 }), aCustomer('k', demand)]);
    const smallStock = aLine([aProcess('p', { cycleTimeSec: 30 }), anInventory('i', { quantity: 920 }), aCustomer('k', demand)]);
    expect(measured(waste(nearTakt, 'overproduction'))).toEqual([]);
    expect(measured(waste(smallStock, 'overproduction'))).toEqual([]);
  });
});

describe('waiting', () => {
  it('flags low uptime and long changeovers; score is the mean downtime share of flagged steps', () => {
    // Press uptime 85 % → share 0.15. Mould changeover 6,000 s = 6,000 / 55,200 = 10.87 % > 10 % → 0.108696.
    // Pack uptime 95 %, changeover 3,600 s (6.5 %): not flagged. Mean of 0.15 and 0.108696 = 0.129348.
    const map = aLine([
      aProcess('p1', { name: 'Press', cycleTimeSec: 30, uptimePct: 85 }),
      aProcess('p2', { name: 'Mould', cycleTimeSec: 30, changeoverSec: 6000 }),
      aProcess('p3', { name: 'Pack', cycleTimeSec: 30, uptimePct: 95, changeoverSec: 3600 }),
      aCustomer('k', demand),
    ]);
    const report = waste(map, 'waiting');
    expect(report.score).toBeCloseTo((0.15 + 6000 / 55_200) / 2, 10);
    expect(report.findings.map((f) => [f.nodeIds[0], f.value])).toEqual([['p1', 85], ['p2', 6000]]);
    expect(report.findings[1]!.message).toEqual({
      code: 'waste.longChangeover',
      params: { step: ref('p2', 'process', 'Mould'), changeoverSec: 6000, shareOfDay: 6000 / 55_200, availableSecondsPerDay: 55_200, maxShareOfDay: 0.1 },
    });
    // Downtime a day of the flagged steps: 0.15 × 55,200 = 8,280 s + 6,000 s = 14,280 s.
    expect(measures(report).downtimeSec).toBeCloseTo(14_280, 6);
  });

  it('scores 0 when nothing is flagged, no data without uptime or changeover', () => {
    const fine = aLine([aProcess('p', { cycleTimeSec: 30, uptimePct: 95, changeoverSec: 600 }), aCustomer('k', demand)]);
    expect(waste(fine, 'waiting')).toEqual({ category: 'waiting', score: 0, findings: [], measures: [{ key: 'downtimeSec', value: 0, unit: 'sec' }] });
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 30 }), aCustomer('k', demand)]), 'waiting').score).toBeNull();
  });

  it('follows an adjusted threshold', () => {
    const map = aLine([aProcess('p', { cycleTimeSec: 30, uptimePct: 85 }), aCustomer('k', demand)]);
    expect(waste(map, 'waiting', { minUptimePct: 80 }).findings).toEqual([]);
    // An undefined threshold keeps the default (90 %): 85 % is still flagged.
    expect(waste(map, 'waiting', { minUptimePct: undefined }).findings).toHaveLength(1);
  });
});

describe('non-utilized talent', () => {
  it('flags operator utilisation below 70 %; score 1 − mean utilisation', () => {
    // Sort: 30 s / (60 × 1) = 0.5 → flagged (50 %). Cell: 168 / (60 × 3) = 0.9333.
    // Score = 1 − (0.5 + 0.9333) / 2 = 0.28333.
    const map = aLine([
      aProcess('p', { name: 'Sort', cycleTimeSec: 30 }),
      aNode('workcell', 'c', { cycleTimeSec: 56, processingTimeSec: 168, operators: 3 }),
      aCustomer('k', demand),
    ]);
    const report = waste(map, 'talent');
    expect(report.score).toBeCloseTo(1 - (0.5 + 168 / 180) / 2, 10);
    expect(report.findings.map((f) => [f.nodeIds, f.value])).toEqual([[['p'], 50]]);
    // Idle operator time per part: Sort 60 × 1 − 30 = 30 s, Cell 60 × 3 − 168 = 12 s → 42 s.
    expect(measures(report)).toEqual({ idleOperatorSec: 42 });
  });

  it('does not flag a busy operator and says no data without takt', () => {
    // 48 / 60 = 0.8 ≥ 0.7: no finding, score 0.2.
    const busy = waste(aLine([aProcess('p', { cycleTimeSec: 48 }), aCustomer('k', demand)]), 'talent');
    expect(busy.findings).toEqual([]);
    expect(busy.score).toBeCloseTo(0.2, 10);
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 48 })]), 'talent').score).toBeNull();
  });
});

describe('transportation', () => {
  it('scores transport steps over all steps inside the flow and names distances', () => {
    // Supplier =shipment=> I1 → P1 → Truck → I2 → P2 → Customer; P1 → P2 carries 40 m.
    // Steps: I1, P1, Truck, I2, P2 + the shipment = 6; transport steps: Truck + shipment = 2 → 1/3.
    const map = aMap(
      [aSupplier('s'), anInventory('i1', { days: 1 }), aProcess('p1', { cycleTimeSec: 30 }), aTransport('t', { mode: 'truck', transitDays: 0.5 }), anInventory('i2', { days: 1 }), aProcess('p2', { cycleTimeSec: 30 }), aCustomer('k', demand)],
      [anEdge('s', 'i1', 'shipment', { transitDays: 2 }), anEdge('i1', 'p1'), anEdge('p1', 't'), anEdge('t', 'i2'), anEdge('i2', 'p2', 'material', { distanceM: 40 }), anEdge('p2', 'k')],
    );
    const report = waste(map, 'transportation');
    expect(report.score).toBeCloseTo(1 / 3, 10);
    // Transport steps by transit days (shipment 2, truck 0.5), then distances (metres rank apart).
    expect(report.findings.map((f) => [f.nodeIds, f.value])).toEqual([[['s', 'i1'], 2], [['t'], 0.5], [['i2', 'p2'], 40]]);
    expect(report.findings[2]!.message).toEqual({
      code: 'waste.distance', params: { from: ref('i2', 'inventory'), to: ref('p2', 'process'), distanceM: 40 },
    });
    // Transit 2 + 0.5 = 2.5 days, 40 m moved, 2 transport moves.
    expect(measures(report)).toEqual({ transitDays: 2.5, distanceM: 40, transportMoves: 2 });
  });

  it('scores 0 without transport and ignores a truck off the flow', () => {
    const map = aMap(
      [aProcess('p', { cycleTimeSec: 30 }), aCustomer('k', demand), aTransport('t', { transitDays: 3 })],
      [anEdge('p', 'k')],
    );
    expect(waste(map, 'transportation')).toEqual({
      category: 'transportation', score: 0, findings: [],
      measures: [
        { key: 'transitDays', value: 0, unit: 'days' }, { key: 'distanceM', value: null, unit: 'm' }, { key: 'transportMoves', value: 0, unit: 'count' },
      ],
    });
  });
});

describe('inventory', () => {
  it('flags stock above 1 day; score = days above the threshold on the critical path / lead time', () => {
    // I1 5 days, I2 0.5 days, P C/T 60: lead = 5.5 + 60 / 55,200 = 5.50108696 days.
    // Excess = (5 − 1) = 4 days → 4 / 5.50108696 = 0.727129.
    const map = aLine([anInventory('i1', { days: 5 }), aProcess('p', { cycleTimeSec: 60 }), anInventory('i2', { days: 0.5 }), aCustomer('k', demand)]);
    const report = waste(map, 'inventory');
    expect(report.score).toBeCloseTo(4 / 5.50108696, 6);
    expect(report.findings.map((f) => [f.nodeIds, f.value])).toEqual([[['i1'], 5]]);
    expect(report.findings[0]!.message).toEqual({
      code: 'waste.excessStock', params: { stock: ref('i1', 'inventory'), stockDays: 5, units: 4600, maxStockDays: 1 },
    });
    // 5 days × 920 a day = 4,600 units (given in days only). Days above 1: 5 − 1 = 4.
    expect(measures(report)).toEqual({ excessStockDays: 4 });
  });

  it('scores 0 with small stocks and follows an adjusted threshold', () => {
    const small = aLine([anInventory('i', { days: 1 }), aProcess('p', { cycleTimeSec: 60 }), aCustomer('k', demand)]);
    const none = [{ key: 'excessStockDays', value: 0, unit: 'days' }];
    expect(waste(small, 'inventory')).toEqual({ category: 'inventory', score: 0, findings: [], measures: none });
    const big = aLine([anInventory('i', { days: 5 }), aProcess('p', { cycleTimeSec: 60 }), aCustomer('k', demand)]);
    expect(waste(big, 'inventory', { maxStockDays: 10 })).toEqual({ category: 'inventory', score: 0, findings: [], measures: none });
  });
});

describe('motion', () => {
  it('scores total motion over total processing', () => {
    // Motion 12 s of 60 + 40 = 100 s processing → 0.12.
    const map = aLine([aProcess('p1', { cycleTimeSec: 60, motionSec: 12 }), aProcess('p2', { cycleTimeSec: 40 }), aCustomer('k', demand)]);
    const report = waste(map, 'motion');
    expect(report.score).toBeCloseTo(0.12, 10);
    expect(report.findings.map((f) => [f.nodeIds, f.value])).toEqual([[['p1'], 12]]);
    expect(measures(report)).toEqual({ motionSec: 12 });
  });

  it('scores 0 for motion 0 and says no data when no motion is entered', () => {
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 60, motionSec: 0 }), aCustomer('k', demand)]), 'motion'))
      .toEqual({ category: 'motion', score: 0, findings: [], measures: [{ key: 'motionSec', value: 0, unit: 'sec' }] });
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 60 }), aCustomer('k', demand)]), 'motion').score).toBeNull();
  });
});

describe('extra processing', () => {
  it('scores non-value-added processing over processing, inspection included', () => {
    // Weld 60 s with 45 s VA → 15 s; Inspect 20 s → 20 s; Pack 20 s → 0. (15 + 20) / 100 = 0.35.
    const map = aLine([
      aProcess('p1', { cycleTimeSec: 60, valueAddedSec: 45 }), aProcess('p2', { cycleTimeSec: 20, kind: 'inspection' }),
      aProcess('p3', { cycleTimeSec: 20 }), aCustomer('k', demand),
    ]);
    const report = waste(map, 'extra-processing');
    expect(report.score).toBeCloseTo(0.35, 10);
    // Most non-value-added seconds first: Inspect 20 s, then Weld 15 s.
    expect(report.findings.map((f) => [f.nodeIds, f.value])).toEqual([[['p2'], 20], [['p1'], 15]]);
    expect(report.findings[0]!.message).toEqual({ code: 'waste.inspection', params: { step: ref('p2', 'process'), nonValueAddedSec: 20 } });
    expect(measures(report)).toEqual({ nonValueAddedSec: 35 });
  });

  it('scores 0 when all processing is value-added and says no data when nobody said', () => {
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 60, valueAddedSec: 60 }), aCustomer('k', demand)]), 'extra-processing'))
      .toEqual({ category: 'extra-processing', score: 0, findings: [], measures: [{ key: 'nonValueAddedSec', value: 0, unit: 'sec' }] });
    expect(waste(aLine([aProcess('p', { cycleTimeSec: 60 }), aCustomer('k', demand)]), 'extra-processing').score).toBeNull();
  });
});

describe('tagged findings', () => {
  it('lists waste tags and kaizen bursts apart from measured findings, score unchanged', () => {
    const map = aMap(
      [aProcess('p', { name: 'Sort', cycleTimeSec: 60, wasteTags: ['motion', 'motion', 'waiting'] }), aCustomer('k', demand),
        aKaizen('kz', { title: 'Shadow board', waste: 'motion', stepId: 'p' })],
      [anEdge('p', 'k')],
    );
    const report = waste(map, 'motion');
    expect(report.score).toBeNull();
    expect(report.findings).toEqual([
      { nodeIds: ['p'], message: { code: 'waste.tagged', params: { node: ref('p', 'process', 'Sort') } }, value: null, source: 'tagged' },
      {
        nodeIds: ['kz', 'p'],
        message: { code: 'waste.kaizen', params: { burst: ref('kz', 'kaizen', 'Shadow board'), step: ref('p', 'process', 'Sort') } },
        value: null, source: 'tagged',
      },
    ]);
    expect(waste(map, 'waiting').findings.map((f) => f.source)).toEqual(['tagged']);
  });

  it('skips tags that are not waste ids without throwing', () => {
    const map = aMap([aProcess('p', { wasteTags: ['constructor', '__proto__'] as never })], []);
    expect(analyzeMap(map).wastes.every((w) => w.findings.length === 0)).toBe(true);
  });
});
