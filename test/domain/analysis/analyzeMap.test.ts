import { analyzeMap, type MapAnalysis } from '../../../src/domain/analysis';
import { missingReason } from '../../../src/domain/metrics';
import type { VsmNodeType } from '../../../src/domain/types';
import { renderMessage } from '../../../src/i18n/domain';
import {
  aCustomer, aLine, aMap, aNode, aProcess, aSupplier, aTransport, aWorkcell, anEdge, anInventory, chainEdges,
} from './build';

// Default settings throughout: A = 27,600 s × 2 shifts = 55,200 s a day, 20 working days a month.
const A = 55_200;

/** The warning of this code, or undefined. */
const warning = (analysis: MapAnalysis, code: string) => analysis.warnings.find((w) => w.code === code);
const ref = (id: string, type: VsmNodeType, name: string | null = null) => ({ id, type, name });

/** Every number of the analysis is finite or null: no Infinity or NaN reaches the UI or JSON. */
function expectOnlyFiniteNumbers(analysis: MapAnalysis) {
  JSON.stringify(analysis, (_key, value: unknown) => {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    return value;
  });
}

describe('analyzeMap on a straight line', () => {
  // Supplier → I1 (1,840 units) → Cut (C/T 30 s) → I2 (3 days) → Weld (C/T 45 s, VA 40 s) → Customer (920 a day).
  // D = 920/day, takt = 55,200 / 920 = 60 s. I1 = 1,840 / 920 = 2 days. Waiting = 2 + 3 = 5 days.
  // Processing = 30 + 45 = 75 s. Lead time = 5 + 75 / 55,200 = 5.0013587 days.
  // VA = 30 + 40 = 70 s; ratio = 70 / (5.0013587 × 55,200) = 70 / 276,075 = 0.00025355.
  // Turns = 20 × 12 / 5.0013587 = 47.987. Loads: Cut 30/60 = 0.5, Weld 45/60 = 0.75 → bottleneck Weld.
  // Labour content 75 s; operators needed 75 / 60 = 1.25.
  const map = aLine([
    aSupplier('s'),
    anInventory('i1', { quantity: 1840 }),
    aProcess('p1', { name: 'Cut', cycleTimeSec: 30 }),
    anInventory('i2', { days: 3 }),
    aProcess('p2', { name: 'Weld', cycleTimeSec: 45, valueAddedSec: 40 }),
    aCustomer('k', { demandPerDay: 920 }),
  ]);
  const analysis = analyzeMap(map);

  it('computes demand, takt and the lead time ladder', () => {
    expect(analysis.dailyDemand).toBe(920);
    expect(analysis.availableSecondsPerDay).toBe(A);
    expect(analysis.taktTimeSec).toBe(60);
    expect(analysis.criticalPath).toEqual(['s', 'i1', 'p1', 'i2', 'p2', 'k']);
    expect(analysis.waitingTimeDays).toBeCloseTo(5, 10);
    expect(analysis.processingTimeSec).toBe(75);
    expect(analysis.valueAddedTimeSec).toBe(70);
    expect(analysis.leadTimeDays).toBeCloseTo(5.0013587, 6);
    expect(analysis.valueAddedRatio).toBeCloseTo(70 / 276_075, 10);
    expect(analysis.inventoryTurns).toBeCloseTo(47.987, 3);
    expect(analysis.timeline.map((r) => [r.nodeId, r.label, r.waitingDays, r.processingTimeSec])).toEqual([
      ['s', 'Supplier', 0, 0],
      ['i1', '', 2, 0],
      ['p1', 'Cut', 0, 30],
      ['i2', '', 3, 0],
      ['p2', 'Weld', 0, 45],
      ['k', '', 0, 0],
    ]);
  });

  it('computes loads, bottleneck, labour and inventory', () => {
    expect(analysis.loads).toEqual([
      { nodeId: 'p1', type: 'process', label: 'Cut', cycleTimeSec: 30, load: 0.5 },
      { nodeId: 'p2', type: 'process', label: 'Weld', cycleTimeSec: 45, load: 0.75 },
    ]);
    expect(analysis.bottleneckId).toBe('p2');
    expect(analysis.labourContentSec).toBe(75);
    expect(analysis.operatorsNeeded).toBe(1.25);
    // Units: 1,840 + I2's 3 days × 920 a day = 2,760 → 4,600; days: 2 + 3 = 5.
    expect(analysis.inventoryUnits).toBe(4600);
    expect(analysis.inventoryDays).toBe(5);
    // No scrap entered anywhere: yield 1, but the defects score says "no data".
    expect(analysis.rolledThroughputYield).toBe(1);
    expect(analysis.wastes.find((w) => w.category === 'defects')!.score).toBeNull();
    expect(analysis.warnings).toEqual([]);
    expect(analysis.errors).toEqual([]);
  });

  it('counts load with machines and uptime', () => {
    // Load = 45 / (60 × 2 machines × 0.75 uptime) = 45 / 90 = 0.5.
    const twoMachines = aLine([aProcess('p', { cycleTimeSec: 45, machines: 2, uptimePct: 75 }), aCustomer('k', { demandPerDay: 920 })]);
    expect(analyzeMap(twoMachines).loads[0]!.load).toBeCloseTo(0.5, 10);
  });

  it('multiplies scrap into the rolled throughput yield along the critical path', () => {
    // (1 − 0.02) × (1 − 0.05) = 0.98 × 0.95 = 0.931.
    const scrap = aLine([
      aProcess('p1', { cycleTimeSec: 10, scrapPct: 2 }), aProcess('p2', { cycleTimeSec: 10, scrapPct: 5 }),
      aCustomer('k', { demandPerDay: 920 }),
    ]);
    expect(analyzeMap(scrap).rolledThroughputYield).toBeCloseTo(0.931, 10);
  });
});

describe('the spec worked check', () => {
  it('turns 18,400 a month over 20 days into takt 60 s and 7,000 parts into 7.6 days', () => {
    // D = 18,400 / 20 = 920 a day; A = 27,600 × 2 = 55,200 s; takt = 55,200 / 920 = 60 s.
    // 7,000 / 920 = 7.6087 days of inventory.
    const map = aLine([
      anInventory('i', { quantity: 7000 }), aProcess('p', { cycleTimeSec: 55 }), aCustomer('k', { demandPerMonth: 18_400 }),
    ], { availableSecondsPerShift: 27_600, shiftsPerDay: 2, workingDaysPerMonth: 20 });
    const analysis = analyzeMap(map);
    expect(analysis.dailyDemand).toBe(920);
    expect(analysis.availableSecondsPerDay).toBe(55_200);
    expect(analysis.taktTimeSec).toBe(60);
    expect(analysis.inventoryDays).toBeCloseTo(7.6087, 4);
    expect(analysis.timeline[0]!.waitingDays).toBeCloseTo(7.6, 1);
  });
});

describe('parallel branches', () => {
  // Supplier → I0 (1 day) splits into
  //   A: PA (C/T 10 s) → IA1 (1 day) → IA2 (1 day) → IA3 (1 day) → Merge     3 days, 10 s
  //   B: PB (C/T 20 s) → IB (5 days) → PB2 (C/T 5 s) → Merge                5 days, 25 s
  // Merge (C/T 30 s) → Customer. B has fewer nodes but more days: B wins.
  // Waiting = 1 + 5 = 6 days; processing = 20 + 5 + 30 = 55 s; lead = 6 + 55 / 55,200 = 6.00099638 days.
  const nodes = [
    aSupplier('s'), anInventory('i0', { days: 1 }),
    aProcess('pa', { cycleTimeSec: 10 }), anInventory('ia1', { days: 1 }), anInventory('ia2', { days: 1 }), anInventory('ia3', { days: 1 }),
    aProcess('pb', { cycleTimeSec: 20 }), anInventory('ib', { days: 5 }), aProcess('pb2', { cycleTimeSec: 5 }),
    aProcess('m', { cycleTimeSec: 30 }), aCustomer('k', { demandPerDay: 920 }),
  ];
  const branchA = chainEdges(['i0', 'pa', 'ia1', 'ia2', 'ia3', 'm']);
  const branchB = chainEdges(['i0', 'pb', 'ib', 'pb2', 'm']);
  const ends = [anEdge('s', 'i0'), anEdge('m', 'k')];

  it.each([
    ['A first', [...ends, ...branchA, ...branchB]],
    ['B first', [...ends, ...branchB, ...branchA]],
  ])('takes the longer branch whatever the edge order (%s)', (_name, edges) => {
    const analysis = analyzeMap(aMap(nodes, edges));
    expect(analysis.criticalPath).toEqual(['s', 'i0', 'pb', 'ib', 'pb2', 'm', 'k']);
    expect(analysis.waitingTimeDays).toBe(6);
    expect(analysis.processingTimeSec).toBe(55);
    expect(analysis.leadTimeDays).toBeCloseTo(6.00099638, 7);
    // Inventory totals count every stock, on the path or not: 1 + 3 + 5 = 9 days.
    expect(analysis.inventoryDays).toBe(9);
  });

  it('lets processing time decide when waiting is equal', () => {
    // Two branches of 2 days each; C/T 100 s against 10 s: the 100 s branch is longer.
    const map = aMap(
      [anInventory('i', { days: 2 }), aProcess('slow', { cycleTimeSec: 100 }), aProcess('fast', { cycleTimeSec: 10 }), aCustomer('k', { demandPerDay: 1 })],
      [anEdge('i', 'fast'), anEdge('i', 'slow'), anEdge('fast', 'k'), anEdge('slow', 'k')],
    );
    expect(analyzeMap(map).criticalPath).toEqual(['i', 'slow', 'k']);
  });
});

describe('shipments and transport', () => {
  it('adds shipment edge transit days and transport nodes to waiting', () => {
    // Supplier =shipment 2 days=> I1 (1 day) → P (C/T 60 s) → Truck (1.5 days) → Customer.
    // Waiting = 2 + 1 + 1.5 = 4.5 days; the edge's 2 days sit on the rung of I1 (3 days there).
    const map = aMap(
      [aSupplier('s'), anInventory('i1', { days: 1 }), aProcess('p', { cycleTimeSec: 60 }), aTransport('t', { transitDays: 1.5 }), aCustomer('k', { demandPerDay: 920 })],
      [anEdge('s', 'i1', 'shipment', { transitDays: 2 }), anEdge('i1', 'p'), anEdge('p', 't'), anEdge('t', 'k', 'shipment')],
    );
    const analysis = analyzeMap(map);
    expect(analysis.waitingTimeDays).toBe(4.5);
    expect(analysis.timeline.find((r) => r.nodeId === 'i1')!.waitingDays).toBe(3);
    expect(analysis.timeline.find((r) => r.nodeId === 't')!.waitingDays).toBe(1.5);
  });

  it('ignores transitDays on edges that are not shipments', () => {
    const map = aMap(
      [anInventory('i1', { days: 1 }), aCustomer('k', { demandPerDay: 10 })],
      [anEdge('i1', 'k', 'push', { transitDays: 4 })],
    );
    expect(analyzeMap(map).waitingTimeDays).toBe(1);
  });
});

describe('rework loops and plain loops', () => {
  it('leaves a rework edge out of the flow: no error, lead time of the forward path', () => {
    // I (2 days) → Weld (C/T 30) → Check (C/T 20) → Customer, and Check ⇢ Weld marked rework.
    // Lead = 2 + 50 / 55,200 = 2.00090580 days.
    const map = aMap(
      [anInventory('i', { days: 2 }), aProcess('p1', { name: 'Weld', cycleTimeSec: 30 }), aProcess('p2', { name: 'Check', cycleTimeSec: 20 }), aCustomer('k', { demandPerDay: 920 })],
      [...chainEdges(['i', 'p1', 'p2', 'k']), anEdge('p2', 'p1', 'material', { rework: true })],
    );
    const analysis = analyzeMap(map);
    expect(analysis.errors).toEqual([]);
    expect(analysis.criticalPath).toEqual(['i', 'p1', 'p2', 'k']);
    expect(analysis.leadTimeDays).toBeCloseTo(2.0009058, 7);
    const defects = analysis.wastes.find((w) => w.category === 'defects')!;
    expect(defects.findings).toHaveLength(1);
    expect(defects.findings[0]!.nodeIds).toEqual(['p2', 'p1']);
  });

  it('reports a plain loop as an error naming its nodes, flow metrics null, no throw', () => {
    // P1 → I1 → P2 → P1 with no rework mark: a loop; takt still computes (60 s).
    const map = aMap(
      [aProcess('p1', { name: 'Press', cycleTimeSec: 30 }), anInventory('i1', { quantity: 920 }), aProcess('p2', { name: 'Paint', cycleTimeSec: 20 }), aCustomer('k', { demandPerDay: 920 })],
      [anEdge('p1', 'i1'), anEdge('i1', 'p2'), anEdge('p2', 'p1'), anEdge('p2', 'k')],
    );
    const analysis = analyzeMap(map);
    // The loop in flow order, from its first node in the file; the customer is not on it.
    expect(analysis.errors).toEqual([{
      code: 'analysis.materialLoop',
      params: { nodes: [ref('p1', 'process', 'Press'), ref('i1', 'inventory'), ref('p2', 'process', 'Paint')] },
      unavailable: ['leadTimeDays', 'waitingTimeDays', 'processingTimeSec', 'valueAddedTimeSec', 'valueAddedRatio', 'inventoryTurns', 'rolledThroughputYield'],
    }]);
    expect(analysis.criticalPath).toEqual([]);
    expect(analysis.timeline).toEqual([]);
    expect(analysis.leadTimeDays).toBeNull();
    expect(analysis.waitingTimeDays).toBeNull();
    expect(analysis.processingTimeSec).toBeNull();
    expect(analysis.valueAddedRatio).toBeNull();
    expect(analysis.rolledThroughputYield).toBeNull();
    expect(analysis.taktTimeSec).toBe(60);
    // Not flow metrics: inventory 920 / 920 = 1 day, labour 50 s.
    expect(analysis.inventoryDays).toBe(1);
    expect(analysis.labourContentSec).toBe(50);
  });
});

describe('missing data', () => {
  it('without a customer: no takt, loads null, bottleneck by longest C/T, stock not converted either way', () => {
    // S → I1 (4 days) → P1 (C/T 30) → I2 (500 units) → P2 (C/T 45): no D, so I2 has no days
    // and I1 no units.
    const map = aLine([
      aSupplier('s'), anInventory('i1', { days: 4 }), aProcess('p1', { cycleTimeSec: 30 }),
      anInventory('i2', { quantity: 500 }), aProcess('p2', { cycleTimeSec: 45 }),
    ]);
    const analysis = analyzeMap(map);
    expect(analysis.dailyDemand).toBeNull();
    expect(analysis.taktTimeSec).toBeNull();
    expect(analysis.loads.map((l) => l.load)).toEqual([null, null]);
    expect(analysis.bottleneckId).toBe('p2');
    expect(analysis.operatorsNeeded).toBeNull();
    expect(analysis.inventoryUnits).toBeNull();
    expect(analysis.inventoryDays).toBeNull();
    expect(analysis.leadTimeDays).toBeNull();
    expect(analysis.waitingTimeDays).toBeNull();
    // Processing seconds do not need demand: 30 + 45 = 75 s along the path S … P2.
    expect(analysis.processingTimeSec).toBe(75);
    expect(analysis.criticalPath).toEqual(['s', 'i1', 'p1', 'i2', 'p2']);
    expect(warning(analysis, 'analysis.noCustomer')!.unavailable).toEqual(['dailyDemand', 'taktTimeSec', 'bottleneckLoad', 'operatorsNeeded']);
    expect(warning(analysis, 'analysis.stockWithoutDays')).toMatchObject({
      params: { stocks: { nodes: [ref('i2', 'inventory')], more: 0 } }, unavailable: ['inventoryDays'],
    });
    expect(warning(analysis, 'analysis.stockUnitsUnknown')).toMatchObject({
      params: { stocks: { nodes: [ref('i1', 'inventory')], more: 0 } }, unavailable: ['inventoryUnits'],
    });
    expect(warning(analysis, 'analysis.stockWithoutDaysOnPath')!.params).toEqual({ stocks: { nodes: [ref('i2', 'inventory')], more: 0 } });
    expectOnlyFiniteNumbers(analysis);
  });

  it('without a customer but with explicit days: lead time to the last step', () => {
    // I1 (4 days) → P (C/T 30) → I2 (1 day): lead = 5 + 30 / 55,200 = 5.00054348 days.
    const map = aLine([anInventory('i1', { days: 4 }), aProcess('p', { cycleTimeSec: 30 }), anInventory('i2', { days: 1 })]);
    const analysis = analyzeMap(map);
    expect(analysis.criticalPath).toEqual(['i1', 'p', 'i2']);
    expect(analysis.leadTimeDays).toBeCloseTo(5.00054348, 7);
    expect(analysis.inventoryDays).toBe(5);
  });

  it('with zero demand: no takt and no Infinity', () => {
    const map = aLine([anInventory('i', { quantity: 100 }), aProcess('p', { cycleTimeSec: 30 }), aCustomer('k', { demandPerDay: 0 })]);
    const analysis = analyzeMap(map);
    expect(analysis.dailyDemand).toBe(0);
    expect(analysis.taktTimeSec).toBeNull();
    expect(analysis.loads[0]!.load).toBeNull();
    expect(analysis.inventoryDays).toBeNull();
    expect(analysis.leadTimeDays).toBeNull();
    expect(warning(analysis, 'analysis.zeroDemand')).toBeDefined();
    expectOnlyFiniteNumbers(analysis);
  });

  it('counts a step without cycle time as 0 s of processing and names it', () => {
    // I (1 day) → Bend (no C/T) → Cut (C/T 30) → Customer: processing = 0 + 30 = 30 s.
    const map = aLine([
      anInventory('i', { days: 1 }), aProcess('p1', { name: 'Bend' }), aProcess('p2', { name: 'Cut', cycleTimeSec: 30 }), aCustomer('k', { demandPerDay: 920 }),
    ]);
    const analysis = analyzeMap(map);
    expect(analysis.processingTimeSec).toBe(30);
    expect(analysis.leadTimeDays).toBeCloseTo(1 + 30 / A, 10);
    expect(analysis.loads[0]).toEqual({ nodeId: 'p1', type: 'process', label: 'Bend', cycleTimeSec: null, load: null });
    expect(warning(analysis, 'analysis.noTimes')!.params).toEqual({ steps: { nodes: [ref('p1', 'process', 'Bend')], more: 0 } });
  });

  it('uses processing time without cycle time for the timeline but computes no load', () => {
    const map = aLine([aProcess('p', { processingTimeSec: 40 }), aCustomer('k', { demandPerDay: 920 })]);
    const analysis = analyzeMap(map);
    expect(analysis.processingTimeSec).toBe(40);
    expect(analysis.loads[0]!.load).toBeNull();
    expect(warning(analysis, 'analysis.noCycleTime')!.params).toEqual({ steps: { nodes: [ref('p', 'process')], more: 0 } });
  });

  it('counts a customer without demand beside one with demand, and warns', () => {
    const map = aMap([aCustomer('k1', { demandPerDay: 600 }), aCustomer('k2', { name: 'Export' })], []);
    const analysis = analyzeMap(map);
    expect(analysis.dailyDemand).toBe(600);
    expect(warning(analysis, 'analysis.partialDemand')!.params).toEqual({
      customers: { nodes: [ref('k2', 'customer', 'Export')], more: 0 }, dailyDemand: 600,
    });
  });

  it('warns about processes off the flow', () => {
    const map = aMap(
      [aProcess('p1', { cycleTimeSec: 30 }), aProcess('lost', { name: 'Deburr', cycleTimeSec: 10 }), aCustomer('k', { demandPerDay: 920 })],
      [anEdge('p1', 'k')],
    );
    const analysis = analyzeMap(map);
    expect(warning(analysis, 'analysis.offFlow')).toEqual({
      code: 'analysis.offFlow', params: { nodes: { nodes: [ref('lost', 'process', 'Deburr')], more: 0 } }, unavailable: [],
    });
    // It still has a load: 10 / 60.
    expect(analysis.loads[1]!.load).toBeCloseTo(1 / 6, 10);
  });

  it('gives an empty map nulls and a warning, never a throw', () => {
    const analysis = analyzeMap(aMap([], []));
    expect(analysis.leadTimeDays).toBeNull();
    expect(analysis.bottleneckId).toBeNull();
    expect(analysis.labourContentSec).toBeNull();
    expect(analysis.warnings.length).toBeGreaterThan(0);
  });
});

describe('work cells and value-added time', () => {
  it('loads a cell by C/T and puts its processing time on the timeline', () => {
    // 3 operators × 56 s: C/T 56, processing 168. Takt 60: load 56 / 60 = 0.9333;
    // timeline 168 s; labour content 168 s; operators needed 168 / 60 = 2.8.
    const map = aLine([aWorkcell('c', { name: 'Assembly', cycleTimeSec: 56, processingTimeSec: 168, operators: 3 }), aCustomer('k', { demandPerDay: 920 })]);
    const analysis = analyzeMap(map);
    expect(analysis.loads[0]!.load).toBeCloseTo(0.93333, 5);
    expect(analysis.timeline[0]!.processingTimeSec).toBe(168);
    expect(analysis.processingTimeSec).toBe(168);
    expect(analysis.valueAddedTimeSec).toBe(168);
    expect(analysis.labourContentSec).toBe(168);
    expect(analysis.operatorsNeeded).toBeCloseTo(2.8, 10);
  });

  it('leaves unmanned steps out of labour content', () => {
    // Robot (0 operators, C/T 40) + Pack (1 operator, C/T 20): labour = 20 s.
    const map = aLine([aProcess('r', { cycleTimeSec: 40, operators: 0 }), aProcess('p', { cycleTimeSec: 20 }), aCustomer('k', { demandPerDay: 920 })]);
    expect(analyzeMap(map).labourContentSec).toBe(20);
  });

  it('counts an inspection step as non-value-added unless told otherwise', () => {
    // Weld C/T 40 (VA 40 by default) + Inspect C/T 20 (inspection: VA 0) → VA 40 of 60 s processing.
    const map = aLine([aProcess('w', { cycleTimeSec: 40 }), aProcess('q', { cycleTimeSec: 20, kind: 'inspection' }), aCustomer('k', { demandPerDay: 920 })]);
    const analysis = analyzeMap(map);
    expect(analysis.processingTimeSec).toBe(60);
    expect(analysis.valueAddedTimeSec).toBe(40);
  });

  it('caps value-added time at processing time with a warning', () => {
    const map = aLine([aProcess('p', { cycleTimeSec: 30, valueAddedSec: 50 }), aCustomer('k', { demandPerDay: 920 })]);
    const analysis = analyzeMap(map);
    expect(analysis.valueAddedTimeSec).toBe(30);
    expect(warning(analysis, 'analysis.valueAddedCapped')!.params).toEqual({ steps: { nodes: [ref('p', 'process')], more: 0 } });
  });
});

describe('working and calendar days basis', () => {
  // I (2 days) → P (C/T 600 s, VA 300 s) → Customer. Lead = 2 + 600 / 55,200 = 2.01086957 days.
  // Working: 300 / (2.01086957 × 55,200) = 300 / 111,000 = 0.00270270.
  // Calendar: 300 / (2.01086957 × 86,400) = 300 / 173,739.13 = 0.00172673.
  const nodes = [anInventory('i', { days: 2 }), aProcess('p', { cycleTimeSec: 600, valueAddedSec: 300 }), aCustomer('k', { demandPerDay: 92 })];

  it('divides by A seconds a day on the working basis', () => {
    const analysis = analyzeMap(aLine(nodes, { daysBasis: 'working' }));
    expect(analysis.valueAddedRatio).toBeCloseTo(300 / 111_000, 12);
  });

  it('divides by 86,400 seconds a day on the calendar basis, lead time unchanged', () => {
    const working = analyzeMap(aLine(nodes, { daysBasis: 'working' }));
    const calendar = analyzeMap(aLine(nodes, { daysBasis: 'calendar' }));
    expect(calendar.leadTimeDays).toBe(working.leadTimeDays);
    expect(calendar.valueAddedRatio).toBeCloseTo(0.00172673, 8);
  });
});

it('labels a rung by name or title, else gives no label (the UI names it by its type)', () => {
  const map = aLine([aNode('buffer', 'b', { days: 1 }), aProcess('p', { name: '  ', cycleTimeSec: 5 }), aCustomer('k', { name: 'Toyota', demandPerDay: 1 })]);
  expect(analyzeMap(map).timeline.map((r) => r.label)).toEqual(['', '', 'Toyota']);
});

describe('analyzeMap on a map whose flow does not reach the customer yet', () => {
  // A blank map with demand: takt = 55,200 / 920 = 60 s, but nothing flows into the customer,
  // so there is no lead time (not "0 days"), and the warning says why.
  it('has takt but no lead time, and says why', () => {
    const blank = aMap([aSupplier('s'), aCustomer('k', { demandPerDay: 920 })], []);
    const analysis = analyzeMap(blank);
    expect(analysis.taktTimeSec).toBe(60);
    expect(analysis.leadTimeDays).toBeNull();
    expect(analysis.criticalPath).toEqual([]);
    expect(analysis.timeline).toEqual([]);
    expect(warning(analysis, 'analysis.noFlowToCustomer')!.unavailable).toEqual([
      'leadTimeDays', 'waitingTimeDays', 'processingTimeSec', 'valueAddedTimeSec', 'valueAddedRatio', 'inventoryTurns', 'rolledThroughputYield',
    ]);
  });

  it('explains the missing bottleneck by "no process with a cycle time", not by the supplier off the flow', () => {
    // One supplier, one customer, nothing between: the supplier is off the flow (a warning that
    // leaves no metric uncomputed); the bottleneck is missing because there is no process at all.
    const blank = analyzeMap(aMap([aSupplier('s'), aCustomer('k', { demandPerDay: 920 })], []));
    expect(blank.bottleneckId).toBeNull();
    const reason = missingReason(blank, 'bottleneckId');
    expect(reason.code).toBe('analysis.noProcess');
    expect(renderMessage(reason, 'en')).toBe(
      'No process with a cycle time on the map yet: there is no bottleneck, labour content or operators needed.',
    );
    expect(renderMessage(reason, 'id')).toBe(
      'Belum ada proses dengan waktu siklus (C/T) di peta: belum ada bottleneck, total waktu kerja, maupun kebutuhan operator.',
    );
    expect(warning(blank, 'analysis.offFlow')!.unavailable).toEqual([]);
  });

  it('counts a process and stock only once they flow into the customer', () => {
    // Supplier → Cut (45 s) → I (900 units), not yet joined to the customer: still no lead time.
    const open = aMap(
      [aSupplier('s'), aProcess('p', { cycleTimeSec: 45 }), anInventory('i', { quantity: 900 }), aCustomer('k', { demandPerDay: 900 })],
      [anEdge('s', 'p'), anEdge('p', 'i')],
    );
    expect(analyzeMap(open).leadTimeDays).toBeNull();
    // Joined: 900 / 900 = 1 day of stock + 45 s / 55,200 s = 1.000815 days.
    const joined = { ...open, edges: [...open.edges, anEdge('i', 'k')] };
    expect(analyzeMap(joined).leadTimeDays).toBeCloseTo(1 + 45 / 55_200, 9);
  });
});
