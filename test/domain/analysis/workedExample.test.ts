import { analyzeMap } from '../../../src/domain/analysis';
import { aCustomer, aMap, aSupplier, aWorkcell, anEdge, anInventory, aProcess, chainEdges } from './build';

// The worked example of docs/metrics.md, number for number.
// A = 27,600 × 2 = 55,200 s; D = 18,400 / 20 = 920; takt 60 s.
// Waiting = 1 (shipment) + 5 + 4,600/920 + 1,840/920 + 2,760/920 = 1 + 5 + 5 + 2 + 3 = 16 days.
// Processing = 1 + 39 + 168 = 208 s; lead = 16 + 208 / 55,200 = 16.0037681 days.
const map = aMap(
  [
    aSupplier('s'), anInventory('i1', { days: 5 }),
    aProcess('p1', { name: 'Stamping', cycleTimeSec: 1, changeoverSec: 3600, uptimePct: 85 }),
    anInventory('i2', { quantity: 4600 }), aProcess('p2', { name: 'Welding', cycleTimeSec: 39, scrapPct: 2 }),
    anInventory('i3', { quantity: 1840 }),
    aWorkcell('c1', { name: 'Assembly', cycleTimeSec: 56, processingTimeSec: 168, valueAddedSec: 150, operators: 3 }),
    anInventory('i4', { quantity: 2760 }), aCustomer('k', { demandPerMonth: 18_400 }),
  ],
  [anEdge('s', 'i1', 'shipment', { transitDays: 1 }), ...chainEdges(['i1', 'p1', 'i2', 'p2', 'i3', 'c1', 'i4', 'k'])],
  { availableSecondsPerShift: 27_600, shiftsPerDay: 2, workingDaysPerMonth: 20, daysBasis: 'working' },
);

const LEAD_DAYS = 16 + 208 / 55_200;

it('matches the worked example of docs/metrics.md', () => {
  const a = analyzeMap(map);
  expect(a.taktTimeSec).toBe(60);
  expect(a.waitingTimeDays).toBe(16);
  expect(a.processingTimeSec).toBe(208);
  expect(a.leadTimeDays).toBeCloseTo(16.0037681, 6);
  // 190 / (16.0037681 × 55,200) = 190 / 883,408.
  expect(a.valueAddedTimeSec).toBe(190);
  expect(a.valueAddedRatio).toBeCloseTo(190 / 883_408, 10);
  // 4,600 + 1,840 + 2,760 counted, plus I1's 5 days × 920 a day = 4,600: 13,800 units.
  expect(a.inventoryUnits).toBe(13_800);
  expect(a.inventoryDays).toBe(15);
  expect(a.inventoryTurns).toBeCloseTo(240 / LEAD_DAYS, 10);
  expect(a.inventoryTurns).toBeCloseTo(15.0, 1);
  expect(a.bottleneckId).toBe('c1');
  expect(a.operatorsNeeded).toBeCloseTo(208 / 60, 10);
  expect(a.rolledThroughputYield).toBeCloseTo(0.98, 10);
  const score = Object.fromEntries(a.wastes.map((w) => [w.category, w.score]));
  expect(score.defects).toBeCloseTo(0.02, 10);
  expect(score.overproduction).toBe(1);
  expect(score.waiting).toBeCloseTo(0.15, 10);
  expect(score.talent).toBeCloseTo(1 - (1 / 60 + 39 / 60 + 168 / 180) / 3, 10);
  expect(score.transportation).toBeCloseTo(1 / 8, 10);
  expect(score.inventory).toBeCloseTo(11 / LEAD_DAYS, 10);
  expect(score.motion).toBeNull();
  expect(score['extra-processing']).toBeCloseTo(18 / 208, 10);
  // Calendar basis: 190 / (16.0037681 × 86,400) = 0.000137.
  expect(analyzeMap({ ...map, settings: { ...map.settings, daysBasis: 'calendar' } }).valueAddedRatio).toBeCloseTo(0.000137, 6);
  expect(a.warnings).toEqual([]);
});
