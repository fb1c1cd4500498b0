import { doUndoRedo, lineStore, mapOf, nodeOf } from './storeFixture';

describe('copy and paste', () => {
  it('pastes 3 symbols and the edges between them as one step, with new ids, copies selected', () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['p2', 'i3', 'p4'] });
    store.getState().copySelection();
    expect(store.getState().undoDepth).toBe(0);
    let selection = store.getState().selection;
    doUndoRedo(store, () => {
      store.getState().paste();
      selection = store.getState().selection;
    });
    // p2, i3, p4 → three copies; the edges inside, e8 and e9, come along (e7 and e10 leave the group).
    const { nodeIds: [p, i, q], edgeIds } = selection;
    expect(selection.nodeIds).toHaveLength(3);
    expect(edgeIds).toHaveLength(2);
    expect(mapOf(store).nodes).toHaveLength(9);
    expect(mapOf(store).edges).toHaveLength(7);
    // Pasted into the state it came from, 40 px right and down.
    expect(nodeOf(store, p!)).toMatchObject({ position: { x: 240, y: 40 }, data: { name: 'Stamping' } });
    expect(mapOf(store).edges.find((e) => e.id === edgeIds[0])).toMatchObject({ source: p, target: i });
    expect(mapOf(store).edges.find((e) => e.id === edgeIds[1])).toMatchObject({ source: i, target: q });
  });

  it('offsets each further paste into the same state, and pastes at a given top-left corner', () => {
    const store = lineStore();
    store.getState().setSelection({ nodeIds: ['p2'] });
    store.getState().copySelection();
    store.getState().paste();
    const second = (store.getState().paste(), store.getState().selection.nodeIds[0]!);
    expect(nodeOf(store, second)!.position).toEqual({ x: 280, y: 80 });
    store.getState().setSelection({ nodeIds: ['p2', 'p4'] });
    store.getState().copySelection();
    store.getState().paste({ x: 1000, y: 500 });
    // The group's top-left (p2 at 200,0) lands at (1000,500); p4 keeps its 400 px distance.
    const [a, b] = store.getState().selection.nodeIds;
    expect(nodeOf(store, a!)!.position).toEqual({ x: 1000, y: 500 });
    expect(nodeOf(store, b!)!.position).toEqual({ x: 1400, y: 500 });
  });

  it('pastes from the current into the future state keeping a link to the origin', () => {
    const store = lineStore();
    store.getState().startFutureState();
    store.getState().setActiveState('current');
    store.getState().setSelection({ nodeIds: ['p2', 'i3'] });
    store.getState().copySelection();
    store.getState().setActiveState('future');
    const futureBefore = store.getState().document.states.future!;
    doUndoRedo(store, () => store.getState().paste());
    const future = store.getState().document.states.future!;
    expect(future.nodes).toHaveLength(futureBefore.nodes.length + 2);
    const pasted = future.nodes.slice(-2);
    // Into the other state at the same place, so the two maps line up.
    expect(pasted.map((n) => n.position)).toEqual([{ x: 200, y: 0 }, { x: 400, y: 0 }]);
    expect(pasted.map((n) => n.data.originId)).toEqual(['p2', 'i3']);
    // Ids stay unique across both states.
    const allIds = [...store.getState().document.states.current.nodes, ...future.nodes].map((n) => n.id);
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(store.getState().document.states.current.nodes).toHaveLength(6);
  });

  it('pastes from the future into the current state without an origin link', () => {
    const store = lineStore();
    store.getState().startFutureState();
    const futureStep = store.getState().document.states.future!.nodes[1]!;
    expect(futureStep.data.originId).toBe('p2');
    store.getState().setSelection({ nodeIds: [futureStep.id] });
    store.getState().copySelection();
    store.getState().setActiveState('current');
    store.getState().paste();
    const pasted = mapOf(store).nodes.at(-1)!;
    expect(pasted.type).toBe('process');
    expect(pasted.data).toEqual({ name: 'Stamping', cycleTimeSec: 40 });
  });

  it('copy within the future state keeps the origin link', () => {
    const store = lineStore();
    store.getState().startFutureState();
    const futureStep = store.getState().document.states.future!.nodes[1]!;
    store.getState().setSelection({ nodeIds: [futureStep.id] });
    store.getState().duplicateSelection();
    expect(mapOf(store).nodes.at(-1)!.data.originId).toBe('p2');
  });

  it('a kaizen burst pasted with its step points at the copy of the step', () => {
    const store = lineStore();
    const kaizen = store.getState().addNode('kaizen', { x: 200, y: -80 }, { title: 'SMED', stepId: 'p2' });
    store.getState().setSelection({ nodeIds: ['p2', kaizen] });
    store.getState().copySelection();
    store.getState().paste();
    const [stepCopy, kaizenCopy] = store.getState().selection.nodeIds;
    expect(nodeOf(store, kaizenCopy!)!.data).toMatchObject({ title: 'SMED', stepId: stepCopy });
  });

  it('does nothing with an empty selection or clipboard', () => {
    const store = lineStore();
    store.getState().copySelection();
    store.getState().paste();
    store.getState().duplicateSelection();
    store.getState().deleteSelection();
    expect(store.getState().undoDepth).toBe(0);
    expect(store.getState().clipboard).toBeNull();
  });
});
