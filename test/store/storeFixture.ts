import { createEditorStore, type EditorStore } from '../../src/store';
import { activeMap } from '../../src/store/selectors';
import type { MapState, VsmDocument } from '../../src/domain/types';
import { aCustomer, aDocument, aNode, anEdge, anInventory, aProcess, aSupplier } from '../fixtures/builders';

/**
 * A short line, ids fixed so tests can name them (ids the store makes are random).
 *
 *   s1 supplier ─e7→ p2 Stamping ─e8→ i3 inventory ─e9→ p4 Welding ─e10→ c5 customer ─e11 info→ pc6 control
 */
export function lineDocument(): VsmDocument {
  return aDocument({
    current: {
      nodes: [
        aSupplier({}, { id: 's1', position: { x: 0, y: 0 } }),
        aProcess({ name: 'Stamping', cycleTimeSec: 40 }, { id: 'p2', position: { x: 200, y: 0 } }),
        anInventory({ quantity: 920 }, { id: 'i3', position: { x: 400, y: 0 } }),
        aProcess({ name: 'Welding', cycleTimeSec: 50 }, { id: 'p4', position: { x: 600, y: 0 } }),
        aCustomer({ demandPerDay: 920 }, { id: 'c5', position: { x: 800, y: 0 } }),
        aNode('control', { name: 'MRP' }, { id: 'pc6', position: { x: 400, y: -200 } }),
      ],
      edges: [
        anEdge('s1', 'p2', { id: 'e7', type: 'material' }),
        anEdge('p2', 'i3', { id: 'e8' }),
        anEdge('i3', 'p4', { id: 'e9' }),
        anEdge('p4', 'c5', { id: 'e10', type: 'material' }),
        anEdge('c5', 'pc6', { id: 'e11', type: 'electronic-info' }),
      ],
    },
  });
}

export function lineStore(): EditorStore {
  return createEditorStore(lineDocument());
}

/** The map on screen. */
export const mapOf = (store: EditorStore): MapState => activeMap(store.getState());
export const nodeOf = (store: EditorStore, id: string) => mapOf(store).nodes.find((n) => n.id === id);
export const edgeOf = (store: EditorStore, id: string) => mapOf(store).edges.find((e) => e.id === id);
export const nodeIds = (store: EditorStore): string[] => mapOf(store).nodes.map((n) => n.id);
export const edgeIds = (store: EditorStore): string[] => mapOf(store).edges.map((e) => e.id);

/**
 * Runs a command and checks the undo contract: exactly one step, undo brings back the document
 * before, redo the document after (read back from the shared document: equal, not the same
 * objects). Returns both for further checks.
 */
export function doUndoRedo(store: EditorStore, command: () => void): { before: VsmDocument; after: VsmDocument } {
  const before = store.getState().document;
  const pastBefore = store.getState().undoDepth;
  command();
  const after = store.getState().document;
  expect(after).not.toBe(before);
  expect(store.getState().undoDepth).toBe(pastBefore + 1);
  store.getState().undo();
  expect(store.getState().document).toEqual(before);
  expect(store.getState().undoDepth).toBe(pastBefore);
  store.getState().redo();
  expect(store.getState().document).toEqual(after);
  return { before, after };
}
