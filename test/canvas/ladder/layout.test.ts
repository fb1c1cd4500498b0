import { analyzeMap } from '../../../src/domain/analysis';
import type { VsmNode } from '../../../src/domain/types';
import { ladderPath, ladderRange, layoutLadder, segmentsInRange, type LadderSegment } from '../../../src/canvas/ladder/layout';
import { sameLayout } from '../../../src/canvas/ladder/LadderLayer';
import { aCustomer, aNode, anEdge, anInventory, aProcess, aState, aSupplier, aTransport } from '../../fixtures/builders';

/** Sizes chosen for hand arithmetic: steps 120 × 100, stocks 80 × 60, the rest 100 × 80. */
const sizeOf = (node: VsmNode) =>
  node.type === 'process' ? { width: 120, height: 100 }
    : node.type === 'inventory' ? { width: 80, height: 60 }
      : node.type === 'operator' ? { width: 40, height: 50 }
        : { width: 100, height: 80 };

/**
 * Supplier → A (5 days) → P1 (30 s) → B (2 days) → P2 (45 s) → C (1 day) → customer, laid left to
 * right; an operator under P1, production control above, a note far to the right.
 */
function line() {
  const nodes: VsmNode[] = [
    aSupplier({}, { id: 'sup', position: { x: 0, y: 0 } }),
    anInventory({ days: 5 }, { id: 'A', position: { x: 40, y: 200 } }),
    aProcess({ name: 'P1', cycleTimeSec: 30 }, { id: 'P1', position: { x: 150, y: 180 } }),
    anInventory({ days: 2 }, { id: 'B', position: { x: 300, y: 200 } }),
    aProcess({ name: 'P2', cycleTimeSec: 45 }, { id: 'P2', position: { x: 420, y: 180 } }),
    anInventory({ days: 1 }, { id: 'C', position: { x: 570, y: 200 } }),
    aCustomer({ demandPerDay: 920 }, { id: 'cust', position: { x: 700, y: 0 } }),
    aNode('operator', {}, { id: 'op', position: { x: 180, y: 300 } }),
    aNode('control', {}, { id: 'ctl', position: { x: 300, y: -150 } }),
    aNode('note', { text: 'far away' }, { id: 'far', position: { x: 2000, y: 500 } }),
  ];
  const ids = ['sup', 'A', 'P1', 'B', 'P2', 'C', 'cust'];
  const edges = ids.slice(1).map((id, i) => anEdge(ids[i]!, id));
  return aState({ nodes, edges });
}

describe('layoutLadder', () => {
  it('puts processing under each step and waiting over the gap before it, in flow order', () => {
    const state = line();
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    // Upper: A's left edge 40 to P1's left 150; lower: P1's box 150..270; upper: 270..420;
    // lower: P2 420..540; upper after the last step to C's right edge 570 + 80 = 650.
    expect(layout.segments.map(({ level, x1, x2, value, nodeIds }) => [level, x1, x2, value, nodeIds])).toEqual([
      ['upper', 40, 150, 5, ['A']],
      ['lower', 150, 270, 30, ['P1']],
      ['upper', 270, 420, 2, ['B']],
      ['lower', 420, 540, 45, ['P2']],
      ['upper', 540, 650, 1, ['C']],
    ]);
  });

  it('sits a margin under the lowest symbol under the row, with the totals at the right end', () => {
    const state = line();
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    // Lowest: the operator under P1, 300 + 50 = 350 (steps end at 280; control and the far note
    // are out of reach). Top 350 + 40 = 390; 14 px type: leading 18, upper line 390 + 18 + 4 = 412,
    // lower line 412 + 31 = 443, bottom 443 + 4 + 18 = 465.
    expect(layout.upperY).toBe(412);
    expect(layout.lowerY).toBe(443);
    expect(layout.segments.map((s) => [s.y, s.labelY])).toEqual([
      [412, 406], [443, 461], [412, 406], [443, 461], [412, 406],
    ]);
    // Totals 1.5 em (21 px) after the end at 650, 13 em (182 px) wide, as high as the ladder.
    expect(layout.totals).toEqual({ x: 671, y: 390, width: 182, height: 75 });
    // Rows centred: (75 − 3 × 18) / 2 = 10.5 above the first line, baseline 13 px into it.
    expect(layout.totalsRowY).toEqual([413.5, 431.5, 449.5]);
    expect(layout.bounds).toEqual({ x: 40, y: 390, width: 813, height: 75 });
    expect(ladderPath(layout.segments)).toBe(
      'M 40 412 L 150 412 L 150 443 L 270 443 L 270 412 L 420 412 L 420 443 L 540 443 L 540 412 L 650 412',
    );
  });

  it('follows the type size and margin it is given', () => {
    const state = line();
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf, { fontPx: 20, marginPx: 10 })!;
    // Top 350 + 10 = 360; leading 26: upper 360 + 26 + 4 = 390, lower 390 + 44 = 434.
    expect([layout.upperY, layout.lowerY, layout.fontPx]).toEqual([390, 434, 20]);
    expect(layout.totals.width).toBe(260);
  });

  it('puts the totals under the ladder\'s end when asked (a projector)', () => {
    const state = line();
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf, { totalsAt: 'below' })!;
    // Right-aligned with the end at 650: x = 650 − 182 = 468; 7 px (half an em) under the bottom
    // 465; three lines of 18 and 12 px of padding = 66 high; rows from 472 + 6 + 13 = 491.
    expect(layout.totals).toEqual({ x: 468, y: 472, width: 182, height: 66 });
    expect(layout.totalsRowY).toEqual([491, 509, 527]);
    // The ladder's lines stay where they were; the bounds grow downwards, not sideways.
    expect([layout.upperY, layout.lowerY]).toEqual([412, 443]);
    expect(layout.bounds).toEqual({ x: 40, y: 390, width: 610, height: 148 });
  });

  it('gives rungs only to the critical path when branches run in parallel, and goes under both rows', () => {
    // Branch a (top row): A1 5 days → Pa → Ja 1 day → assembly. Branch b (bottom row): B1 2 days
    // → Pb → Jb 1 day → assembly. Branch a waits 6 days against b's 3, so it sets the lead time.
    const nodes: VsmNode[] = [
      anInventory({ days: 5 }, { id: 'A1', position: { x: 0, y: 20 } }),
      aProcess({ name: 'Pa', cycleTimeSec: 20 }, { id: 'Pa', position: { x: 100, y: 0 } }),
      anInventory({ days: 1 }, { id: 'Ja', position: { x: 240, y: 20 } }),
      anInventory({ days: 2 }, { id: 'B1', position: { x: 0, y: 220 } }),
      aProcess({ name: 'Pb', cycleTimeSec: 25 }, { id: 'Pb', position: { x: 100, y: 200 } }),
      anInventory({ days: 1 }, { id: 'Jb', position: { x: 240, y: 220 } }),
      aProcess({ name: 'Assembly', cycleTimeSec: 50 }, { id: 'asm', position: { x: 340, y: 100 } }),
      aCustomer({ demandPerDay: 100 }, { id: 'cust', position: { x: 500, y: 100 } }),
    ];
    const edges = [
      anEdge('A1', 'Pa'), anEdge('Pa', 'Ja'), anEdge('Ja', 'asm'),
      anEdge('B1', 'Pb'), anEdge('Pb', 'Jb'), anEdge('Jb', 'asm'), anEdge('asm', 'cust'),
    ];
    const state = aState({ nodes, edges });
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    expect(layout.segments.map(({ level, x1, x2, nodeIds }) => [level, x1, x2, nodeIds])).toEqual([
      ['upper', 0, 100, ['A1']],
      ['lower', 100, 220, ['Pa']],
      ['upper', 220, 340, ['Ja']],
      ['lower', 340, 460, ['asm']],
    ]);
    expect(layout.segments.flatMap((s) => s.nodeIds)).not.toContain('Pb');
    // Under branch b's row: Pb ends at 200 + 100 = 300, so the top is 340.
    expect(layout.bounds.y).toBe(340);
  });

  it('never runs backwards on a map not drawn left to right', () => {
    // P2 is drawn left of P1: its segment starts where the previous one ended.
    const nodes: VsmNode[] = [
      aProcess({ name: 'P1', cycleTimeSec: 10 }, { id: 'P1', position: { x: 400, y: 0 } }),
      anInventory({ days: 1 }, { id: 'I', position: { x: 560, y: 20 } }),
      aProcess({ name: 'P2', cycleTimeSec: 10 }, { id: 'P2', position: { x: 0, y: 0 } }),
      aCustomer({ demandPerDay: 100 }, { id: 'cust', position: { x: 700, y: 0 } }),
    ];
    const state = aState({ nodes, edges: [anEdge('P1', 'I'), anEdge('I', 'P2'), anEdge('P2', 'cust')] });
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    // P1 400..520; the wait to P2's left edge (0) collapses at 520; P2 keeps its width from 520.
    expect(layout.segments.map(({ level, x1, x2 }) => [level, x1, x2])).toEqual([
      ['lower', 400, 520], ['upper', 520, 520], ['lower', 520, 640],
    ]);
  });

  it('joins consecutive steps in continuous flow with an unlabelled upper segment', () => {
    const nodes: VsmNode[] = [
      aProcess({ name: 'P1', cycleTimeSec: 10 }, { id: 'P1', position: { x: 0, y: 0 } }),
      aProcess({ name: 'P2', cycleTimeSec: 12 }, { id: 'P2', position: { x: 160, y: 0 } }),
      aCustomer({ demandPerDay: 100 }, { id: 'cust', position: { x: 320, y: 0 } }),
    ];
    const state = aState({ nodes, edges: [anEdge('P1', 'P2'), anEdge('P2', 'cust')] });
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    expect(layout.segments.map(({ level, x1, x2, value, labelled }) => [level, x1, x2, value, labelled])).toEqual([
      ['lower', 0, 120, 10, true], ['upper', 120, 160, 0, false], ['lower', 160, 280, 12, true],
    ]);
  });

  it('counts transit as waiting: a truck spans its box, a shipment arrow straight into a step gets a stub', () => {
    // Supplier ⇒ (shipment arrow, 1 day) ⇒ P1 → truck (0.5 day) → customer.
    const nodes: VsmNode[] = [
      aSupplier({}, { id: 'sup', position: { x: -300, y: 0 } }),
      aProcess({ name: 'P1', cycleTimeSec: 10 }, { id: 'P1', position: { x: 200, y: 0 } }),
      aTransport({ transitDays: 0.5 }, { id: 'truck', position: { x: 360, y: 0 } }),
      aCustomer({ demandPerDay: 100 }, { id: 'cust', position: { x: 520, y: 0 } }),
    ];
    const edges = [
      anEdge('sup', 'P1', { type: 'shipment', data: { transitDays: 1 } }),
      anEdge('P1', 'truck', { type: 'shipment' }), anEdge('truck', 'cust', { type: 'shipment' }),
    ];
    const state = aState({ nodes, edges });
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    // Stub 4 em = 56 px before P1's left edge 200; the truck 360..460 after P1's right edge 320.
    expect(layout.segments.map(({ level, x1, x2, value }) => [level, x1, x2, value])).toEqual([
      ['upper', 144, 200, 1], ['lower', 200, 320, 10], ['upper', 320, 460, 0.5],
    ]);
  });

  it('leaves a waiting value out (null) when a stock on it has no days', () => {
    // No demand: 700 units cannot be turned into days.
    const nodes: VsmNode[] = [
      anInventory({ quantity: 700 }, { id: 'I', position: { x: 0, y: 0 } }),
      aProcess({ name: 'P1', cycleTimeSec: 10 }, { id: 'P1', position: { x: 100, y: 0 } }),
      aCustomer({}, { id: 'cust', position: { x: 300, y: 0 } }),
    ];
    const state = aState({ nodes, edges: [anEdge('I', 'P1'), anEdge('P1', 'cust')] });
    const layout = layoutLadder(state.nodes, analyzeMap(state), sizeOf)!;
    expect(layout.segments.map(({ level, value }) => [level, value])).toEqual([['upper', null], ['lower', 10]]);
  });

  it('tells a layout that draws the same from one that moved (a drag redraws only when the ladder changes)', () => {
    const state = line();
    const analysis = analyzeMap(state);
    const first = layoutLadder(state.nodes, analysis, sizeOf);
    // The production control above the row moves: the ladder does not.
    const control = state.nodes.find((n) => n.id === 'ctl')!;
    const movedControl = state.nodes.map((n) => (n === control ? { ...n, position: { x: 340, y: -150 } } : n));
    expect(sameLayout(first, layoutLadder(movedControl, analysis, sizeOf))).toBe(true);
    // P2 moves 20 px right: its rung and the waits on both sides move with it.
    const movedStep = state.nodes.map((n) => (n.id === 'P2' ? { ...n, position: { x: 440, y: 180 } } : n));
    expect(sameLayout(first, layoutLadder(movedStep, analysis, sizeOf))).toBe(false);
    expect(sameLayout(first, null)).toBe(false);
  });

  it('draws nothing without a timeline', () => {
    // A customer alone (a blank map) has no flow, so no critical path.
    const state = aState({ nodes: [aSupplier({}, { id: 'sup' }), aCustomer({ demandPerDay: 10 }, { id: 'cust' })] });
    expect(layoutLadder(state.nodes, analyzeMap(state), sizeOf)).toBeNull();
  });
});

describe('the stretch of the ladder the canvas draws', () => {
  it('covers the view and a grid step more each side, the step the shown width rounded up to a power of two', () => {
    // Canvas 650 px at zoom 0.5 shows 1,300 map px; step 2,048. Left edge at x = 1,000 (viewport x -500):
    // cell 0, so the range starts a step before it, at -2,048, and runs four steps, to 6,144.
    expect(ladderRange({ x: -500, zoom: 0.5 }, 650)).toEqual({ x1: -2048, x2: 6144 });
    // Panned 900 map px further (left edge 1,900): still cell 0, the same range, so nothing is redrawn.
    expect(ladderRange({ x: -950, zoom: 0.5 }, 650)).toEqual({ x1: -2048, x2: 6144 });
    // Past the grid line at 2,048: the range moves one step.
    expect(ladderRange({ x: -1100, zoom: 0.5 }, 650)).toEqual({ x1: 0, x2: 8192 });
    // Zoomed out to 0.1: 6,500 map px shown, step 8,192; left edge -1,000 is in cell -1.
    expect(ladderRange({ x: 100, zoom: 0.1 }, 650)).toEqual({ x1: -16384, x2: 16384 });
  });

  it('is everything while the canvas has no width', () => {
    expect(ladderRange({ x: 0, zoom: 1 }, 0)).toBeNull();
  });

  it('picks the segments reaching into the range and one more each side', () => {
    // Ten segments, each 100 wide, end to end from 0 to 1,000.
    const segments = Array.from({ length: 10 }, (_, i): LadderSegment => ({
      level: i % 2 === 0 ? 'upper' : 'lower', x1: i * 100, x2: (i + 1) * 100, y: 0, value: 1, nodeIds: [`n${i}`], labelled: true, labelY: 0,
    }));
    // 350 to 520 meets segments 3 (300-400), 4 and 5 (500-600); with one more each side: 2 to 6.
    const shown = segmentsInRange(segments, { x1: 350, x2: 520 });
    expect(shown.first).toBe(2);
    expect(shown.segments.map((s) => s.x1)).toEqual([200, 300, 400, 500, 600]);
    // Past the end: only the last segment (the one before the range).
    expect(segmentsInRange(segments, { x1: 5000, x2: 6000 }).segments.map((s) => s.x1)).toEqual([900]);
    expect(segmentsInRange(segments, null).segments).toBe(segments);
  });
});
