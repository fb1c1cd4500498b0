import fc from 'fast-check';
import { analyzeMap, type MapAnalysis } from '../../src/domain/analysis';
import { analysisMessage, type AnalysisMessage } from '../../src/domain/messages';
import { METRIC_KEYS, METRICS, NUMERIC_METRIC_KEYS, missingReason, type MetricKey } from '../../src/domain/metrics';
import type { VsmNode } from '../../src/domain/types';
import { aCustomer, aLine, aMap, aProcess, aSupplier, anEdge, anInventory } from './analysis/build';

const nullMetrics = (analysis: MapAnalysis): MetricKey[] => METRIC_KEYS.filter((key) => analysis[key] === null);

/** Every metric that is null is named as unavailable by a warning or error whose code the catalog lists for it. */
function expectEveryNullExplained(analysis: MapAnalysis): void {
  for (const key of nullMetrics(analysis)) {
    const reason = missingReason(analysis, key);
    expect(reason.code, key).not.toBe('metric.noData');
    const direct = [...analysis.errors, ...analysis.warnings].find((m) => m.unavailable.includes(key));
    expect(direct, `${key} has a message of its own`).toBeDefined();
    expect(METRICS[key].unavailableBy).toContain(direct!.code);
  }
}

describe('the metric catalog', () => {
  it('lists every metric once, in the order views show them, numeric ones for the comparison', () => {
    expect(new Set(METRIC_KEYS).size).toBe(METRIC_KEYS.length);
    expect(METRIC_KEYS[0]).toBe('dailyDemand');
    expect(NUMERIC_METRIC_KEYS).toEqual(METRIC_KEYS.filter((key) => key !== 'bottleneckId'));
  });

  it('depends only on metrics it lists, never on itself', () => {
    const reaches = (from: MetricKey, to: MetricKey, seen = new Set<MetricKey>()): boolean =>
      METRICS[from].dependsOn.some((d) => d === to || (!seen.has(d) && (seen.add(d), reaches(d, to, seen))));
    for (const key of METRIC_KEYS) {
      for (const dependency of METRICS[key].dependsOn) expect(METRIC_KEYS).toContain(dependency);
      expect(reaches(key, key), key).toBe(false);
    }
  });

  it('gives each analysis message the metrics whose catalog entry names its code', () => {
    expect(analysisMessage('analysis.noCustomer', {}).unavailable).toEqual(['dailyDemand', 'taktTimeSec', 'bottleneckLoad', 'operatorsNeeded']);
    expect(analysisMessage('analysis.noProcess', {}).unavailable).toEqual(['bottleneckId', 'bottleneckLoad', 'labourContentSec', 'operatorsNeeded']);
    expect(analysisMessage('analysis.offFlow', { nodes: { nodes: [], more: 0 } }).unavailable).toEqual([]);
  });
});

describe('why a metric is missing', () => {
  const noTakt: AnalysisMessage = { code: 'analysis.zeroDemand', params: {}, unavailable: ['taktTimeSec'] };
  const loop: AnalysisMessage = { code: 'analysis.materialLoop', params: { nodes: [] }, unavailable: ['leadTimeDays'] };

  it('is the message that lists it, an error before a warning', () => {
    expect(missingReason({ warnings: [noTakt], errors: [] }, 'taktTimeSec')).toBe(noTakt);
    const warning: AnalysisMessage = { ...noTakt, unavailable: ['leadTimeDays'] };
    expect(missingReason({ warnings: [warning], errors: [loop] }, 'leadTimeDays')).toBe(loop);
  });

  it('else the reason of a metric it is computed from, else "no data yet"', () => {
    // Operators needed = labour content / takt: takt's reason explains it.
    expect(missingReason({ warnings: [noTakt], errors: [] }, 'operatorsNeeded')).toBe(noTakt);
    // The ratio depends on lead time, which the loop names.
    expect(missingReason({ warnings: [], errors: [loop] }, 'valueAddedRatio')).toBe(loop);
    expect(missingReason({ warnings: [], errors: [] }, 'rolledThroughputYield')).toEqual({ code: 'metric.noData', params: {} });
  });
});

describe('every metric the analysis leaves null is explained', () => {
  const demand = { demandPerDay: 920 };
  it.each<[string, () => ReturnType<typeof aMap>]>([
    ['a blank map', () => aMap([aSupplier('s'), aCustomer('k', demand)], [])],
    ['an empty map', () => aMap([], [])],
    ['no customer', () => aLine([aSupplier('s'), anInventory('i', { quantity: 500 }), aProcess('p', { cycleTimeSec: 30 }), anInventory('j', { days: 2 })])],
    ['a customer without demand', () => aLine([aProcess('p', { cycleTimeSec: 30 }), aCustomer('k')])],
    ['demand 0', () => aLine([anInventory('i', { quantity: 100 }), aProcess('p', { cycleTimeSec: 30 }), aCustomer('k', { demandPerDay: 0 })])],
    ['no cycle time anywhere', () => aLine([aProcess('p'), aCustomer('k', demand)])],
    ['a loop', () => aMap([aProcess('a', { cycleTimeSec: 30 }), aProcess('b', { cycleTimeSec: 30 }), aCustomer('k', demand)],
      [anEdge('a', 'b'), anEdge('b', 'a'), anEdge('b', 'k')])],
    ['a lead time of 0 days', () => aLine([anInventory('i', { days: 0 }), aCustomer('k', demand)])],
    ['no available time', () => aLine([aProcess('p', { cycleTimeSec: 30 }), aCustomer('k', demand)], { availableSecondsPerShift: 0 })],
  ])('%s', (_name, build) => {
    const analysis = analyzeMap(build());
    expect(nullMetrics(analysis).length).toBeGreaterThan(0);
    expectEveryNullExplained(analysis);
  });

  // Valid lines of any mix: customer or not, demand or not, cycle times or not, stock in days or in units.
  const lineArb = fc.record({
    steps: fc.array(fc.oneof(
      fc.record({ process: fc.constant(true), cycleTimeSec: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }) }),
      fc.record({
        process: fc.constant(false),
        days: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
        quantity: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      }),
    ), { maxLength: 6 }),
    customer: fc.boolean(),
    demandPerDay: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    joined: fc.boolean(),
  });

  it('on generated maps: no null without a message that names it', () => {
    fc.assert(fc.property(lineArb, ({ steps, customer, demandPerDay, joined }) => {
      const nodes: VsmNode[] = [aSupplier('s'), ...steps.map((step, k) => (step.process
        ? aProcess(`n${k}`, step.cycleTimeSec === undefined ? {} : { cycleTimeSec: step.cycleTimeSec })
        : anInventory(`n${k}`, { ...(step.days === undefined ? {} : { days: step.days }), ...(step.quantity === undefined ? {} : { quantity: step.quantity }) })))];
      if (customer) nodes.push(aCustomer('k', demandPerDay === undefined ? {} : { demandPerDay }));
      // Not joined: the last arrow into the customer is still missing.
      const ids = nodes.map((n) => n.id);
      const edges = ids.slice(1, joined ? ids.length : ids.length - 1).map((id, k) => anEdge(ids[k]!, id));
      expectEveryNullExplained(analyzeMap(aMap(nodes, edges)));
    }), { numRuns: 300 });
  });
});
