import { activeMap, analysisOf, type EditorState } from '../../src/store';
import { lineStore } from './storeFixture';

/** The analysis of the map on screen, as `useAnalysis` gives it once React has caught up. */
const selectAnalysis = (state: EditorState) => analysisOf(activeMap(state));

describe('the analysis of the map on screen', () => {
  it('analyses the map on screen once per change, whoever asks', () => {
    const store = lineStore();
    const first = selectAnalysis(store.getState());
    // Takt = 55,200 s a day / 920 a day = 60 s.
    expect(first.taktTimeSec).toBeCloseTo(60, 6);
    expect(selectAnalysis(store.getState())).toBe(first);

    // Selection and a saved viewport change nothing the analysis reads.
    store.getState().setSelection({ nodeIds: ['p2'] });
    store.getState().saveViewport({ x: 5, y: 5, zoom: 2 });
    expect(selectAnalysis(store.getState())).toBe(first);

    // Demand 1,840 a day halves takt to 30 s: a new analysis.
    store.getState().updateNodeData('c5', { demandPerDay: 1840 });
    const second = selectAnalysis(store.getState());
    expect(second).not.toBe(first);
    expect(second.taktTimeSec).toBeCloseTo(30, 6);

    // Undo brings back the very map analysed first, so its analysis comes back too.
    store.getState().undo();
    expect(analysisOf(store.getState().document.states.current).taktTimeSec).toBeCloseTo(60, 6);
  });

  it('follows the state on screen', () => {
    const store = lineStore();
    store.getState().startFutureState();
    const futureCustomer = store.getState().document.states.future!.nodes.find((n) => n.type === 'customer')!;
    store.getState().updateNodeData(futureCustomer.id, { demandPerDay: 460 });
    // Future: 55,200 / 460 = 120 s; current stays 60 s.
    expect(selectAnalysis(store.getState()).taktTimeSec).toBeCloseTo(120, 6);
    store.getState().setActiveState('current');
    expect(selectAnalysis(store.getState()).taktTimeSec).toBeCloseTo(60, 6);
  });

  it('is not recomputed while a symbol is dragged: positions change nothing it reads', () => {
    const store = lineStore();
    const before = selectAnalysis(store.getState());
    const p2 = store.getState().document.states.current.nodes.find((n) => n.id === 'p2')!;
    for (let step = 1; step <= 5; step++) {
      store.getState().applyNodeChanges([
        { type: 'position', id: 'p2', position: { x: p2.position.x + step * 10, y: p2.position.y }, dragging: true },
      ]);
      expect(selectAnalysis(store.getState())).toBe(before);
    }
    store.getState().applyNodeChanges([{ type: 'position', id: 'p2', dragging: false }]);
    expect(selectAnalysis(store.getState())).toBe(before);
    // A data change after the drag is analysed afresh: demand 1,840 a day gives takt 30 s.
    store.getState().updateNodeData('c5', { demandPerDay: 1840 });
    expect(selectAnalysis(store.getState()).taktTimeSec).toBeCloseTo(30, 6);
  });
});
