import * as Y from 'yjs';
import { createEditorStore, type EditorStore } from '../../src/store';
import { replicasOf } from '../collab/replicas';
import { lineDocument, mapOf, nodeOf } from './storeFixture';

/** The cycle time of a process, as the person's store shows it. */
function cycle(store: EditorStore, id: string): number | undefined {
  return (nodeOf(store, id)!.data as { cycleTimeSec?: number }).cycleTimeSec;
}

/** Two people in one room: each store on its own Y.Doc, every update delivered to the other at once. */
function twoPeople(): [EditorStore, EditorStore] {
  const [a, b] = replicasOf(lineDocument(), 2) as [Y.Doc, Y.Doc];
  a.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'remote') Y.applyUpdate(b, update, 'remote'); });
  b.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'remote') Y.applyUpdate(a, update, 'remote'); });
  return [createEditorStore(undefined, { ydoc: a }), createEditorStore(undefined, { ydoc: b })];
}

describe('the store on a shared document', () => {
  it('opens what the room holds, not the map it was given', () => {
    const [ydoc] = replicasOf(lineDocument(), 1) as [Y.Doc];
    const store = createEditorStore(undefined, { ydoc });
    expect(mapOf(store).nodes.map((n) => n.id)).toEqual(['s1', 'p2', 'i3', 'p4', 'c5', 'pc6']);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('shows the other person\'s edit at once, and it is not in my undo', () => {
    const [anna, budi] = twoPeople();
    anna.getState().updateNodeData('p2', { cycleTimeSec: 35 });
    expect(cycle(budi, 'p2')).toBe(35);
    expect(budi.getState().undoDepth).toBe(0);
    budi.getState().undo();
    expect(cycle(budi, 'p2')).toBe(35);
  });

  it('undoes my edit only, keeping the edit someone made after it', () => {
    const [anna, budi] = twoPeople();
    anna.getState().updateNodeData('p2', { cycleTimeSec: 35 });
    budi.getState().updateNodeData('p4', { cycleTimeSec: 45 });
    anna.getState().undo();
    // Anna's change is gone everywhere; Budi's, made after it, stays everywhere.
    for (const store of [anna, budi]) {
      expect(cycle(store, 'p2')).toBe(40);
      expect(cycle(store, 'p4')).toBe(45);
    }
    anna.getState().redo();
    expect(cycle(budi, 'p2')).toBe(35);
  });

  it('keeps both of two edits of different fields of one symbol', () => {
    const [anna, budi] = twoPeople();
    anna.getState().updateNodeData('p2', { cycleTimeSec: 35 });
    budi.getState().updateNodeData('p2', { name: 'Press' });
    expect(nodeOf(anna, 'p2')!.data).toMatchObject({ name: 'Press', cycleTimeSec: 35 });
    expect(nodeOf(budi, 'p2')!.data).toMatchObject({ name: 'Press', cycleTimeSec: 35 });
  });

  it('drops my selection of a symbol someone else deleted', () => {
    const [anna, budi] = twoPeople();
    budi.getState().setSelection({ nodeIds: ['p4'] });
    anna.getState().setSelection({ nodeIds: ['p4'] });
    anna.getState().deleteSelection();
    expect(nodeOf(budi, 'p4')).toBeUndefined();
    expect(budi.getState().selection.nodeIds).toEqual([]);
  });

  it('keeps the viewport to the person: panning is not shared and not an undo step', () => {
    const [anna, budi] = twoPeople();
    anna.getState().saveViewport({ x: 10, y: 20, zoom: 2 });
    expect(mapOf(anna).viewport).toEqual({ x: 10, y: 20, zoom: 2 });
    expect(mapOf(budi).viewport).toBeUndefined();
    expect(anna.getState().undoDepth).toBe(0);
    budi.getState().updateNodeData('p2', { cycleTimeSec: 30 });
    expect(mapOf(anna).viewport).toEqual({ x: 10, y: 20, zoom: 2 });
  });

  it('changes nothing in an observer\'s store', () => {
    const [ydoc] = replicasOf(lineDocument(), 1) as [Y.Doc];
    const store = createEditorStore(undefined, { ydoc, readOnly: true });
    const before = store.getState().document;
    store.getState().updateNodeData('p2', { cycleTimeSec: 1 });
    store.getState().setSelection({ nodeIds: ['p2'] });
    store.getState().deleteSelection();
    store.getState().newMap();
    expect(store.getState().document).toBe(before);
  });
});
