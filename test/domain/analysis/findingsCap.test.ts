import { MAX_FINDINGS_PER_CATEGORY, analyzeMap, type WasteReport } from '../../../src/domain/analysis';
import type { MapState, VsmNode } from '../../../src/domain/types';
import { aCustomer, aKaizen, aLine, aProcess } from './build';

// Default settings: A = 55,200 s a day. Demand 920 a day → takt 60 s.
const demand = { demandPerDay: 920 };
const range = (n: number) => Array.from({ length: n }, (_, k) => k);
const waiting = (map: MapState): WasteReport => analyzeMap(map).wastes.find((w) => w.category === 'waiting')!;

it('keeps 50 findings per category', () => {
  expect(MAX_FINDINGS_PER_CATEGORY).toBe(50);
});

describe('a category with 120 flagged steps', () => {
  // p0 … p119 with uptime 30 + (k mod 60) %: 30 … 89, each value twice (pk and pk+60), all below 90 %.
  const steps = range(120).map((k) => aProcess(`p${k}`, { cycleTimeSec: 30, uptimePct: 30 + (k % 60) }));
  const map = aLine([...steps, aCustomer('k', demand), aKaizen('kz', { waste: 'waiting', stepId: 'p0' })]);
  const report = waiting(map);
  const measured = report.findings.filter((f) => f.source === 'measured');

  it('lists the 50 lowest uptimes, worst first, equal values in document order', () => {
    // The 50 worst are uptime 30 … 54 (25 values × 2 steps): p0 30, p60 30, p1 31, p61 31, …, p24 54, p84 54.
    const kept = measured.slice(0, 50);
    expect(kept.map((f) => f.nodeIds)).toEqual(range(25).flatMap((k) => [[`p${k}`], [`p${k + 60}`]]));
    expect(kept.map((f) => f.value)).toEqual(range(25).flatMap((k) => [30 + k, 30 + k]));
    expect(kept[0]!.message).toEqual({
      code: 'waste.lowUptime', params: { step: { id: 'p0', type: 'process', name: null }, uptimePct: 30, minUptimePct: 90 },
    });
  });

  it('ends with one summary naming the other 70 steps in document order', () => {
    // Left out: uptime 55 … 89, that is p25 … p59 and p85 … p119 (35 + 35 = 70).
    expect(measured).toHaveLength(51);
    expect(measured[50]).toEqual({
      nodeIds: [...range(35).map((k) => `p${k + 25}`), ...range(35).map((k) => `p${k + 85}`)],
      message: { code: 'waste.more', params: { total: 70, counts: [{ rule: 'lowUptime', count: 70, limit: 90 }] } },
      value: null,
      source: 'measured',
    });
  });

  it('scores from all 120 steps, not only the 50 listed', () => {
    // Mean uptime of all 120 = (30 + 89) / 2 = 59.5 % → mean downtime share 1 − 0.595 = 0.405.
    // The 50 listed alone would give 1 − (30 + 54) / 2 / 100 = 0.58.
    expect(report.score).toBeCloseTo(0.405, 12);
  });

  it('keeps the team\'s tagged findings after the summary', () => {
    expect(report.findings).toHaveLength(52);
    expect(report.findings[51]).toMatchObject({ nodeIds: ['kz', 'p0'], source: 'tagged' });
  });
});

describe('a category with 50 or 51 flagged steps', () => {
  // pk with uptime 40 + k %: 50 steps are 40 … 89, all flagged; a 51st step at 89.5 %.
  const line = (count: number) => aLine([
    ...range(count).map((k) => aProcess(`p${k}`, { cycleTimeSec: 30, uptimePct: k < 50 ? 40 + k : 89.5 })),
    aCustomer('k', demand),
  ]);

  it('keeps all 50, worst first, with no summary', () => {
    const report = waiting(line(50));
    expect(report.findings.map((f) => f.value)).toEqual(range(50).map((k) => 40 + k));
    expect(report.findings.every((f) => f.value !== null)).toBe(true);
    // Mean uptime (40 + 89) / 2 = 64.5 % → score 0.355.
    expect(report.score).toBeCloseTo(0.355, 12);
  });

  it('sums up one more step in the singular', () => {
    // The 51st step (89.5 %) is the least severe: it is the one left out.
    const report = waiting(line(51));
    expect(report.findings).toHaveLength(51);
    expect(report.findings[50]).toEqual({
      nodeIds: ['p50'],
      message: { code: 'waste.more', params: { total: 1, counts: [{ rule: 'lowUptime', count: 1, limit: 90 }] } },
      value: null,
      source: 'measured',
    });
  });
});

it('ranks rules on one scale together and counts each rule in the summary', () => {
  // c0 … c59: changeover 16,560 s = 30 % of the 55,200 s day (downtime share 0.3); c0 also has uptime 80 %.
  // u1 … u59: uptime 80 % (downtime share 0.2). Evidence: 60 changeovers + 60 low uptimes = 120.
  // Kept: the 50 changeovers c0 … c49 (0.3 beats 0.2). Left: changeovers c50 … c59 and uptimes c0, u1 … u59;
  // c0 is named again, as its uptime finding is among those left out: 1 + 10 + 59 = 70 nodes.
  const nodes: VsmNode[] = [
    ...range(60).map((k) => aProcess(`c${k}`, k === 0 ? { cycleTimeSec: 30, changeoverSec: 16_560, uptimePct: 80 } : { cycleTimeSec: 30, changeoverSec: 16_560 })),
    ...range(59).map((k) => aProcess(`u${k + 1}`, { cycleTimeSec: 30, uptimePct: 80 })),
    aCustomer('k', demand),
  ];
  const report = waiting(aLine(nodes));
  expect(report.findings).toHaveLength(51);
  expect(report.findings.slice(0, 50).map((f) => [f.nodeIds[0], f.value])).toEqual(range(50).map((k) => [`c${k}`, 16_560]));
  expect(report.findings[50]).toEqual({
    nodeIds: ['c0', ...range(10).map((k) => `c${k + 50}`), ...range(59).map((k) => `u${k + 1}`)],
    message: {
      code: 'waste.more',
      params: { total: 70, counts: [{ rule: 'lowUptime', count: 60, limit: 90 }, { rule: 'longChangeover', count: 10, limit: 0.1 }] },
    },
    value: null,
    source: 'measured',
  });
  // Score over the 119 flagged steps: c0 … c59 at max(0.2, 0.3) = 0.3, u1 … u59 at 0.2.
  // (60 × 0.3 + 59 × 0.2) / 119 = (18 + 11.8) / 119 = 0.250420…
  expect(report.score).toBeCloseTo(29.8 / 119, 12);
});
