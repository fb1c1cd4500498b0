import fc from 'fast-check';
import { analyzeMap } from '../../../src/domain/analysis';
import { compareStates } from '../../../src/domain/compare';
import {
  EDGE_TYPES, NODE_TYPES,
  type MapState, type VsmEdge, type VsmEdgeType, type VsmNode,
} from '../../../src/domain/types';
import { aCustomer, aMap, aNode, aProcess, aSupplier, anEdge, anInventory } from './build';

/** One step of a generated flow: a process, or a stock given in days or in units. */
const stepArb = fc.oneof(
  fc.record({
    kind: fc.constant('process' as const),
    cycleTimeSec: fc.integer({ min: 1, max: 3600 }),
    extraProcessingSec: fc.integer({ min: 0, max: 600 }),
    valueAddedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('stock' as const), days: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: undefined }), quantity: fc.integer({ min: 0, max: 50_000 }) }),
);
const materialEdgeArb = fc.constantFrom<VsmEdgeType>('push', 'withdrawal', 'material', 'shipment');

const settingsArb = fc.record({
  // A ≤ 86,400 s: a working day is never longer than a calendar day.
  availableSecondsPerShift: fc.integer({ min: 3600, max: 43_200 }),
  shiftsPerDay: fc.integer({ min: 1, max: 2 }),
  workingDaysPerMonth: fc.integer({ min: 1, max: 31 }),
  daysBasis: fc.constantFrom('working' as const, 'calendar' as const),
});

/**
 * A valid flow: supplier → steps → customer. Each step after the first takes 1 or 2 earlier steps
 * as predecessors (chains when every pick is the previous step, branching DAGs otherwise); steps
 * without successors feed the customer, so every step is on the flow.
 */
const flowArb = fc.record({
  steps: fc.array(fc.tuple(stepArb, fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), materialEdgeArb, fc.double({ min: 0, max: 5, noNaN: true })), { minLength: 1, maxLength: 40 }),
  chain: fc.boolean(),
  demandPerDay: fc.integer({ min: 1, max: 5000 }),
  settings: settingsArb,
}).map(({ steps, chain, demandPerDay, settings }): MapState => {
  const nodes: VsmNode[] = [aSupplier('s')];
  const edges: VsmEdge[] = [];
  const hasSuccessor = new Set<string>();
  steps.forEach(([step, picks, type, transitDays], k) => {
    const id = `n${k}`;
    nodes.push(step.kind === 'process'
      ? aProcess(id, {
        cycleTimeSec: step.cycleTimeSec,
        processingTimeSec: step.cycleTimeSec + step.extraProcessingSec,
        valueAddedSec: Math.floor((step.cycleTimeSec + step.extraProcessingSec) * step.valueAddedShare),
      })
      : anInventory(id, step.days === undefined ? { quantity: step.quantity } : { days: step.days, quantity: step.quantity }));
    const sources = k === 0 ? ['s'] : chain ? [`n${k - 1}`] : [...new Set(picks.map((p) => `n${p % k}`))];
    for (const source of sources) {
      hasSuccessor.add(source);
      edges.push(anEdge(source, id, type, type === 'shipment' ? { transitDays } : undefined));
    }
  });
  nodes.push(aCustomer('k', { demandPerDay }));
  for (let k = 0; k < steps.length; k++) if (!hasSuccessor.has(`n${k}`)) edges.push(anEdge(`n${k}`, 'k'));
  return aMap(nodes, edges, settings);
});

describe('analyzer properties on generated valid maps', () => {
  it('keeps the value-added ratio between 0 and 1 on both bases', () => {
    fc.assert(fc.property(flowArb, (map) => {
      const { valueAddedRatio, errors, leadTimeDays, warnings } = analyzeMap(map);
      expect(errors).toEqual([]);
      // A flow of stocks of 0 days (or 5e-324) and no processing has a lead time of (about) 0:
      // no ratio, and a warning says so.
      if (warnings.some((w) => w.code === 'analysis.leadTimeZero')) {
        expect(leadTimeDays).toBeLessThan(1e-300);
        expect(valueAddedRatio).toBeNull();
        return;
      }
      expect(valueAddedRatio).not.toBeNull();
      expect(valueAddedRatio!).toBeGreaterThanOrEqual(0);
      expect(valueAddedRatio!).toBeLessThanOrEqual(1);
    }));
  });

  it('never has a lead time shorter than the waiting time, and the ladder adds up to it', () => {
    fc.assert(fc.property(flowArb, (map) => {
      const a = analyzeMap(map);
      expect(a.leadTimeDays!).toBeGreaterThanOrEqual(a.waitingTimeDays!);
      const waiting = a.timeline.reduce((sum, r) => sum + r.waitingDays, 0);
      const processing = a.timeline.reduce((sum, r) => sum + r.processingTimeSec, 0);
      expect(waiting).toBeCloseTo(a.waitingTimeDays!, 9);
      expect(a.leadTimeDays!).toBeCloseTo(waiting + processing / a.availableSecondsPerDay, 9);
      expect(a.criticalPath[0]).toBe('s');
      expect(a.criticalPath.at(-1)).toBe('k');
    }));
  });

  it('never shortens lead time when a stock is added into an edge or beside it', () => {
    fc.assert(fc.property(flowArb, fc.nat(), fc.double({ min: 0, max: 30, noNaN: true }), fc.boolean(), (map, pick, days, beside) => {
      const before = analyzeMap(map).leadTimeDays!;
      const edge = map.edges[pick % map.edges.length]!;
      const stock = anInventory('added', { days });
      // Beside: a second way from source to target through the stock. Into: the edge is split.
      const edges = beside
        ? [...map.edges, anEdge(edge.source, 'added'), anEdge('added', edge.target)]
        : [...map.edges.filter((e) => e !== edge), { ...edge, target: 'added' }, anEdge('added', edge.target)];
      const after = analyzeMap({ ...map, nodes: [...map.nodes, stock], edges }).leadTimeDays!;
      expect(after).toBeGreaterThanOrEqual(before - 1e-9);
    }));
  });
});

/** Anything a damaged or hostile file could hold, past validation or not (numbers short of overflowing a sum). */
const junkValue = fc.oneof(
  fc.double({ min: -1e9, max: 1e9 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e-300), fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.constantFrom('defects', 'motion', '__proto__', 'constructor'), fc.array(fc.constantFrom('motion', 'inventory', 'x'), { maxLength: 3 }),
);
const junkKeys = [
  'name', 'title', 'cycleTimeSec', 'processingTimeSec', 'valueAddedSec', 'changeoverSec', 'uptimePct', 'operators',
  'machines', 'scrapPct', 'motionSec', 'kind', 'quantity', 'days', 'transitDays', 'demandPerDay', 'demandPerMonth',
  'wasteTags', 'waste', 'stepId', 'ppm', 'originId',
] as const;
const junkMapArb = fc.record({
  nodes: fc.array(fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    type: fc.constantFrom(...NODE_TYPES),
    data: fc.dictionary(fc.constantFrom(...junkKeys), junkValue, { maxKeys: 6 }),
  }), { maxLength: 8 }),
  edges: fc.array(fc.record({
    source: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'zz'),
    target: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'zz'),
    type: fc.constantFrom(...EDGE_TYPES),
    data: fc.dictionary(fc.constantFrom('rework', 'transitDays', 'distanceM'), junkValue, { maxKeys: 3 }),
  }), { maxLength: 12 }),
  settings: fc.record({
    availableSecondsPerShift: junkValue, shiftsPerDay: junkValue, workingDaysPerMonth: junkValue,
    daysBasis: fc.constantFrom('working', 'calendar', 'lunar'),
  }),
}).map(({ nodes, edges, settings }) => ({
  settings,
  nodes: nodes.map((n) => aNode(n.type, n.id, n.data as never)),
  edges: edges.map((e, k) => ({ id: `e${k}`, ...e })),
}) as unknown as MapState);

it('never throws and never returns Infinity or NaN, whatever the map holds', () => {
  fc.assert(fc.property(junkMapArb, junkMapArb, (current, future) => {
    const analysis = analyzeMap(current);
    JSON.stringify(analysis, (_key, value: unknown) => {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      return value;
    });
    for (const w of analysis.wastes) if (w.score !== null) expect(w.score >= 0 && w.score <= 1).toBe(true);
    compareStates(current, future);
  }), { numRuns: 300 });
});
