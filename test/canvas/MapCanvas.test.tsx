import { act, createEvent, fireEvent, render } from '@testing-library/react';
import { useEdges, useNodes, type Edge, type Node } from '@xyflow/react';
import { bodyDropTarget, handleSizePx, MapCanvas, nearestHandle, SYMBOL_MIME } from '../../src/canvas/MapCanvas';
import { computedStockDays, createFlowCache, nodeClassNames, toFlowEdges, toFlowNodes } from '../../src/canvas/toFlow';
import type { VsmEdge, VsmNode } from '../../src/domain/types';
import { EditorStoreProvider } from '../../src/store';
import { lineStore, mapOf, nodeIds, nodeOf } from '../store/storeFixture';
import { aNode, aProcess } from '../fixtures/builders';

/** Records every nodes and edges array React Flow holds, to compare objects across renders. */
function Probe({ seen }: { seen: { nodes: Node[][]; edges: Edge[][] } }) {
  seen.nodes.push(useNodes());
  seen.edges.push(useEdges());
  return null;
}

function renderCanvas() {
  const store = lineStore();
  const seen = { nodes: [] as Node[][], edges: [] as Edge[][] };
  const view = render(
    <div style={{ width: '1000px', height: '600px' }}>
      <EditorStoreProvider store={store}>
        <MapCanvas>
          <Probe seen={seen} />
        </MapCanvas>
      </EditorStoreProvider>
    </div>,
  );
  const latest = () => ({ nodes: seen.nodes.at(-1)!, edges: seen.edges.at(-1)! });
  return { store, view, latest };
}

describe('MapCanvas', () => {
  it('renders the nodes and edges of the active map', () => {
    const { view } = renderCanvas();
    // The line: 6 symbols and 5 edges.
    const nodes = view.container.querySelectorAll('.react-flow__node');
    expect([...nodes].map((n) => n.getAttribute('data-id'))).toEqual(['s1', 'p2', 'i3', 'p4', 'c5', 'pc6']);
    expect(view.container.querySelectorAll('.react-flow__edge')).toHaveLength(5);
    expect(view.getByText('Stamping')).toBeInTheDocument();
  });

  it('keeps a node object identical when another node moves', () => {
    const { store, latest } = renderCanvas();
    const before = latest().nodes;
    const p2 = before.find((n) => n.id === 'p2')!;
    const p4 = before.find((n) => n.id === 'p4')!;
    const e7 = latest().edges.find((e) => e.id === 'e7')!;
    act(() => {
      store.getState().applyNodeChanges([{ id: 'p4', type: 'position', position: { x: 640, y: 0 }, dragging: false }]);
    });
    const after = latest().nodes;
    expect(after.find((n) => n.id === 'p4')!.position).toEqual({ x: 640, y: 0 });
    expect(after.find((n) => n.id === 'p4')).not.toBe(p4);
    expect(after.find((n) => n.id === 'p2')).toBe(p2);
    expect(latest().edges.find((e) => e.id === 'e7')).toBe(e7);
  });

  it('shows selection and highlight from the store', () => {
    const { store, view, latest } = renderCanvas();
    act(() => {
      store.getState().setSelection({ nodeIds: ['p2'], edgeIds: ['e9'] });
      store.getState().highlight(['i3']);
    });
    expect(latest().nodes.find((n) => n.id === 'p2')!.selected).toBe(true);
    expect(latest().edges.find((e) => e.id === 'e9')!.selected).toBe(true);
    const inventory = view.container.querySelector('.react-flow__node[data-id="i3"]')!;
    expect(inventory).toHaveClass('is-highlighted');
  });

  it('marks the bottleneck of the analysis', () => {
    const { view } = renderCanvas();
    // Takt = 55,200 s / 920 a day = 60 s; loads Stamping 40/60, Welding 50/60: Welding (p4) is the bottleneck.
    expect(view.container.querySelector('.react-flow__node[data-id="p4"]')).toHaveClass('is-bottleneck');
    expect(view.container.querySelector('.react-flow__node[data-id="p2"]')).not.toHaveClass('is-bottleneck');
  });

  it('adds a dropped palette symbol as one step, and ignores other drops', () => {
    const { store, view, latest } = renderCanvas();
    const pane = view.container.querySelector('.react-flow')!;
    const drop = (data: Record<string, string>) => {
      const dataTransfer = {
        types: Object.keys(data),
        getData: (type: string) => data[type] ?? '',
        dropEffect: 'none',
      };
      fireEvent.dragOver(pane, { dataTransfer });
      // jsdom has no DragEvent, so the pointer position is set on a plain event.
      const event = createEvent.drop(pane, { dataTransfer });
      Object.defineProperties(event, { clientX: { value: 300 }, clientY: { value: 200 } });
      fireEvent(pane, event);
    };
    drop({ 'text/plain': 'process' });
    drop({ [SYMBOL_MIME]: 'not-a-symbol' });
    expect(store.getState().undoDepth).toBe(0);
    drop({ [SYMBOL_MIME]: 'kaizen' });
    expect(store.getState().undoDepth).toBe(1);
    expect(nodeIds(store)).toHaveLength(7);
    // Where it lands depends on the fitted zoom; it is a real position on the 20 px grid.
    const { position } = mapOf(store).nodes.at(-1)!;
    expect(mapOf(store).nodes.at(-1)!.type).toBe('kaizen');
    expect(Math.abs(position.x % 20) + Math.abs(position.y % 20)).toBe(0);
    // The canvas has it (only symbols in view are mounted, and jsdom's canvas is 100 px wide).
    expect(latest().nodes.map((node) => node.type)).toEqual([...mapOf(store).nodes.map((node) => node.type)]);
    expect(latest().nodes.at(-1)!.type).toBe('kaizen');
  });

  it('moves a focused symbol 10 px with an arrow key and 50 px with Shift, as the help says', () => {
    const { store, view } = renderCanvas();
    act(() => store.getState().setSelection({ nodeIds: ['p2'] }));
    const p2 = view.container.querySelector<HTMLElement>('.react-flow__node[data-id="p2"]')!;
    p2.focus();
    // From (200, 0): React Flow's own move would be a grid step (20) or four (80).
    fireEvent.keyDown(p2, { key: 'ArrowRight' });
    expect(nodeOf(store, 'p2')?.position).toEqual({ x: 210, y: 0 });
    fireEvent.keyDown(p2, { key: 'ArrowDown', shiftKey: true });
    expect(nodeOf(store, 'p2')?.position).toEqual({ x: 210, y: 50 });
    expect(store.getState().undoDepth).toBe(2);
  });

  it('keeps the minimap off the map until the controls ask for it', () => {
    const { view } = renderCanvas();
    expect(view.container.querySelector('.react-flow__minimap')).toBeNull();
    const toggle = view.getByRole('button', { name: 'Show or hide the overview of the map' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(toggle);
    expect(view.container.querySelector('.react-flow__minimap')).not.toBeNull();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(toggle);
    expect(view.container.querySelector('.react-flow__minimap')).toBeNull();
  });
});

describe('a connection dropped on a body', () => {
  // A 120×80 box at (100, 50): handle points t (160, 50), r (220, 90), b (160, 130), l (100, 90).
  const box = { x: 100, y: 50, width: 120, height: 80 };

  it('goes to the nearest handle', () => {
    expect(nearestHandle(box, { x: 110, y: 95 })).toBe('l');
    expect(nearestHandle(box, { x: 200, y: 85 })).toBe('r');
    expect(nearestHandle(box, { x: 165, y: 60 })).toBe('t');
    expect(nearestHandle(box, { x: 150, y: 125 })).toBe('b');
  });

  it('joins the topmost symbol under the pointer, never the one it began on', () => {
    const nodes = [
      aProcess({}, { id: 'a', position: { x: 100, y: 50 } }),
      aNode('operator', {}, { id: 'o', position: { x: 180, y: 60 } }),
    ];
    const sizeOf = (node: VsmNode) => (node.type === 'operator' ? { width: 40, height: 40 } : { width: 120, height: 80 });
    // (195, 68) is on both; the operator, drawn later, is on top: its top handle (200, 60) is 9.4
    // away, its left (180, 80) 19.2. On the process: right (220, 90) 33.3, top (160, 50) 39.4.
    expect(bodyDropTarget(nodes, sizeOf, { x: 195, y: 68 }, 'x')).toEqual({ target: 'o', targetHandle: 't' });
    expect(bodyDropTarget(nodes, sizeOf, { x: 195, y: 68 }, 'o')).toEqual({ target: 'a', targetHandle: 'r' });
    expect(bodyDropTarget(nodes, sizeOf, { x: 90, y: 70 }, 'x')).toBeNull();
  });
});

describe('toFlowNodes', () => {
  const view = { selectedIds: new Set<string>(), classNames: new Map<string, string>(), measured: {} };

  it('hands React Flow only known fields of a node', () => {
    const fromFile = { id: 'p1', type: 'process', position: { x: 0, y: 0 }, data: {}, style: { background: 'url(x)' }, className: 'evil' };
    const [flow] = toFlowNodes([fromFile as unknown as VsmNode], view, createFlowCache());
    expect(flow).toEqual({ id: 'p1', type: 'process', position: { x: 0, y: 0 }, data: {}, selected: false });
  });

  it('makes a new object only for the node whose selection changed', () => {
    const cache = createFlowCache();
    const nodes = [
      { id: 'a', type: 'note', position: { x: 0, y: 0 }, data: {} },
      { id: 'b', type: 'note', position: { x: 0, y: 0 }, data: {} },
    ] as VsmNode[];
    const [a1, b1] = toFlowNodes(nodes, view, cache);
    const [a2, b2] = toFlowNodes(nodes, { ...view, selectedIds: new Set(['b']) }, cache);
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    expect(b2!.selected).toBe(true);
  });

  it('announces arrows by type and ends, and keeps an edge the same object while its name stays', () => {
    const cache = createFlowCache();
    const edges = [{ id: 'e1', type: 'push', source: 'p1', target: 'i2' }] as VsmEdge[];
    const names: Record<string, string> = { p1: 'Stamping', i2: 'Persediaan' };
    const announcer = { roleDescription: 'panah', ariaLabel: (edge: VsmEdge) => `Panah dorong dari ${names[edge.source]} ke ${names[edge.target]}` };
    const [first] = toFlowEdges(edges, new Set(), cache, announcer);
    expect(first).toMatchObject({ ariaLabel: 'Panah dorong dari Stamping ke Persediaan', domAttributes: { 'aria-roledescription': 'panah' } });
    expect(toFlowEdges(edges, new Set(), cache, announcer)[0]).toBe(first);
    names.p1 = 'Press';
    expect(toFlowEdges(edges, new Set(), cache, announcer)[0]!.ariaLabel).toBe('Panah dorong dari Press ke Persediaan');
  });

  it('places a never-measured symbol at its type\'s size with four handles, so React Flow need not mount it', () => {
    const nodes = [
      { id: 'a', type: 'process', position: { x: 0, y: 0 }, data: {} },
      { id: 'b', type: 'process', position: { x: 0, y: 0 }, data: {} },
    ] as VsmNode[];
    const estimate = () => ({ width: 180, height: 170 });
    const [a, b] = toFlowNodes(nodes, { ...view, measured: { b: { width: 180, height: 150 } }, estimate }, createFlowCache());
    expect(a!.measured).toEqual({ width: 180, height: 170 });
    // 14 px handles centred on each side: the right one's box from (173, 78) to (187, 92).
    expect(a!.handles).toEqual([
      { id: 't', type: 'source', position: 'top', x: 83, y: -7, width: 14, height: 14 },
      { id: 'r', type: 'source', position: 'right', x: 173, y: 78, width: 14, height: 14 },
      { id: 'b', type: 'source', position: 'bottom', x: 83, y: 163, width: 14, height: 14 },
      { id: 'l', type: 'source', position: 'left', x: -7, y: 78, width: 14, height: 14 },
    ]);
    // Measured: its own size, and the handles React Flow measured (none handed over).
    expect(b!.measured).toEqual({ width: 180, height: 150 });
    expect(b!.handles).toBeUndefined();
  });

  it('hands back the same arrow list while no arrow changed, a new one when one did', () => {
    const cache = createFlowCache();
    const edges = [{ id: 'e1', type: 'push', source: 'p1', target: 'i2' }] as VsmEdge[];
    const first = toFlowEdges(edges, new Set(), cache);
    expect(toFlowEdges([...edges], new Set(), cache)).toBe(first);
    const selected = toFlowEdges(edges, new Set(['e1']), cache);
    expect(selected).not.toBe(first);
    expect(selected[0]!.selected).toBe(true);
  });

  it('sizes handles to stay 12 to 15 px on screen, in steps', () => {
    // Zoom 1 and 0.9: 14 px (12.6 on screen). Zoom 0.5 wants 24: 14 × 1.25³ = 27.3 (13.7 on screen).
    // Zoom 0.1 wants 120: 14 × 1.25¹⁰ = 130.4 (13.0 on screen); 0.11 and 0.1 share that step.
    expect(handleSizePx(1)).toBe(14);
    expect(handleSizePx(0.9)).toBe(14);
    expect(handleSizePx(0.5)).toBe(27.3);
    expect(handleSizePx(0.1)).toBe(130.4);
    expect(handleSizePx(0.105)).toBe(130.4);
  });

  it('tells React Flow what to call a symbol in the UI language', () => {
    const nodes = [{ id: 'a', type: 'note', position: { x: 0, y: 0 }, data: {} }] as VsmNode[];
    expect(toFlowNodes(nodes, { ...view, roleDescription: 'simbol' }, createFlowCache())[0]!.domAttributes)
      .toEqual({ 'aria-roledescription': 'simbol' });
  });

  it('joins bottleneck and highlight classes', () => {
    expect(nodeClassNames('p1', ['p1', 'i2'])).toEqual(new Map([['p1', 'is-bottleneck is-highlighted'], ['i2', 'is-highlighted']]));
    expect(nodeClassNames(null, [])).toEqual(new Map());
  });

  it('computes stock days only where the team typed none', () => {
    const nodes = [
      { id: 'i1', type: 'inventory', position: { x: 0, y: 0 }, data: { quantity: 7000 } },
      { id: 'i2', type: 'inventory', position: { x: 0, y: 0 }, data: { quantity: 7000, days: 2 } },
      { id: 'p3', type: 'process', position: { x: 0, y: 0 }, data: {} },
    ] as VsmNode[];
    // 7,000 parts / 920 a day = 7.6 days (spec's worked check); i2 has its own 2 days.
    const days = computedStockDays(nodes, 920);
    expect([...days.keys()]).toEqual(['i1']);
    expect(days.get('i1')).toBeCloseTo(7.61, 2);
    expect(computedStockDays(nodes, null).size).toBe(0);
  });
});
