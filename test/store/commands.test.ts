import { createEditorStore, HISTORY_LIMIT } from '../../src/store';
import { activeMap } from '../../src/store/selectors';
import { aDocument, aProcess } from '../fixtures/builders';
import { doUndoRedo, edgeIds, edgeOf, lineDocument, lineStore, mapOf, nodeIds, nodeOf } from './storeFixture';

describe('addNode', () => {
  it('adds a symbol with a new random id, one step', () => {
    const store = lineStore();
    let id = '';
    const { before, after } = doUndoRedo(store, () => {
      id = store.getState().addNode('process', { x: 100, y: 300 }, { name: 'Paint' });
      expect(store.getState().selection.nodeIds).toEqual([id]);
    });
    // Random, so two people adding at once never make the same id: the prefix and 12 characters.
    expect(id).toMatch(/^p-[0-9a-z]{12}$/);
    expect(before.states.current.nodes).toHaveLength(6);
    expect(after.states.current.nodes).toHaveLength(7);
    expect(nodeOf(store, id)).toEqual({ id, type: 'process', position: { x: 100, y: 300 }, data: { name: 'Paint' } });
  });

  it('never makes an id that is taken, in either state', () => {
    const doc = aDocument({
      current: { nodes: [aProcess({}, { id: 'p1' })] },
      future: { nodes: [aProcess({}, { id: 'p40' })] },
    });
    const store = createEditorStore(doc);
    const ids = new Set(['p1', 'p40']);
    for (let i = 0; i < 200; i++) {
      const id = store.getState().addNode('inventory', { x: 0, y: 0 });
      expect(ids.has(id)).toBe(false);
      ids.add(id);
    }
  });

  it('drops prototype keys from the data', () => {
    const store = lineStore();
    const patch = JSON.parse('{"name":"Paint","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const id = store.getState().addNode('process', { x: 0, y: 0 }, patch);
    expect(nodeOf(store, id)!.data).toEqual({ name: 'Paint' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('updateNodeData', () => {
  it('sets and deletes fields in one step', () => {
    const store = lineStore();
    const { before } = doUndoRedo(store, () => {
      store.getState().updateNodeData('p2', { cycleTimeSec: 45, name: undefined });
    });
    expect(nodeOf(store, 'p2')!.data).toEqual({ cycleTimeSec: 45 });
    expect(before.states.current.nodes[1]!.data).toEqual({ name: 'Stamping', cycleTimeSec: 40 });
  });

  it('records nothing when nothing changes', () => {
    const store = lineStore();
    store.getState().updateNodeData('p2', { cycleTimeSec: 40 });
    store.getState().updateNodeData('nope', { cycleTimeSec: 1 });
    expect(store.getState().undoDepth).toBe(0);
  });
});

describe('connect', () => {
  it('adds an edge of the flow type, one step', () => {
    const store = lineStore();
    store.getState().setFlowType('manual-info');
    let id: string | null = null;
    doUndoRedo(store, () => {
      id = store.getState().connect({ source: 'pc6', target: 'p2', sourceHandle: 'bottom', targetHandle: null });
    });
    expect(id).toMatch(/^e-[0-9a-z]{12}$/);
    expect(edgeOf(store, id!)).toEqual({ id, type: 'manual-info', source: 'pc6', target: 'p2', sourceHandle: 'bottom' });
  });

  it('refuses an information arrow into an inventory: document untouched, message set', () => {
    const store = lineStore();
    store.getState().setFlowType('manual-info');
    const before = store.getState().document;
    expect(store.getState().connect({ source: 'pc6', target: 'i3' })).toBeNull();
    expect(store.getState().document).toBe(before);
    expect(store.getState().undoDepth).toBe(0);
    // The store keeps the reason as a message code; the view renders it in the reader's language.
    expect(store.getState().message).toMatchObject({
      kind: 'error', body: { message: { code: 'connection.infoIntoStock', params: { edgeType: 'manual-info', type: 'inventory' } } },
    });
  });

  it('refuses a push arrow that closes a loop, and draws it as rework when rework is on', () => {
    const store = lineStore();
    expect(store.getState().connect({ source: 'p4', target: 'p2' })).toBeNull();
    // Read from where the new arrow points: Stamping → Inventory → Welding (→ Stamping).
    expect(store.getState().message?.body).toEqual({
      message: {
        code: 'connection.closesLoop',
        params: { nodes: [{ id: 'p2', type: 'process', name: 'Stamping' }, { id: 'i3', type: 'inventory', name: null }, { id: 'p4', type: 'process', name: 'Welding' }] },
      },
    });
    store.getState().setFlowRework(true);
    const id = store.getState().connect({ source: 'p4', target: 'p2' })!;
    expect(edgeOf(store, id)).toMatchObject({ type: 'push', data: { rework: true } });
  });
});

describe('updateEdge', () => {
  it('retypes an edge and patches its data, one step', () => {
    const store = lineStore();
    doUndoRedo(store, () => {
      expect(store.getState().updateEdge('e9', { type: 'withdrawal', data: { distanceM: 12 } })).toBe(true);
    });
    expect(edgeOf(store, 'e9')).toEqual({ id: 'e9', type: 'withdrawal', source: 'i3', target: 'p4', data: { distanceM: 12 } });
    store.getState().updateEdge('e9', { data: { distanceM: undefined } });
    expect(edgeOf(store, 'e9')!.data).toBeUndefined();
  });

  it('refuses a retype the rules forbid, leaving the document untouched', () => {
    const store = lineStore();
    const before = store.getState().document;
    // p2 → i3 as information would point into the inventory.
    expect(store.getState().updateEdge('e8', { type: 'manual-info' })).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().message?.kind).toBe('error');
  });
});

describe('deleteSelection', () => {
  it('deletes the selected symbols, selected edges and edges touching them, one step', () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['i3'], edgeIds: ['e11'] });
    doUndoRedo(store, () => store.getState().deleteSelection());
    // i3 goes with e8 and e9 (its edges) and e11 (selected): 5 nodes, 2 edges left.
    expect(nodeIds(store)).toEqual(['s1', 'p2', 'p4', 'c5', 'pc6']);
    expect(edgeIds(store)).toEqual(['e7', 'e10']);
    expect(store.getState().selection).toEqual({ nodeIds: [], edgeIds: [] });
    store.getState().undo();
    expect(edgeIds(store)).toEqual(['e7', 'e8', 'e9', 'e10', 'e11']);
  });
});

describe('deleting a step', () => {
  it('unlinks a kaizen burst from the deleted step in the same step', () => {
    const store = lineStore();
    const kaizen = store.getState().addNode('kaizen', { x: 200, y: -100 }, { title: 'SMED', stepId: 'p2' });
    store.getState().setSelection({ nodeIds: ['p2'] });
    doUndoRedo(store, () => store.getState().deleteSelection());
    expect(nodeOf(store, kaizen)!.data).toEqual({ title: 'SMED' });
    store.getState().undo();
    expect(nodeOf(store, kaizen)!.data).toEqual({ title: 'SMED', stepId: 'p2' });
  });
});

describe('duplicateSelection', () => {
  it('copies the selection 40 px away with the edges between, new ids, copies selected', () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['p2', 'i3'] });
    let selection = store.getState().selection;
    doUndoRedo(store, () => {
      store.getState().duplicateSelection();
      selection = store.getState().selection;
    });
    const { nodeIds: [p, i], edgeIds: [e] } = selection;
    expect(selection.nodeIds).toHaveLength(2);
    expect(selection.edgeIds).toHaveLength(1);
    // p2 → p at (240, 40), i3 → i at (440, 40); only e8 (p2 → i3) lies inside: e.
    expect(p).toMatch(/^p-/);
    expect(i).toMatch(/^i-/);
    expect(nodeOf(store, p!)).toMatchObject({ type: 'process', position: { x: 240, y: 40 }, data: { name: 'Stamping' } });
    expect(nodeOf(store, i!)).toMatchObject({ type: 'inventory', position: { x: 440, y: 40 } });
    expect(edgeOf(store, e!)).toMatchObject({ type: 'push', source: p, target: i });
    expect(mapOf(store).edges).toHaveLength(6);
  });
});

describe('nudgeSelection', () => {
  it('moves the selection, one step per call', () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['p2', 'p4'] });
    doUndoRedo(store, () => store.getState().nudgeSelection(10, 0));
    store.getState().nudgeSelection(0, -50);
    // p2 (200,0) → (210,0) → (210,-50); two steps back is where it started.
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 210, y: -50 });
    expect(nodeOf(store, 'p4')!.position).toEqual({ x: 610, y: -50 });
    store.getState().undo();
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 210, y: 0 });
    store.getState().undo();
    expect(nodeOf(store, 'p2')!.position).toEqual({ x: 200, y: 0 });
  });
});

describe('newMap and loadDocument', () => {
  it('newMap titles the blank map in the language the UI asks for', () => {
    const store = lineStore();
    store.getState().newMap('Aliran nilai tanpa judul');
    expect(store.getState().document.title).toBe('Aliran nilai tanpa judul');
  });

  it('newMap starts a blank map with a supplier and a customer, undoable', () => {
    const store = lineStore();
    const { before } = doUndoRedo(store, () => store.getState().newMap());
    const map = mapOf(store);
    expect(map.nodes.map((n) => n.type)).toEqual(['supplier', 'customer']);
    expect(map.nodes[0]!.position.x).toBeLessThan(map.nodes[1]!.position.x);
    expect(map.edges).toEqual([]);
    expect(map.settings).toEqual({ availableSecondsPerShift: 27_600, shiftsPerDay: 2, workingDaysPerMonth: 20, daysBasis: 'working' });
    expect(store.getState().document.states.future).toBeNull();
    store.getState().undo();
    expect(store.getState().document).toEqual(before);
    expect(nodeIds(store)).toHaveLength(6);
  });

  it('loadDocument replaces the document, shows its current state, undoable', () => {
    const store = lineStore();
    store.getState().startFutureState();
    const loaded = aDocument({ title: 'Loaded', current: { nodes: [aProcess({}, { id: 'x1' })] } });
    doUndoRedo(store, () => store.getState().loadDocument(loaded));
    expect(store.getState().document.title).toBe('Loaded');
    expect(store.getState().activeState).toBe('current');
    expect(nodeIds(store)).toEqual(['x1']);
    store.getState().undo();
    // The step before the load was taken in the future state, so undo shows it again.
    expect(store.getState().activeState).toBe('future');
    expect(store.getState().document.title).toBe('Test map');
  });
});

describe('future state', () => {
  it('startFutureState copies the current state with new ids and shows it, one step', () => {
    const store = lineStore();
    const { before } = doUndoRedo(store, () => store.getState().startFutureState());
    expect(before.states.future).toBeNull();
    expect(store.getState().activeState).toBe('future');
    const future = store.getState().document.states.future!;
    const currentIds = new Set(before.states.current.nodes.map((n) => n.id));
    expect(future.nodes).toHaveLength(6);
    expect(future.edges).toHaveLength(5);
    for (const node of future.nodes) expect(currentIds.has(node.id)).toBe(false);
    expect(future.nodes.map((n) => n.data.originId)).toEqual(['s1', 'p2', 'i3', 'p4', 'c5', 'pc6']);
    // New random ids, prefixed by type; the edges join the copies.
    expect(future.nodes.map((n) => n.id.split('-')[0])).toEqual(['s', 'p', 'i', 'p', 'c', 'pc']);
    expect(future.edges[0]).toMatchObject({ source: future.nodes[0]!.id, target: future.nodes[1]!.id });
    expect(future.edges[0]!.id).toMatch(/^e-/);

    store.getState().undo();
    expect(store.getState().document.states.future).toBeNull();
    expect(store.getState().activeState).toBe('current');
    store.getState().redo();
    expect(store.getState().activeState).toBe('future');
  });

  it('setActiveState switches without history and refuses a missing future state', () => {
    const store = lineStore();
    store.getState().setActiveState('future');
    expect(store.getState().activeState).toBe('current');
    store.getState().startFutureState();
    store.getState().setActiveState('current');
    store.getState().setActiveState('future');
    expect(store.getState().activeState).toBe('future');
    expect(store.getState().undoDepth).toBe(1);
  });

  it('undo of a change made in the other state brings that state back on screen', () => {
    const store = lineStore();
    store.getState().startFutureState();
    store.getState().setActiveState('current');
    store.getState().updateNodeData('p2', { cycleTimeSec: 30 });
    store.getState().setActiveState('future');
    store.getState().undo();
    expect(store.getState().activeState).toBe('current');
    expect(nodeOf(store, 'p2')!.data).toMatchObject({ cycleTimeSec: 40 });
  });
});

describe('settings and title', () => {
  it('setSettings patches the active map, one step', () => {
    const store = lineStore();
    doUndoRedo(store, () => store.getState().setSettings({ shiftsPerDay: 3 }));
    expect(mapOf(store).settings.shiftsPerDay).toBe(3);
    expect(mapOf(store).settings.availableSecondsPerShift).toBe(27_600);
  });

  it('setSettings on the future state leaves the current one alone', () => {
    const store = lineStore();
    store.getState().startFutureState();
    store.getState().setSettings({ availableSecondsPerShift: 25_200 });
    expect(store.getState().document.states.future!.settings.availableSecondsPerShift).toBe(25_200);
    expect(store.getState().document.states.current.settings.availableSecondsPerShift).toBe(27_600);
  });

  it('setTitle, one step', () => {
    const store = lineStore();
    const { before } = doUndoRedo(store, () => store.getState().setTitle('Bracket line'));
    expect(store.getState().document.title).toBe('Bracket line');
    expect(before.title).toBe('Test map');
  });

  it('setProduct, one step; blank removes the product family', () => {
    const store = lineStore();
    const { before, after } = doUndoRedo(store, () => store.getState().setProduct('  Steering bracket L/R '));
    expect(before.product).toBeUndefined();
    expect(after.product).toBe('Steering bracket L/R');
    // The same value again is no change and no empty undo step.
    const steps = store.getState().undoDepth;
    store.getState().setProduct('Steering bracket L/R');
    expect(store.getState().undoDepth).toBe(steps);
    doUndoRedo(store, () => store.getState().setProduct(' '));
    expect('product' in store.getState().document).toBe(false);
  });
});

describe('history', () => {
  it('a new change forgets the redo steps', () => {
    const store = lineStore();
    store.getState().setTitle('A');
    store.getState().undo();
    expect(store.getState().redoDepth).toBe(1);
    store.getState().setTitle('B');
    expect(store.getState().redoDepth).toBe(0);
    store.getState().redo();
    expect(store.getState().document.title).toBe('B');
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['p2'] });
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.getState().nudgeSelection(1, 0);
    expect(store.getState().undoDepth).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.getState().undo();
    // 205 nudges, 200 undone: p2 stays 5 px right of where it began (200 + 5).
    expect(nodeOf(store, 'p2')!.position.x).toBe(205);
  });

  it('undo and redo with nothing to do change nothing', () => {
    const store = lineStore();
    const before = store.getState();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState()).toBe(before);
  });

  it('selection is not history, and undo drops selected ids that are gone', () => {
    const store = lineStore();
    const id = store.getState().addNode('note', { x: 0, y: 0 });
    store.getState().setSelection({ nodeIds: ['p2', id] });
    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    expect(store.getState().selection.nodeIds).toEqual(['p2']);
    store.getState().clearSelection();
    store.getState().selectAll();
    expect(store.getState().selection.nodeIds).toHaveLength(6);
    expect(store.getState().selection.edgeIds).toHaveLength(5);
    expect(store.getState().undoDepth).toBe(0);
    expect(store.getState().redoDepth).toBe(1);
  });

  it('a saved viewport is not a step, and undo keeps the view the person has', () => {
    const store = lineStore();
    store.getState().setTitle('A');
    store.getState().saveViewport({ x: 10, y: 20, zoom: 1.5 });
    expect(store.getState().undoDepth).toBe(1);
    store.getState().undo();
    expect(store.getState().document.title).toBe('Test map');
    expect(mapOf(store).viewport).toEqual({ x: 10, y: 20, zoom: 1.5 });
  });
});

describe('ui state', () => {
  it('messages get growing ids; clearing an old id leaves a newer message', () => {
    const store = lineStore();
    store.getState().showMessage('info', 'Saved');
    const first = store.getState().message!.id;
    store.getState().showMessage('error', 'Not saved');
    expect(store.getState().message!.id).toBe(first + 1);
    store.getState().clearMessage(first);
    expect(store.getState().message?.body).toBe('Not saved');
    store.getState().clearMessage();
    expect(store.getState().message).toBeNull();
  });

  it('flow type, highlight and selection leave the document and history alone', () => {
    const store = lineStore();
    const doc = store.getState().document;
    store.getState().setFlowType('kanban-path');
    store.getState().highlight(['p2', 'p4']);
    store.getState().setSelection({ nodeIds: ['p2'] });
    expect(store.getState().flowType).toBe('kanban-path');
    expect(store.getState().highlightNodeIds).toEqual(['p2', 'p4']);
    expect(store.getState().document).toBe(doc);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('a fresh store holds a blank map', () => {
    const map = activeMap(createEditorStore().getState());
    expect(map.nodes.map((n) => n.type)).toEqual(['supplier', 'customer']);
    expect(createEditorStore(lineDocument()).getState().undoDepth).toBe(0);
  });
});
