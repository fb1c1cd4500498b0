import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { nodeSize } from '../../src/canvas/registry';
import { parseDocumentText } from '../../src/domain/validate';
import type { VsmDocument, VsmNode } from '../../src/domain/types';
import { createEditorStore } from '../../src/store';
import { doUndoRedo, lineStore, mapOf, nodeOf } from './storeFixture';

const engine = new ELK();
const sample = (file: string): VsmDocument => parseDocumentText(readFileSync(`public/samples/${file}.json`, 'utf8'));
const overlap = (a: VsmNode, b: VsmNode) => {
  const r = { ...a.position, ...nodeSize(a.type) };
  const s = { ...b.position, ...nodeSize(b.type) };
  return r.x < s.x + s.width && s.x < r.x + r.width && r.y < s.y + s.height && s.y < r.y + r.height;
};
const overlaps = (nodes: readonly VsmNode[]) => nodes.flatMap((a, i) => nodes.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.id}/${b.id}`));

describe('applyLayout', () => {
  it('moves every symbol named in one undo step and skips ids not on the map', () => {
    const store = lineStore();
    doUndoRedo(store, () => store.getState().applyLayout(new Map([
      ['s1', { x: -100, y: 20 }], ['p4', { x: 700, y: 40 }], ['gone', { x: 1, y: 1 }],
    ])));
    expect(nodeOf(store, 's1')?.position).toEqual({ x: -100, y: 20 });
    expect(nodeOf(store, 'p4')?.position).toEqual({ x: 700, y: 40 });
    expect(nodeOf(store, 'p2')?.position).toEqual({ x: 200, y: 0 });
  });

  it('leaves no step when nothing moves', () => {
    const store = lineStore();
    store.getState().applyLayout(new Map([['s1', { x: 0, y: 0 }]]));
    expect(store.getState().undoDepth).toBe(0);
  });
});

describe('tidyLayout', () => {
  it.each(['steering-bracket', 'order-to-cash-office'])('tidies a shuffled %s in one step that undo takes back whole', async (file) => {
    const doc = sample(file);
    // A messy wall: every symbol of the current state dealt onto a few spots, most on top of others.
    const messy: VsmDocument = { ...doc, states: { ...doc.states, current: {
      ...doc.states.current, nodes: doc.states.current.nodes.map((n, i) => ({ ...n, position: { x: (i * 7) % 5 * 90, y: (i * 3) % 4 * 70 } }) as VsmNode),
    } } };
    const store = createEditorStore(messy);
    expect(overlaps(mapOf(store).nodes).length).toBeGreaterThan(0);
    const before = store.getState().document;

    expect(await store.getState().tidyLayout(nodeSize, engine)).toBe(true);
    const after = store.getState().document;
    expect(overlaps(mapOf(store).nodes)).toEqual([]);
    const { nodes } = mapOf(store);
    const supplier = nodes.find((n) => n.type === 'supplier')!;
    const customer = nodes.find((n) => n.type === 'customer')!;
    for (const step of nodes.filter((n) => n.type === 'process' || n.type === 'workcell')) {
      expect(supplier.position.x + nodeSize('supplier').width).toBeLessThan(step.position.x);
      expect(customer.position.x).toBeGreaterThan(step.position.x + nodeSize(step.type).width);
    }
    // Only positions and the sides arrows take changed: same symbols, same data, same arrows between them.
    const ends = (edges: typeof after.states.current.edges) => edges.map(({ sourceHandle: _s, targetHandle: _t, ...rest }) => rest);
    expect(ends(mapOf(store).edges)).toEqual(ends(before.states.current.edges));
    for (const edge of mapOf(store).edges.filter((e) => e.type === 'push')) expect([edge.sourceHandle, edge.targetHandle]).toEqual(['r', 'l']);
    expect(nodes.map(({ position: _, ...rest }) => rest)).toEqual(before.states.current.nodes.map(({ position: _, ...rest }) => rest));

    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    expect(store.getState().document).toEqual(before);
    store.getState().redo();
    expect(store.getState().document).toEqual(after);
  });

  it('uses the sizes measured on the canvas over the defaults', async () => {
    const store = createEditorStore(sample('steering-bracket'));
    // Stamping measured three times its default height: whatever stands over it must clear it.
    store.getState().applyNodeChanges([{ type: 'dimensions', id: 'stamping', dimensions: { width: 180, height: 510 } }]);
    await store.getState().tidyLayout(nodeSize, engine);
    const stamping = nodeOf(store, 'stamping')!;
    const operator = nodeOf(store, 'op-stamping')!;
    const coils = nodeOf(store, 'inv-coils')!;
    // On one centre line with the stock before it, so its top lies 255 − 60 above the stock's.
    expect(coils.position.y - stamping.position.y).toBe(255 - 60);
    expect(operator.position.y + nodeSize('operator').height).toBeLessThanOrEqual(stamping.position.y);
  });

  it('does nothing when the person turned to the other state before the layout came back', async () => {
    const store = createEditorStore(sample('steering-bracket'));
    const before = store.getState().document;
    // The store's own engine this time (the bundled ELK outside a browser).
    const tidying = store.getState().tidyLayout(nodeSize);
    store.getState().setActiveState('future');
    expect(await tidying).toBe(false);
    expect(store.getState().document).toEqual(before);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('changes nothing for an observer', async () => {
    const store = createEditorStore(sample('steering-bracket'), { readOnly: true });
    expect(await store.getState().tidyLayout(nodeSize, engine)).toBe(false);
    expect(store.getState().undoDepth).toBe(0);
  });
});
