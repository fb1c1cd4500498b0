import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { nodeSize } from '../../src/canvas/registry';
import { roleOf } from '../../src/domain/symbols';
import { isMaterialEdge, type MapState, type VsmNode, type VsmNodeType, type XYPosition } from '../../src/domain/types';
import { parseDocumentText } from '../../src/domain/validate';
import { arrowSides, tidyMap } from '../../src/layout/tidy';
import { aCustomer, aNode, anEdge, aProcess, aSupplier } from '../fixtures/builders';

const engine = new ELK();
const GRID = 20;
const sizeOf = (node: Pick<VsmNode, 'type'>) => nodeSize(node.type);

/** The map with every symbol at its tidied position. */
async function tidied(map: MapState, sizes: (node: VsmNode) => { width: number; height: number } = sizeOf): Promise<MapState> {
  const { positions, sides } = await tidyMap(map, { sizeOf: sizes, engine, gridPx: GRID });
  return {
    ...map,
    nodes: map.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position }) as VsmNode),
    edges: map.edges.map((e) => ({ ...e, ...sides.get(e.id) })),
  };
}

const box = (n: VsmNode) => ({ left: n.position.x, top: n.position.y, right: n.position.x + nodeSize(n.type).width, bottom: n.position.y + nodeSize(n.type).height });
const isFlow = (n: VsmNode) => roleOf(n.type) !== 'information' && roleOf(n.type) !== 'annotation';
const isStep = (type: VsmNodeType) => roleOf(type) === 'step';

/** What a textbook VSM looks like, checked on a tidied map. */
function expectTextbook(map: MapState): void {
  const flow = map.nodes.filter(isFlow);
  const steps = map.nodes.filter((n) => isStep(n.type));
  for (const supplier of map.nodes.filter((n) => n.type === 'supplier')) {
    for (const step of steps) expect(box(supplier).right, `supplier ${supplier.id} left of ${step.id}`).toBeLessThan(box(step).left);
  }
  for (const customer of map.nodes.filter((n) => n.type === 'customer')) {
    for (const step of steps) expect(box(customer).left, `customer ${customer.id} right of ${step.id}`).toBeGreaterThan(box(step).right);
  }
  const flowTop = Math.min(...flow.map((n) => box(n).top));
  const flowBottom = Math.max(...flow.map((n) => box(n).bottom));
  for (const info of map.nodes.filter((n) => roleOf(n.type) === 'information')) {
    expect(box(info).bottom, `${info.id} above the flow`).toBeLessThanOrEqual(flowTop);
  }
  // The ladder goes under the lowest flow symbol: nothing else may be there.
  for (const n of map.nodes) expect(box(n).bottom, `${n.id} not under the flow row`).toBeLessThanOrEqual(flowBottom);
  // Material flows left to right (rework loops run back by nature).
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  for (const edge of map.edges) {
    if (!isMaterialEdge(edge) || edge.data?.rework === true) continue;
    expect(box(byId.get(edge.source)!).right, `${edge.source} → ${edge.target} runs right`).toBeLessThan(box(byId.get(edge.target)!).left);
  }
  // Material arrows leave right and enter left: the flow reads left to right.
  for (const edge of map.edges) {
    if (!isMaterialEdge(edge) || edge.data?.rework === true) continue;
    expect([edge.sourceHandle, edge.targetHandle], `${edge.id} sides`).toEqual(['r', 'l']);
  }
  expectNoOverlap(map.nodes);
  for (const n of map.nodes) expect(Math.abs(n.position.x % GRID), `${n.id} on the grid`).toBe(0);
}

function expectNoOverlap(nodes: readonly VsmNode[]): void {
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1)) {
      const r = box(a);
      const s = box(b);
      const apart = r.right <= s.left || s.right <= r.left || r.bottom <= s.top || s.bottom <= r.top;
      expect(apart, `${a.id} ${JSON.stringify(r)} on ${b.id} ${JSON.stringify(s)}`).toBe(true);
    }
  }
}

/** Positions dealt out again at random (seeded), symbols piled over each other: a messy wall. */
function shuffled(map: MapState, seed: number): MapState {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const spots: XYPosition[] = map.nodes.map(() => ({ x: Math.round(random() * 900), y: Math.round(random() * 500) }));
  return { ...map, nodes: map.nodes.map((n, i) => ({ ...n, position: spots[i]! }) as VsmNode) };
}

const SAMPLES = ['steering-bracket', 'order-to-cash-office'].flatMap((file) => {
  const doc = parseDocumentText(readFileSync(`public/samples/${file}.json`, 'utf8'));
  return (['current', 'future'] as const).map((state) => ({ name: `${file} (${state})`, map: doc.states[state]! }));
});

describe('tidyMap on the samples', () => {
  it.each(SAMPLES)('lays out $name as a textbook VSM', async ({ map }) => {
    expectTextbook(await tidied(map));
  });

  it.each(SAMPLES)('tidies $name from shuffled positions', async ({ map }) => {
    const messy = shuffled(map, 7);
    // The shuffle does pile symbols on each other, or this test would prove nothing.
    expect(() => expectNoOverlap(messy.nodes)).toThrow();
    expectTextbook(await tidied(messy));
  });

  it('lays steps drawn without arrows in one row, in the order drawn, not stacked as branches', async () => {
    // A supplier, then Cut, a stock and Weld drawn one under another at x 300, the customer right.
    const map: MapState = {
      ...SAMPLES[0]!.map,
      nodes: [
        aSupplier({}, { id: 's', position: { x: 0, y: 0 } }),
        aProcess({ name: 'Cut' }, { id: 'cut', position: { x: 300, y: 0 } }),
        aNode('inventory', {}, { id: 'stock', position: { x: 300, y: 200 } }),
        aProcess({ name: 'Weld' }, { id: 'weld', position: { x: 300, y: 400 } }),
        aCustomer({}, { id: 'c', position: { x: 800, y: 0 } }),
      ],
      edges: [],
    };
    const after = await tidied(map);
    const at = (id: string) => after.nodes.find((n) => n.id === id)!;
    const centreY = (id: string) => at(id).position.y + nodeSize(at(id).type).height / 2;
    expect(new Set(['s', 'cut', 'stock', 'weld', 'c'].map(centreY)).size).toBe(1);
    expect(box(at('s')).right).toBeLessThanOrEqual(box(at('cut')).left);
    expect(box(at('cut')).right).toBeLessThanOrEqual(box(at('stock')).left);
    expect(box(at('stock')).right).toBeLessThanOrEqual(box(at('weld')).left);
    expect(box(at('weld')).right).toBeLessThanOrEqual(box(at('c')).left);
  });

  it('puts a single line of steps on one centre line, each operator over its own step', async () => {
    const map = (await tidied(SAMPLES[0]!.map));
    const flow = map.nodes.filter(isFlow);
    const centres = new Set(flow.map((n) => n.position.y + nodeSize(n.type).height / 2));
    expect([...centres]).toHaveLength(1);
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    // op-stamping belongs to stamping, op-weld-1 to weld-1 … (the sample's ids).
    for (const op of map.nodes.filter((n) => n.type === 'operator')) {
      const step = byId.get(op.id.replace(/^op-/, ''))!;
      expect(box(op).bottom).toBeLessThanOrEqual(box(step).top);
      expect(box(op).right).toBeGreaterThan(box(step).left);
      expect(box(op).left).toBeLessThan(box(step).right);
    }
  });

  it('stacks a parallel branch: the complaints loop of the office sample runs under the main line into invoicing', async () => {
    const map = await tidied(SAMPLES[2]!.map);
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    const complaints = byId.get('complaints')!;
    const invoicing = byId.get('invoicing')!;
    const customer = byId.get('customer')!;
    // complaints feeds invoicing, so it stands left of it; the loop back from the customer is rework.
    expect(box(complaints).right).toBeLessThan(box(invoicing).left);
    expect(box(customer).left).toBeGreaterThan(box(complaints).right);
  });
});

describe('arrowSides', () => {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 60 });
  it('faces the sides in a row, comes down from above, fans out sideways to what is not below', () => {
    expect(arrowSides(box(0, 0), box(200, 10))).toEqual({ sourceHandle: 'r', targetHandle: 'l' });
    expect(arrowSides(box(200, 0), box(0, 10))).toEqual({ sourceHandle: 'l', targetHandle: 'r' });
    // Control at 0…100 over a step whose centre (50) is under it.
    expect(arrowSides(box(0, 0), box(0, 200))).toEqual({ sourceHandle: 'b', targetHandle: 't' });
    // Control over to the left of a step (centre 450): out of its right side.
    expect(arrowSides(box(0, 0), box(400, 200))).toEqual({ sourceHandle: 'r', targetHandle: 't' });
    // The customer's order up to control, which stands to its left.
    expect(arrowSides(box(400, 200), box(0, 0))).toEqual({ sourceHandle: 't', targetHandle: 'r' });
  });
});

describe('tidyMap, worked by hand', () => {
  // Sizes picked for easy sums: supplier and customer 100×60, process 120×80, operator 40×40, control 120×40.
  const SIZES: Partial<Record<VsmNodeType, { width: number; height: number }>> = {
    supplier: { width: 100, height: 60 }, customer: { width: 100, height: 60 }, process: { width: 120, height: 80 },
    operator: { width: 40, height: 40 }, control: { width: 120, height: 40 }, kaizen: { width: 60, height: 40 },
  };
  const small = (n: VsmNode) => SIZES[n.type]!;

  it('places supplier, step, customer, the operator over its step and control over what it steers', async () => {
    // Drawn backwards: customer at the left, supplier at the right, operator and control below.
    const map: MapState = {
      settings: SAMPLES[0]!.map.settings,
      nodes: [
        aCustomer({}, { id: 'c', position: { x: 0, y: 0 } }),
        aProcess({}, { id: 'p', position: { x: 300, y: 100 } }),
        aSupplier({}, { id: 's', position: { x: 600, y: 0 } }),
        aNode('operator', {}, { id: 'op', position: { x: 320, y: 400 } }),
        aNode('control', {}, { id: 'pc', position: { x: 100, y: 500 } }),
      ],
      edges: [anEdge('s', 'p', { id: 'e1', type: 'material' }), anEdge('p', 'c', { id: 'e2', type: 'material' }), anEdge('pc', 'p', { id: 'e3', type: 'manual-info' })],
    };
    const { positions, sides } = await tidyMap(map, { sizeOf: small, engine, gridPx: GRID });
    // ELK: layers 60 px apart: supplier x 0–100, process 160–280 (its block is as wide as it, the
    // operator being narrower), customer 340–440. One centre line: the process block is the
    // operator's row (40 + 20 gap) over the process (80), its centre 60 + 40 = 100 below the block's
    // top; supplier and customer centres on that line, their tops 30 above it. The operator is
    // centred over the process (x 160 + (120 − 40) / 2 = 200), 20 px above it. Control sits over
    // the process it steers (centre 220, so x 160), its bottom 100 px above the operator's top.
    // The map keeps its top-left corner (0, 0): the control's top is the top, the supplier's
    // left edge the left.
    // Tops: control 0; operator 40 + 100 = 140 … 180; process 200 … 280 (centre 240);
    // supplier and customer 240 − 30 = 210.
    expect(Object.fromEntries(positions)).toEqual({
      s: { x: 0, y: 210 },
      p: { x: 160, y: 200 },
      c: { x: 340, y: 210 },
      op: { x: 200, y: 140 },
      pc: { x: 160, y: 0 },
    });
    // Material out right and in left; control straight over the process: out of its bottom, into its top.
    expect(Object.fromEntries(sides)).toEqual({
      e1: { sourceHandle: 'r', targetHandle: 'l' }, e2: { sourceHandle: 'r', targetHandle: 'l' }, e3: { sourceHandle: 'b', targetHandle: 't' },
    });
  });

  it('puts a kaizen burst over the step it names, wherever it was drawn', async () => {
    const map: MapState = {
      settings: SAMPLES[0]!.map.settings,
      nodes: [
        aSupplier({}, { id: 's', position: { x: 0, y: 0 } }),
        aProcess({}, { id: 'p1', position: { x: 200, y: 0 } }),
        aProcess({}, { id: 'p2', position: { x: 400, y: 0 } }),
        aCustomer({}, { id: 'c', position: { x: 600, y: 0 } }),
        // Nearest p2, but it improves p1.
        aNode('kaizen', { stepId: 'p1' }, { id: 'k', position: { x: 420, y: 100 } }),
      ],
      edges: [anEdge('s', 'p1', { type: 'material' }), anEdge('p1', 'p2', { type: 'material' }), anEdge('p2', 'c', { type: 'material' })],
    };
    const after = await tidied(map, small);
    const byId = new Map(after.nodes.map((n) => [n.id, n]));
    const k = byId.get('k')!.position;
    const p1 = byId.get('p1')!.position;
    // Centred over p1 (120 wide, the burst 60) is 30 in, on the grid 40 (p1 is on it); 20 px over it.
    expect(k).toEqual({ x: p1.x + 40, y: p1.y - 20 - 40 });
  });

  it('keeps a symbol joined to nothing where it was drawn along the flow', async () => {
    const map: MapState = {
      settings: SAMPLES[0]!.map.settings,
      nodes: [
        aSupplier({}, { id: 's', position: { x: 0, y: 0 } }),
        aProcess({}, { id: 'p1', position: { x: 200, y: 0 } }),
        aProcess({}, { id: 'p2', position: { x: 600, y: 0 } }),
        aCustomer({}, { id: 'c', position: { x: 900, y: 0 } }),
        aProcess({}, { id: 'lone', position: { x: 400, y: 300 } }),
      ],
      edges: [anEdge('s', 'p1', { type: 'material' }), anEdge('p1', 'p2', { type: 'material' }), anEdge('p2', 'c', { type: 'material' })],
    };
    const after = await tidied(map, small);
    const x = (id: string) => after.nodes.find((n) => n.id === id)!.position.x;
    // Drawn between p1 and p2: after p1, not at the start of the flow.
    expect(x('lone')).toBeGreaterThan(x('p1'));
    expect(x('lone')).toBeLessThan(x('c'));
  });

  it('moves nothing on an empty map', async () => {
    expect((await tidyMap({ nodes: [], edges: [] }, { sizeOf: small, engine, gridPx: GRID })).positions.size).toBe(0);
  });
});
