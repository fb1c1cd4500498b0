import { COMPARED_METRICS, compareStates, metricChange, metricVerdict, startFutureFromCurrent } from '../../src/domain/compare';
import type { MapState, VsmNode } from '../../src/domain/types';
import {
  aCustomer, aFifo, aKaizen, aLine, aMap, aNode, aProcess, aSupermarket, aSupplier, aTransport, anEdge, anInventory, chainEdges,
} from './analysis/build';

// Current: Supplier → I1 (4,600 units) → Press (C/T 40) → I2 (5 days) → Weld (C/T 20) → Customer (920 a day).
// A = 55,200 s; I1 = 4,600 / 920 = 5 days. Waiting 10 days, processing 60 s, lead = 10 + 60 / 55,200 = 10.00108696 days.
function currentState(): MapState {
  const flow = aLine([
    aSupplier('s'), anInventory('i1', { quantity: 4600 }), aProcess('p1', { name: 'Press', cycleTimeSec: 40, custom: { shelf: 3 } } as never),
    anInventory('i2', { days: 5 }), aProcess('p2', { name: 'Weld', cycleTimeSec: 20 }), aCustomer('k', { demandPerDay: 920 }),
  ]);
  return { ...flow, nodes: [...flow.nodes, aKaizen('kz', { title: 'Quick die change', stepId: 'p1', waste: 'waiting' })] };
}

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

describe('startFutureFromCurrent', () => {
  const current = currentState();
  const future = startFutureFromCurrent(current, counter('f'));

  it('copies every node with a new id and a reference to its origin', () => {
    expect(future.nodes.map((n) => [n.id, n.data.originId])).toEqual([
      ['f1', 's'], ['f2', 'i1'], ['f3', 'p1'], ['f4', 'i2'], ['f5', 'p2'], ['f6', 'k'], ['f7', 'kz'],
    ]);
    expect(future.nodes.map((n) => n.type)).toEqual(current.nodes.map((n) => n.type));
    expect(future.settings).toEqual(current.settings);
  });

  it('remaps edges and kaizen steps to the new ids, and keeps unknown fields as a copy', () => {
    expect(future.edges.map((e) => [e.source, e.target])).toEqual([
      ['f1', 'f2'], ['f2', 'f3'], ['f3', 'f4'], ['f4', 'f5'], ['f5', 'f6'],
    ]);
    expect(new Set(future.edges.map((e) => e.id)).size).toBe(5);
    expect(future.edges.some((e) => current.edges.some((c) => c.id === e.id))).toBe(false);
    expect(future.nodes[6]!.data).toMatchObject({ stepId: 'f3' });
    const custom = (future.nodes[2]!.data as unknown as { custom: object }).custom;
    expect(custom).toEqual({ shelf: 3 });
    expect(custom).not.toBe((current.nodes[2]!.data as unknown as { custom: object }).custom);
    // The current state is left as it was.
    expect(current.nodes[0]!.id).toBe('s');
    expect(current.nodes[0]!.data.originId).toBeUndefined();
  });

  it('compares equal to its origin: no change anywhere', () => {
    const comparison = compareStates(current, future);
    expect(comparison.metrics.map((m) => m.key)).toEqual([...COMPARED_METRICS]);
    for (const m of comparison.metrics) {
      expect(m.future).toEqual(m.current);
      if (m.current !== null) expect(m.change).toBe(0);
    }
    expect(comparison.stepsAdded).toEqual([]);
    expect(comparison.stepsRemoved).toEqual([]);
    expect(comparison.stepsChanged).toEqual([]);
  });
});

describe('compareStates', () => {
  // Future: I2 (5 days) replaced by a FIFO lane (0.5 days), Press C/T 40 → 30.
  // Waiting 5 + 0.5 = 5.5 days, processing 30 + 20 = 50 s, lead = 5.5 + 50 / 55,200 = 5.50090580 days.
  // Lead change = 5.50090580 − 10.00108696 = −4.50018116 days = −44.9969 %.
  // Processing 60 → 50 s: −10 s, −16.667 %. Takt 60 → 60: change 0, 0 %.
  const current = currentState();
  const copy = startFutureFromCurrent(current, counter('f'));
  const byOrigin = (id: string) => copy.nodes.find((n) => n.data.originId === id)!;
  const press = byOrigin('p1');
  const nodes: VsmNode[] = copy.nodes
    .filter((n) => n.data.originId !== 'i2')
    .map((n) => (n === press ? { ...press, data: { ...press.data, cycleTimeSec: 30 } } as VsmNode : n));
  nodes.push(aFifo('lane', { days: 0.5 }));
  const future = aMap(nodes, [
    ...chainEdges([byOrigin('s').id, byOrigin('i1').id, press.id, 'lane', byOrigin('p2').id, byOrigin('k').id]),
  ]);
  const comparison = compareStates(current, future);
  const metric = (key: string) => comparison.metrics.find((m) => m.key === key)!;

  it('puts every metric side by side with the change and the change in percent', () => {
    const lead = metric('leadTimeDays');
    expect(lead.current).toBeCloseTo(10.00108696, 7);
    expect(lead.future).toBeCloseTo(5.5009058, 7);
    expect(lead.change).toBeCloseTo(-4.50018116, 7);
    expect(lead.changePct).toBeCloseTo(-44.9969, 3);
    expect(metric('processingTimeSec')).toMatchObject({ current: 60, future: 50, change: -10 });
    expect(metric('processingTimeSec').changePct).toBeCloseTo(-16.6667, 3);
    expect(metric('taktTimeSec')).toEqual({ key: 'taktTimeSec', current: 60, future: 60, change: 0, changePct: 0 });
    // Inventory days: 5 + 5 = 10 → 5 + 0.5 = 5.5.
    expect(metric('inventoryDays')).toMatchObject({ current: 10, future: 5.5, change: -4.5, changePct: -45 });
    // Bottleneck load: Press 40 / 60 = 0.6667 → Press 30 / 60 = 0.5.
    expect(metric('bottleneckLoad').current).toBeCloseTo(2 / 3, 10);
    expect(metric('bottleneckLoad').future).toBeCloseTo(0.5, 10);
  });

  it('lists the steps added, removed and changed, naming the changed fields', () => {
    expect(comparison.stepsRemoved).toEqual([{ nodeId: 'i2', type: 'inventory', label: '' }]);
    expect(comparison.stepsAdded).toEqual([{ nodeId: 'lane', type: 'fifo', label: '' }]);
    expect(comparison.stepsChanged).toEqual([
      { currentId: 'p1', futureId: press.id, type: 'process', label: 'Press', fields: ['cycleTimeSec'] },
    ]);
  });

  it('compares waste scores in DOWNTIME order', () => {
    expect(comparison.wastes.map((w) => w.key)).toEqual([
      'defects', 'overproduction', 'waiting', 'talent', 'transportation', 'inventory', 'motion', 'extra-processing',
    ]);
    // Overproduction: current Press–Weld push through I2: 1/1; future through the FIFO lane: 0/1.
    // Measures: push links 1 → 0; the Press (load 40 / 60 = 0.67, below 0.7) fed I2's 5 days,
    // in the future (30 / 60 = 0.5) it feeds the lane's 0.5 days, not more than a day: 5 → 0.
    expect(comparison.wastes[1]).toEqual({
      key: 'overproduction', current: 1, future: 0, change: -1, changePct: -100,
      measures: [
        { key: 'pushLinks', current: 1, future: 0, change: -1, changePct: -100, unit: 'count' },
        { key: 'overproducedStockDays', current: 5, future: 0, change: -5, changePct: -100, unit: 'days' },
      ],
      verdict: 'better',
    });
  });
});

describe('inventory given in days against inventory counted', () => {
  // Current: counted stock. Customer 920 a day (A = 55,200 s, takt 60 s).
  //   I1 4,600 units → 4,600 / 920 = 5 days; I2 2,760 units → 3 days. Units 7,360, days 8.
  // Future: supermarkets sized in days only, as a team plans them: SM1 1 day, SM2 0.5 days.
  //   Units: 1 × 920 + 0.5 × 920 = 920 + 460 = 1,380 (never 0); days 1.5.
  // Change: units 1,380 − 7,360 = −5,980 (−81.25 %); days 1.5 − 8 = −6.5 (−81.25 %).
  const current = aLine([
    aSupplier('s'), anInventory('i1', { quantity: 4600 }), aProcess('p1', { cycleTimeSec: 40 }),
    anInventory('i2', { quantity: 2760 }), aProcess('p2', { cycleTimeSec: 30 }), aCustomer('k', { demandPerDay: 920 }),
  ]);
  const future = aMap(
    [aSupplier('s'), aSupermarket('sm1', { days: 1 }), aProcess('p1', { cycleTimeSec: 40 }), aSupermarket('sm2', { days: 0.5 }),
      aProcess('p2', { cycleTimeSec: 30 }), aCustomer('k', { demandPerDay: 920 })],
    [anEdge('s', 'sm1', 'withdrawal'), anEdge('sm1', 'p1', 'withdrawal'), anEdge('p1', 'sm2'), anEdge('sm2', 'p2', 'withdrawal'), anEdge('p2', 'k')],
  );
  const comparison = compareStates(current, future);
  const metric = (key: string) => comparison.metrics.find((m) => m.key === key)!;

  it('counts days × daily demand as units, so the future does not report 0 units', () => {
    expect(metric('inventoryUnits')).toEqual({
      key: 'inventoryUnits', current: 7360, future: 1380, change: -5980, changePct: expect.closeTo(-81.25, 10),
    });
    expect(metric('inventoryDays')).toMatchObject({ current: 8, future: 1.5, change: -6.5 });
    expect(metric('inventoryDays').changePct).toBeCloseTo(-81.25, 10);
    expect(metricVerdict(metric('inventoryUnits'))).toBe('better');
  });
});

describe('waste measures against waste scores', () => {
  // Current: Supplier =shipment=> Truck (1 day) → I1 (1 day) → P1 → I2 (1 day) → P2 → I3 (1 day) → P3 → Customer.
  //   Steps on the flow: Truck, I1, P1, I2, P2, I3, P3 + the shipment edge = 8; transport steps 2 → 2/8 = 0.25.
  // Future: P1, P2 and P3 merged into one cell; the same truck and shipment.
  //   Steps: Truck, I1, Cell + shipment = 4; transport steps 2 → 2/4 = 0.5. The score doubles …
  // … but the trucks are the same: transit 1 + 2 = 3 days both times, 2 transport moves both times.
  const current = aMap(
    [aSupplier('s'), aTransport('t', { mode: 'truck', transitDays: 1 }), anInventory('i1', { days: 1 }), aProcess('p1', { cycleTimeSec: 20 }),
      anInventory('i2', { days: 1 }), aProcess('p2', { cycleTimeSec: 20 }), anInventory('i3', { days: 1 }), aProcess('p3', { cycleTimeSec: 20 }),
      aCustomer('k', { demandPerDay: 920 })],
    [anEdge('s', 't', 'shipment', { transitDays: 2 }), ...chainEdges(['t', 'i1', 'p1', 'i2', 'p2', 'i3', 'p3', 'k'])],
  );
  const future = aMap(
    [aSupplier('s'), aTransport('t', { mode: 'truck', transitDays: 1 }), anInventory('i1', { days: 1 }),
      aNode('workcell', 'cell', { cycleTimeSec: 20, processingTimeSec: 60, operators: 3 }), aCustomer('k', { demandPerDay: 920 })],
    [anEdge('s', 't', 'shipment', { transitDays: 2 }), ...chainEdges(['t', 'i1', 'cell', 'k'])],
  );
  const transport = compareStates(current, future).wastes.find((w) => w.key === 'transportation')!;

  it('does not show transport waste growing when steps merge and the trucks stay', () => {
    expect(transport.current).toBeCloseTo(0.25, 12);
    expect(transport.future).toBeCloseTo(0.5, 12);
    expect(transport.measures).toEqual([
      { key: 'transitDays', current: 3, future: 3, change: 0, changePct: 0, unit: 'days' },
      { key: 'distanceM', current: null, future: null, change: null, changePct: null, unit: 'm' },
      { key: 'transportMoves', current: 2, future: 2, change: 0, changePct: 0, unit: 'count' },
    ]);
    expect(transport.verdict).toBe('same');
  });
});

describe('pairing steps', () => {
  it('notes a changed symbol type and pairs by id when there is no originId', () => {
    // A hand-written future reusing the current ids: i2 became a supermarket, p2 gained scrap.
    const current = aLine([anInventory('i2', { days: 5 }), aProcess('p2', { cycleTimeSec: 20 }), aCustomer('k', { demandPerDay: 10 })]);
    const future = aLine([
      { ...anInventory('i2', { days: 1 }), type: 'supermarket' } as VsmNode,
      aProcess('p2', { cycleTimeSec: 20, scrapPct: 1 }),
      aCustomer('k', { demandPerDay: 10 }),
    ]);
    const { stepsChanged, stepsAdded, stepsRemoved } = compareStates(current, future);
    expect(stepsAdded).toEqual([]);
    expect(stepsRemoved).toEqual([]);
    expect(stepsChanged.map((s) => [s.currentId, s.fields])).toEqual([['i2', ['type', 'days']], ['p2', ['scrapPct']]]);
  });

  it('pairs one future step per origin; a second copy is added', () => {
    // The Press split in two: both copies point at p1; the first pairs, the second is a new step.
    const current = aMap([aProcess('p1', { name: 'Press', cycleTimeSec: 40 })], []);
    const future = aMap([aProcess('a', { name: 'Press', cycleTimeSec: 40, originId: 'p1' }), aProcess('b', { name: 'Press B', cycleTimeSec: 40, originId: 'p1' })], []);
    const { stepsChanged, stepsAdded, stepsRemoved } = compareStates(current, future);
    expect(stepsChanged).toEqual([]);
    expect(stepsRemoved).toEqual([]);
    expect(stepsAdded).toEqual([{ nodeId: 'b', type: 'process', label: 'Press B' }]);
  });

  it('leaves kaizen bursts and notes out of the steps', () => {
    const current = aMap([aKaizen('kz', { title: 'A' })], []);
    const future = aMap([aKaizen('kz2', { title: 'B' })], []);
    const { stepsChanged, stepsAdded, stepsRemoved } = compareStates(current, future);
    expect([stepsChanged, stepsAdded, stepsRemoved]).toEqual([[], [], []]);
  });
});

describe('metricChange', () => {
  it('gives no percent when current is 0 or null, no change when either side is null', () => {
    expect(metricChange('x', 0, 5)).toEqual({ key: 'x', current: 0, future: 5, change: 5, changePct: null });
    expect(metricChange('x', null, 5)).toEqual({ key: 'x', current: null, future: 5, change: null, changePct: null });
    expect(metricChange('x', 4, null)).toEqual({ key: 'x', current: 4, future: null, change: null, changePct: null });
    // 4 → 5: +1, +25 %.
    expect(metricChange('x', 4, 5)).toEqual({ key: 'x', current: 4, future: 5, change: 1, changePct: 25 });
  });
});

it('keeps edges to the customer in the remapped copy even with an edge to a missing node', () => {
  const current = aMap([aProcess('p'), aCustomer('k')], [anEdge('p', 'k'), anEdge('p', 'ghost')]);
  const future = startFutureFromCurrent(current, counter('n'));
  expect(future.edges.map((e) => [e.source, e.target])).toEqual([['n1', 'n2']]);
});
