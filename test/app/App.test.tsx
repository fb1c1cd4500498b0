import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createEditorStore } from '../../src/store';
import { aCustomer, aDocument, aLine, aProcess, anInventory, aSupplier } from '../fixtures/builders';
import { lineStore } from '../store/storeFixture';

// Supplier → I (1,840 units) → Cut (C/T 30 s) → Customer (920 a day).
// Takt = 55,200 / 920 = 60 s; I = 1,840 / 920 = 2 days; lead time = 2 + 30 / 55,200 = 2.0005 d.
function sampleStore() {
  return createEditorStore(aDocument({
    title: 'Bracket line',
    current: aLine(aSupplier({}, { id: 's' }), anInventory({ quantity: 1840 }, { id: 'i' }), aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p' }), aCustomer({ demandPerDay: 920 }, { id: 'c' })),
  }));
}

describe('the editor shell', () => {
  it('shows the key numbers of the map and follows an edit, undo and redo from the keyboard', () => {
    const store = sampleStore();
    render(<App store={store} />);
    expect(screen.getByTestId('key-takt')).toHaveTextContent(/^60\s*s$/);
    expect(screen.getByTestId('key-lead-time')).toHaveTextContent(/^2\.0\s*days$/);

    // 3,680 units = 4 days: lead time 4.0 d.
    act(() => store.getState().updateNodeData('i', { quantity: 3680 }));
    expect(screen.getByTestId('key-lead-time')).toHaveTextContent(/^4\.0\s*days$/);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(screen.getByTestId('key-lead-time')).toHaveTextContent(/^2\.0\s*days$/);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(screen.getByTestId('key-lead-time')).toHaveTextContent(/^4\.0\s*days$/);
  });

  it('does not run shortcuts while a text field is being typed in', () => {
    const store = sampleStore();
    render(<App store={store} />);
    act(() => store.getState().updateNodeData('i', { quantity: 3680 }));
    const title = screen.getByLabelText('Map title');
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(store.getState().document.states.current.nodes.find((n) => n.id === 'i')!.data).toMatchObject({ quantity: 3680 });
  });

  it('adds a symbol from the palette with a click and selects it for the inspector', () => {
    const store = sampleStore();
    render(<App store={store} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add Kaizen burst' }));
    const kaizens = store.getState().document.states.current.nodes.filter((n) => n.type === 'kaizen');
    expect(kaizens).toHaveLength(1);
    expect(store.getState().selection.nodeIds).toEqual([kaizens[0]!.id]);
    expect(within(screen.getByRole('tabpanel')).getByLabelText('Title')).toBeInTheDocument();
    // One click is one undo step.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().document.states.current.nodes.filter((n) => n.type === 'kaizen')).toHaveLength(0);
  });

  it('adds the next step after a selected process from the inspector and with Ctrl+Enter, one undo step each', () => {
    const store = sampleStore();
    render(<App store={store} />);
    act(() => store.getState().setSelection({ nodeIds: ['p'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Add next step' }));
    const map = () => store.getState().document.states.current;
    const added = map().nodes.slice(4);
    expect(added.map((n) => n.type)).toEqual(['inventory', 'process']);
    // Cut feeds the new stock, the stock feeds the new process, with the palette's push arrow.
    expect(map().edges.slice(-2).map((e) => [e.source, e.target, e.type])).toEqual([['p', added[0]!.id, 'push'], [added[0]!.id, added[1]!.id, 'push']]);
    // The new process is selected: the same key draws the line on.
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    expect(map().nodes.map((n) => n.type).slice(4)).toEqual(['inventory', 'process', 'inventory', 'process']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(map().nodes).toHaveLength(6);
  });

  it('names the symbols of the Connect to list as people do: a stock by the step feeding it, never by id', () => {
    const store = lineStore();
    render(<App store={store} />);
    act(() => store.getState().setSelection({ nodeIds: ['p4'] }));
    const options = within(screen.getByLabelText('Target symbol')).getAllByRole('option').map((o) => o.textContent);
    // Welding itself is left out; i3 is unnamed and fed by Stamping.
    expect(options).toEqual(['Choose a symbol…', 'Supplier', 'Stamping', 'Inventory after Stamping', 'Customer', 'MRP']);
  });

  it('starts the Connect to choice afresh for another symbol, which is left out of its own list', () => {
    const store = lineStore();
    render(<App store={store} />);
    act(() => store.getState().setSelection({ nodeIds: ['p4'] }));
    const list = () => screen.getByLabelText<HTMLSelectElement>('Target symbol');
    fireEvent.change(list(), { target: { value: 'c5' } });
    expect(list().value).toBe('c5');
    act(() => store.getState().setSelection({ nodeIds: ['i3'] }));
    expect(list().value).toBe('');
    const options = within(list()).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Choose a symbol…', 'Supplier', 'Stamping', 'Welding', 'Customer', 'MRP']);
  });

  it('lists every shortcut in the help dialog opened with ?', () => {
    HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) { this.open = true; };
    HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) { this.open = false; };
    render(<App store={sampleStore()} />);
    fireEvent.keyDown(window, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByText('Ctrl+Shift+Z')).toBeInTheDocument();
    expect(within(dialog).getByText('Duplicate the selection')).toBeInTheDocument();
  });

  it('refuses a connection that makes no sense and says why, changing nothing', () => {
    const store = sampleStore();
    render(<App store={store} />);
    const before = store.getState().document;
    act(() => { store.getState().setFlowType('manual-info'); });
    act(() => { store.getState().connect({ source: 'p', target: 'i', sourceHandle: 'r', targetHandle: 'l' }); });
    expect(store.getState().document).toBe(before);
    expect(screen.getByRole('status')).toHaveTextContent(/inventory/i);
  });

  it('draws a return loop once "Rework loop" is ticked, and the lead time ignores it', () => {
    const store = sampleStore();
    render(<App store={store} />);
    // Cut → I closes a loop (I → Cut already): refused as a plain push arrow…
    act(() => { store.getState().connect({ source: 'p', target: 'i', sourceHandle: 'b', targetHandle: 'b' }); });
    expect(store.getState().document.states.current.edges).toHaveLength(3);
    // …accepted as rework; lead time stays 2 + 30 / 55,200 = 2.0005 d.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Rework loop (return)' }));
    act(() => { store.getState().connect({ source: 'p', target: 'i', sourceHandle: 'b', targetHandle: 'b' }); });
    const edges = store.getState().document.states.current.edges;
    expect(edges).toHaveLength(4);
    expect(edges[3]).toMatchObject({ source: 'p', target: 'i', data: { rework: true } });
    expect(screen.getByTestId('key-lead-time')).toHaveTextContent(/^2\.0\s*days$/);
  });

  it('shows the product family under the title and edits it in the map settings, one undo step each, in Indonesian', () => {
    const store = sampleStore();
    render(<App store={store} language="id" />);
    expect(screen.queryByTestId('product-family')).toBeNull();
    const field = within(screen.getByRole('tabpanel')).getByLabelText('Keluarga produk');
    fireEvent.change(field, { target: { value: 'Braket kemudi L/R' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(store.getState().document.product).toBe('Braket kemudi L/R');
    expect(screen.getByTestId('product-family')).toHaveTextContent('Keluarga produk: Braket kemudi L/R');
    fireEvent.change(field, { target: { value: 'Braket kemudi' } });
    fireEvent.blur(field);
    expect(store.getState().document.product).toBe('Braket kemudi');

    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(screen.getByTestId('product-family')).toHaveTextContent('Braket kemudi L/R');
    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(store.getState().document.product).toBeUndefined();
    expect(screen.queryByTestId('product-family')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi' }));
    expect(screen.getByTestId('product-family')).toHaveTextContent('Braket kemudi L/R');
  });

  it('says why the load chart has no takt line, in the UI language', () => {
    // A customer without demand: no daily demand, no takt.
    const store = createEditorStore(aDocument({
      current: aLine(aSupplier({}, { id: 's' }), aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p' }), aCustomer({}, { id: 'c' })),
    }));
    const { unmount } = render(<App store={store} language="id" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Metrik' }));
    expect(screen.getByText('Tidak ada garis takt: isi permintaan pelanggan per hari atau per bulan.')).toBeInTheDocument();
    unmount();

    // No customer at all.
    const noCustomer = createEditorStore(aDocument({ current: aLine(aSupplier({}, { id: 's' }), aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p' })) }));
    render(<App store={noCustomer} language="en" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }));
    expect(screen.getByText(/^No takt line: the map has no customer yet\./)).toBeInTheDocument();
  });

  it('gives a new map an untitled title in the UI language', () => {
    const store = sampleStore();
    render(<App store={store} language="id" />);
    fireEvent.keyDown(window, { key: 'n', altKey: true });
    expect(store.getState().document.title).toBe('Aliran nilai tanpa judul');
  });
});
