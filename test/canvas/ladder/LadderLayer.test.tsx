import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { MapCanvas } from '../../../src/canvas/MapCanvas';
import { fitBounds } from '../../../src/canvas/ladder/LadderLayer';
import { createEditorStore, EditorStoreProvider } from '../../../src/store';
import { aCustomer, aDocument, aLine, anEdge, anInventory, aProcess, aSupplier } from '../../fixtures/builders';

// Supplier → I1 (1 day) → Cut (30 s) → I2 (2 days) → Weld (50 s) → customer, left to right.
function renderMap(presenting = false) {
  const nodes = [
    aSupplier({}, { id: 's', position: { x: -200, y: 0 } }),
    anInventory({ days: 1 }, { id: 'i1', position: { x: 0, y: 20 } }),
    aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'cut', position: { x: 200, y: 0 } }),
    anInventory({ days: 2 }, { id: 'i2', position: { x: 400, y: 20 } }),
    aProcess({ name: 'Weld', cycleTimeSec: 50 }, { id: 'weld', position: { x: 600, y: 0 } }),
    aCustomer({ demandPerDay: 920 }, { id: 'c', position: { x: 800, y: 0 } }),
  ];
  const ids = nodes.map((n) => n.id);
  const store = createEditorStore(aDocument({ current: { nodes, edges: ids.slice(1).map((id, i) => anEdge(ids[i]!, id)) } }));
  const view = render(
    <div style={{ width: '1000px', height: '600px' }}>
      <EditorStoreProvider store={store}><MapCanvas presenting={presenting} /></EditorStoreProvider>
    </div>,
  );
  const segment = (nodeId: string) => view.container.querySelector(`[data-ladder] [data-nodes="${nodeId}"]`)!;
  const x = (nodeId: string) => [Number(segment(nodeId).getAttribute('data-x1')), Number(segment(nodeId).getAttribute('data-x2'))];
  return { store, view, x };
}

describe('the ladder on the canvas', () => {
  it('lies in the map\'s viewport under the steps, each rung as wide as its step', () => {
    const { store, view, x } = renderMap();
    const ladder = screen.getByRole('group', { name: 'Lead-time ladder' });
    expect(view.container.querySelector('.react-flow__viewport-portal')).toContainElement(ladder);
    const width = (id: string) => store.getState().measured[id]!.width;
    expect(x('cut')).toEqual([200, 200 + width('cut')]);
    expect(x('weld')).toEqual([600, 600 + width('weld')]);
    // The wait before Weld spans the gap from Cut's right edge to Weld's left edge.
    expect(x('i2')).toEqual([200 + width('cut'), 600]);
  });

  it('follows a step that moves', () => {
    const { store, x } = renderMap();
    act(() => {
      store.getState().setSelection({ nodeIds: ['weld'], edgeIds: [] });
      store.getState().nudgeSelection(50, 0);
    });
    expect(x('weld')[0]).toBe(650);
    expect(x('i2')[1]).toBe(650);
  });

  it('selects a step from its rung by click and by Enter', () => {
    const { store } = renderMap();
    const ladder = screen.getByRole('group', { name: 'Lead-time ladder' });
    fireEvent.click(within(ladder).getByRole('button', { name: 'Weld: processing 50 s' }));
    expect(store.getState().selection.nodeIds).toEqual(['weld']);
    fireEvent.keyDown(within(ladder).getByRole('button', { name: 'Inventory: waiting 2.0 days' }), { key: 'Enter' });
    expect(store.getState().selection.nodeIds).toEqual(['i2']);
  });

  it('presenting, shows the same rungs with nothing to press', () => {
    renderMap(true);
    const ladder = screen.getByRole('group', { name: 'Lead-time ladder' });
    expect(within(ladder).queryAllByRole('button')).toHaveLength(0);
    expect([...ladder.querySelectorAll('[data-level] text')].map((t) => t.textContent)).toEqual(['1.0 days', '30 s', '2.0 days', '50 s']);
  });
});

function ViewAt({ x }: { x: number }) {
  const flow = useReactFlow();
  useEffect(() => void flow.setViewport({ x, y: 0, zoom: 1 }), [flow, x]);
  return null;
}

describe('the ladder of a long line', () => {
  // 100 steps 200 px apart (aLine): step k spans x 200k to 200k + its width, a rung under each.
  const steps = Array.from({ length: 100 }, (_, k) => aProcess({ name: `S${k}`, cycleTimeSec: 30 }, { id: `s${k}` }));
  const renderAt = async (x: number) => {
    const store = createEditorStore(aDocument({ current: aLine(...steps, aCustomer({ demandPerDay: 920 }, { id: 'c' })) }));
    const view = render(
      <div style={{ width: '1000px', height: '600px' }}>
        <EditorStoreProvider store={store}><MapCanvas presenting={false}><ViewAt x={x} /></MapCanvas></EditorStoreProvider>
      </div>,
    );
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
    const drawn = () => [...view.container.querySelectorAll('[data-ladder] [data-level="lower"]')].map((g) => g.getAttribute('data-nodes'));
    return { view, drawn };
  };
  afterEach(() => { document.body.innerHTML = ''; });

  it('draws only the rungs near the view, and the ones further on once the view gets there', async () => {
    // The view starts at x 200 (not at 0, 0, zoom 1, which the canvas would fit to the map).
    const { drawn } = await renderAt(-200);
    const canvasWidth = document.querySelector<HTMLElement>('.react-flow')!.offsetWidth;
    // Every step in view (x 200 to 200 + the canvas's width) has its rung, and the one before;
    // the last step, 19,800 px on, has none.
    const inView = Array.from({ length: Math.ceil(canvasWidth / 200) + 1 }, (_, k) => `s${k}`);
    expect(drawn()).toEqual(expect.arrayContaining(inView));
    expect(drawn()).not.toContain('s99');
    document.body.innerHTML = '';
    // Viewed from step 95 (x 19,000): its rung and the next are drawn, the first is not.
    const far = await renderAt(-19_000);
    expect(far.drawn()).toEqual(expect.arrayContaining(['s95', 's96']));
    expect(far.drawn()).not.toContain('s0');
  });
});

describe('fitBounds', () => {
  const symbols = { x: 0, y: 0, width: 1000, height: 400 };

  it('takes in the whole ladder when it stays near the symbols (its totals a little past the last step)', () => {
    // Union: x 0 to 1,200 (1.2 times the symbols' width), y 0 to 400 + 40 + 60 = 500.
    expect(fitBounds(symbols, { x: 20, y: 440, width: 1180, height: 60 })).toEqual({ x: 0, y: 0, width: 1200, height: 500 });
  });

  it('takes only the depth of a ladder that runs far past the symbols (a map drawn in rows)', () => {
    // Union would be 0 to 20,000 wide, 20 times the symbols: the fit keeps x 0 to 1,000 and goes down to 500.
    expect(fitBounds(symbols, { x: 0, y: 440, width: 20_000, height: 60 })).toEqual({ x: 0, y: 0, width: 1000, height: 500 });
  });

  it('is the symbols alone without a ladder', () => {
    expect(fitBounds(symbols, undefined)).toEqual(symbols);
  });
});
