import type { EdgeChange, NodeChange } from '@xyflow/react';
import { doUndoRedo, edgeIds, lineStore, nodeIds, nodeOf } from './storeFixture';

const move = (id: string, x: number, y: number, dragging?: boolean): NodeChange =>
  ({ id, type: 'position', position: { x, y }, ...(dragging === undefined ? {} : { dragging }) });

describe('applyNodeChanges', () => {
  it('makes one whole drag one step, however many moves it has', () => {
    const store = lineStore();
    // Drag p2 from (200,0) in 5 moves of 20 px, then release at (300,0).
    for (let i = 1; i <= 5; i++) store.getState().applyNodeChanges([move('p2', 200 + 20 * i, 0, true)]);
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 300, y: 0 });
    expect(store.getState().undoDepth).toBe(0);
    store.getState().applyNodeChanges([move('p2', 300, 0, false)]);
    expect(store.getState().undoDepth).toBe(1);
    expect(store.getState().dragOrigin).toBeNull();

    store.getState().undo();
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 200, y: 0 });
    store.getState().redo();
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 300, y: 0 });
  });

  it('drags several symbols as one step', () => {
    const store = lineStore();
    store.getState().applyNodeChanges([move('p2', 210, 10, true), move('p4', 610, 10, true)]);
    store.getState().applyNodeChanges([move('p2', 220, 20, true), move('p4', 620, 20, true)]);
    // The drag end of React Flow may carry no position at all.
    store.getState().applyNodeChanges([
      { id: 'p2', type: 'position', dragging: false }, { id: 'p4', type: 'position', dragging: false },
    ]);
    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 200, y: 0 });
    expect(nodeOf(store, 'p4')!.position).toEqual({ x: 600, y: 0 });
  });

  it('leaves no step for a drag that ends where it began', () => {
    const store = lineStore();
    store.getState().applyNodeChanges([move('p2', 220, 0, true)]);
    store.getState().applyNodeChanges([move('p2', 200, 0, false)]);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('records a move outside a drag (arrow keys in React Flow) as one step', () => {
    const store = lineStore();
    doUndoRedo(store, () => store.getState().applyNodeChanges([move('i3', 420, 0, false)]));
    expect(nodeOf(store, 'i3')!.position).toEqual({ x: 420, y: 0 });
  });

  it('puts selection and measured sizes outside history', () => {
    const store = lineStore();
    const doc = store.getState().document;
    store.getState().applyNodeChanges([
      { id: 'p2', type: 'select', selected: true },
      { id: 'p4', type: 'select', selected: true },
      { id: 'p2', type: 'dimensions', dimensions: { width: 160, height: 120 } },
    ]);
    store.getState().applyNodeChanges([{ id: 'p2', type: 'select', selected: false }]);
    expect(store.getState().selection.nodeIds).toEqual(['p4']);
    expect(store.getState().measured).toEqual({ p2: { width: 160, height: 120 } });
    expect(store.getState().document).toBe(doc);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('removes symbols with the edges touching them in one step; the edge removals after it add none', () => {
    const store = lineStore();
    doUndoRedo(store, () => store.getState().applyNodeChanges([{ id: 'i3', type: 'remove' }]));
    // React Flow then sends the removal of i3's edges e8 and e9, already gone.
    const edges: EdgeChange[] = [{ id: 'e8', type: 'remove' }, { id: 'e9', type: 'remove' }];
    store.getState().applyEdgeChanges(edges);
    expect(store.getState().undoDepth).toBe(1);
    expect(nodeIds(store)).not.toContain('i3');
    expect(edgeIds(store)).toEqual(['e7', 'e10', 'e11']);
  });
});

describe('applyEdgeChanges', () => {
  it('selects without history and removes with one step', () => {
    const store = lineStore();
    store.getState().applyEdgeChanges([{ id: 'e8', type: 'select', selected: true }]);
    expect(store.getState().selection.edgeIds).toEqual(['e8']);
    expect(store.getState().undoDepth).toBe(0);
    doUndoRedo(store, () => store.getState().applyEdgeChanges([{ id: 'e8', type: 'remove' }]));
    expect(edgeIds(store)).toEqual(['e7', 'e9', 'e10', 'e11']);
    expect(store.getState().selection.edgeIds).toEqual([]);
  });
});

describe('bad positions', () => {
  it('never lets NaN into the document', () => {
    const store = lineStore();
    store.getState().applyNodeChanges([move('p2', Number.NaN, 0, false)]);
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 200, y: 0 });
    const id = store.getState().addNode('note', { x: Number.NaN, y: Number.POSITIVE_INFINITY });
    expect(nodeOf(store, id)!.position).toEqual({ x: 0, y: 0 });
  });
});
