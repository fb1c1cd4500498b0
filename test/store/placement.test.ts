import { createEditorStore, type EditorStore } from '../../src/store';
import type { Placement } from '../../src/store/types';
import type { VsmNode, VsmNodeType } from '../../src/domain/types';
import { aCustomer, aDocument, aProcess, aSupplier } from '../fixtures/builders';
import { doUndoRedo, edgeOf, lineStore, mapOf, nodeOf } from './storeFixture';

// Sizes picked for easy sums: a process 120×80, a stock 60×60, everything else 80×60.
const SIZES: Partial<Record<VsmNodeType, { width: number; height: number }>> = {
  process: { width: 120, height: 80 },
  inventory: { width: 60, height: 60 },
  control: { width: 120, height: 60 },
  operator: { width: 40, height: 40 },
};
const sizeOf = (type: VsmNodeType) => SIZES[type] ?? { width: 80, height: 60 };
const WIDE_VIEW = { x: -100, y: -300, width: 1400, height: 800 };
const at = (view = WIDE_VIEW): Placement => ({ view, sizeOf });

/** One process `p1` at the origin, selected. */
function oneStepStore(): EditorStore {
  const store = createEditorStore(aDocument({ current: { nodes: [aProcess({ name: 'Stamping' }, { id: 'p1', position: { x: 0, y: 0 } })], edges: [] } }));
  store.getState().setSelection({ nodeIds: ['p1'] });
  return store;
}

const rect = (n: VsmNode) => ({ ...n.position, ...sizeOf(n.type) });
function expectNoOverlap(nodes: readonly VsmNode[]): void {
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1)) {
      const r = rect(a);
      const s = rect(b);
      const apart = r.x + r.width <= s.x || s.x + s.width <= r.x || r.y + r.height <= s.y || s.y + s.height <= r.y;
      expect(apart, `${a.id} at ${JSON.stringify(r)} on ${b.id} at ${JSON.stringify(s)}`).toBe(true);
    }
  }
}
function expectInView(node: VsmNode, view = WIDE_VIEW): void {
  const r = rect(node);
  expect(r.x).toBeGreaterThanOrEqual(view.x);
  expect(r.y).toBeGreaterThanOrEqual(view.y);
  expect(r.x + r.width).toBeLessThanOrEqual(view.x + view.width);
  expect(r.y + r.height).toBeLessThanOrEqual(view.y + view.height);
}

describe('addNodePlaced', () => {
  it('puts the first symbol of an empty map in the middle of the view', () => {
    const store = createEditorStore(aDocument({ current: { nodes: [], edges: [] } }));
    const id = store.getState().addNodePlaced('process', at({ x: 0, y: 0, width: 1000, height: 600 }));
    // Centre (500, 300) less half of 120×80.
    expect(nodeOf(store, id)?.position).toEqual({ x: 440, y: 260 });
  });

  it('starts the flow after the supplier on a map without steps, not after the customer', () => {
    const store = createEditorStore(aDocument({ current: { nodes: [
      aSupplier({}, { id: 's', position: { x: 0, y: 0 } }),
      aCustomer({}, { id: 'c', position: { x: 900, y: 0 } }),
    ], edges: [] } }));
    const id = store.getState().addNodePlaced('process', at());
    // Supplier 80×60: x 0 + 80 + 40; centre 30 less half of 80.
    expect(nodeOf(store, id)?.position).toEqual({ x: 120, y: -10 });
  });

  it('puts a stock after the selected step, on its centre line, in one undo step', () => {
    const store = oneStepStore();
    let id = '';
    doUndoRedo(store, () => {
      id = store.getState().addNodePlaced('inventory', at());
      expect(store.getState().selection.nodeIds).toEqual([id]);
    });
    // x: 0 + 120 wide + 40 gap; y: centre 40 less half of 60.
    expect(nodeOf(store, id)?.position).toEqual({ x: 160, y: 10 });
  });

  it('lines up five processes added in a row without overlap', () => {
    const store = oneStepStore();
    const ids = Array.from({ length: 5 }, () => store.getState().addNodePlaced('process', at()));
    // Each 120 wide with 40 between: 160, 320, 480, 640, 800, all on the row at y 0.
    expect(ids.map((id) => nodeOf(store, id)?.position)).toEqual([160, 320, 480, 640, 800].map((x) => ({ x, y: 0 })));
    expectNoOverlap(mapOf(store).nodes);
  });

  it('puts information in the row above the step and an operator under it', () => {
    const store = oneStepStore();
    const control = store.getState().addNodePlaced('control', at());
    // Centred over the 120 wide step; 100 above its top, less its own 60.
    expect(nodeOf(store, control)?.position).toEqual({ x: 0, y: -160 });
    store.getState().setSelection({ nodeIds: ['p1'] });
    const operator = store.getState().addNodePlaced('operator', at());
    // Centred under the step (60 - 20), 20 below its bottom at 80.
    expect(nodeOf(store, operator)?.position).toEqual({ x: 40, y: 100 });
  });

  it('keeps the symbol in view: the spot after the step is off screen, the nearest free one in view is under it', () => {
    const store = oneStepStore();
    const view = { x: -100, y: -300, width: 300, height: 800 };
    const id = store.getState().addNodePlaced('process', at(view));
    // After the step would be x 160, but the view ends at 200, less a 20 margin: x at most 60.
    // Every x in view is within 20 of the step, so the row is full: down to 20 under its bottom (80).
    expect(nodeOf(store, id)?.position).toEqual({ x: 60, y: 100 });
    expectInView(nodeOf(store, id)!, view);
  });

  it('never puts a symbol on another, whatever is added after whatever is selected', () => {
    const store = lineStore();
    const types: VsmNodeType[] = ['process', 'inventory', 'control', 'operator', 'kaizen', 'supermarket', 'process', 'kanban-post', 'note', 'fifo'];
    for (const [i, type] of types.entries()) {
      const nodes = mapOf(store).nodes;
      if (i % 3 === 0) store.getState().setSelection({ nodeIds: [nodes[i % nodes.length]!.id] });
      const id = store.getState().addNodePlaced(type, at());
      expectInView(nodeOf(store, id)!);
    }
    expectNoOverlap(mapOf(store).nodes);
  });
});

describe('addNextStep', () => {
  it('adds a stock and a process after the selected step, joined by the flow type, in one undo step', () => {
    const store = oneStepStore();
    store.getState().setFlowType('withdrawal');
    let processId: string | null = null;
    doUndoRedo(store, () => {
      processId = store.getState().addNextStep(at());
      expect(store.getState().selection.nodeIds).toEqual([processId]);
    });
    const map = mapOf(store);
    const stock = map.nodes.find((n) => n.type === 'inventory')!;
    // Stock at 0 + 120 + 40, centred on the step; the process 60 + 40 after it.
    expect(stock.position).toEqual({ x: 160, y: 10 });
    expect(nodeOf(store, processId!)?.position).toEqual({ x: 260, y: 0 });
    expect(map.edges.map((e) => [e.source, e.target, e.type])).toEqual([['p1', stock.id, 'withdrawal'], [stock.id, processId, 'withdrawal']]);
  });

  it('draws a line when pressed again, and joins with a push arrow when the flow type is information', () => {
    const store = oneStepStore();
    store.getState().setFlowType('electronic-info');
    store.getState().addNextStep(at());
    const last = store.getState().addNextStep(at())!;
    // Second stock after the process at 260: 260 + 160 = 420; its process 420 + 100 = 520.
    expect(nodeOf(store, last)?.position).toEqual({ x: 520, y: 0 });
    expect(new Set(mapOf(store).edges.map((e) => e.type))).toEqual(new Set(['push']));
    expectNoOverlap(mapOf(store).nodes);
  });

  it('does nothing without a selected step', () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['i3'] });
    const before = store.getState().document;
    expect(store.getState().addNextStep(at())).toBeNull();
    expect(store.getState().document).toBe(before);
    expect(edgeOf(store, 'e8')).toBeDefined();
  });
});
