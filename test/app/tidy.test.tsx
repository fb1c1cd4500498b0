import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createEditorStore } from '../../src/store';
import { aCustomer, aDocument, aLine, aProcess, anInventory, aSupplier } from '../fixtures/builders';

/** Supplier → I → Cut → Customer, drawn backwards and piled up: customer left, supplier on the process. */
function messyStore() {
  return createEditorStore(aDocument({
    title: 'Bracket line',
    current: aLine(
      aSupplier({}, { id: 's', position: { x: 400, y: 0 } }),
      anInventory({ quantity: 1840 }, { id: 'i', position: { x: 200, y: 300 } }),
      aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p', position: { x: 420, y: 20 } }),
      aCustomer({ demandPerDay: 920 }, { id: 'c', position: { x: 0, y: 0 } }),
    ),
  }));
}
const x = (store: ReturnType<typeof messyStore>, id: string) => store.getState().document.states.current.nodes.find((n) => n.id === id)!.position.x;

// ELK's first layout in a fresh process, under jsdom on a busy machine, can take seconds.
describe('Tidy', { timeout: 60_000 }, () => {
  it('arranges the map from the toolbar (Alt+L too) and says how to take it back; Undo does', async () => {
    const store = messyStore();
    const before = store.getState().document;
    render(<App store={store} />);
    fireEvent.keyDown(window, { key: 'l', altKey: true });
    expect(await screen.findByText('Map tidied. Undo (Ctrl+Z) puts every symbol back.', {}, { timeout: 30_000 })).toBeInTheDocument();
    // Flow order, left to right: supplier, inventory, Cut, customer.
    expect(x(store, 's')).toBeLessThan(x(store, 'i'));
    expect(x(store, 'i')).toBeLessThan(x(store, 'p'));
    expect(x(store, 'p')).toBeLessThan(x(store, 'c'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    // Every symbol back where it was (the viewport the canvas saved is not history).
    expect(store.getState().document.states.current.nodes).toEqual(before.states.current.nodes);
  });

  it('is Rapikan in Indonesian, and says when there is nothing left to tidy', async () => {
    const store = messyStore();
    render(<App store={store} language="id" />);
    fireEvent.click(screen.getByRole('button', { name: 'Rapikan' }));
    expect(await screen.findByText('Peta dirapikan. Urungkan (Ctrl+Z) mengembalikan setiap simbol.', {}, { timeout: 30_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Rapikan' }));
    expect(await screen.findByText('Peta sudah rapi.', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(store.getState().undoDepth).toBe(1);
  });
});
