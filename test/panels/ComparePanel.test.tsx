import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { compareStates } from '../../src/domain/compare';
import type { MapState } from '../../src/domain/types';
import { LanguageProvider } from '../../src/i18n';
import { ComparePanel } from '../../src/panels/ComparePanel';
import { createEditorStore } from '../../src/store';
import { aCustomer, aDocument, aLine, aProcess, anInventory, aSupplier } from '../fixtures/builders';

// Available time 55,200 s a day (the default), demand 920 a day: takt 60 s in both states.
// Current: Supplier → I (2,760 units = 3 days) → Cut (C/T 30 s) → I (1,840 units = 2 days) → Weld (C/T 40 s) → Customer.
//   Lead time = 3 + 2 + (30 + 40) / 55,200 = 5.0013 days → "5.0 d".
// Future: Supplier → I (1,840 units = 2 days) → Cut (C/T 25 s) → Pack (new, C/T 20 s) → Customer; Weld is gone.
//   Lead time = 2 + (25 + 20) / 55,200 = 2.0008 days → "2.0 d".
//   Change = 2.0008 − 5.0013 = −3.0005 days → "−3.0 d"; in % = −3.0005 / 5.0013 = −59.99% → "−60 %".
function currentMap(): MapState {
  return aLine(
    aSupplier({}, { id: 's' }),
    anInventory({ quantity: 2760 }, { id: 'i1' }),
    aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p1' }),
    anInventory({ quantity: 1840 }, { id: 'i2' }),
    aProcess({ name: 'Weld', cycleTimeSec: 40 }, { id: 'p2' }),
    aCustomer({ demandPerDay: 920 }, { id: 'c' }),
  );
}

function futureMap(): MapState {
  return aLine(
    aSupplier({ originId: 's' }, { id: 'fs' }),
    anInventory({ quantity: 1840, originId: 'i1' }, { id: 'fi1' }),
    aProcess({ name: 'Cut', cycleTimeSec: 25, originId: 'p1' }, { id: 'fp1' }),
    aProcess({ name: 'Pack', cycleTimeSec: 20 }, { id: 'fp3' }),
    aCustomer({ demandPerDay: 920, originId: 'c' }, { id: 'fc' }),
  );
}

function metricRow(name: string): HTMLElement {
  return screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
}

function cellTexts(row: HTMLElement): string[] {
  // Plain spaces: the panel joins number and unit with a no-break space.
  return within(row).getAllByRole('cell').map((cell) => cell.textContent!.replace(/\u00a0/g, ' '));
}

describe('ComparePanel', () => {
  const comparison = compareStates(currentMap(), futureMap());

  it('shows lead time side by side with the change in days and in percent, marked better', () => {
    render(<ComparePanel comparison={comparison} />);
    const row = metricRow('Production lead time');
    // Current, future, change (▼ is the arrow), change in %: see the numbers at the top.
    expect(cellTexts(row)).toEqual(['5.0 days', '2.0 days', '▼ −3.0 days', '−60%']);
    expect(within(row).getByRole('rowheader')).toHaveTextContent('better');
    expect(row).not.toHaveTextContent('worse');
  });

  it('says worse where a higher-is-better figure drops and gives no verdict to takt', () => {
    // Inventory turns = 240 working days a year / lead time: 240 / 5.0013 = 47.99 → "48",
    // 240 / 2.0008 = 119.95 → "120"; +71.96 → "+72", +149.96% → "+150 %". Up is better.
    render(<ComparePanel comparison={comparison} />);
    const turns = metricRow('Inventory turns');
    expect(cellTexts(turns)).toEqual(['48', '120', '▲ +72', '+150%']);
    expect(within(turns).getByRole('rowheader')).toHaveTextContent('better');
    // Takt 60 s in both: no change and no verdict.
    const takt = metricRow('Takt time');
    expect(cellTexts(takt)).toEqual(['60 s', '60 s', '0 s', '0%']);
    expect(takt).not.toHaveTextContent(/better|worse/);

    // A future with a longer lead time: Weld back in with 5 days of stock before it is worse.
    // Future lead = 2 + 5 + (25 + 20 + 40) / 55,200 = 7.0015 d; change +2.0002 days, +40 %.
    const slower = aLine(
      aSupplier({}, { id: 's' }), anInventory({ quantity: 1840 }, { id: 'i1' }), aProcess({ name: 'Cut', cycleTimeSec: 25 }, { id: 'p1' }),
      anInventory({ quantity: 4600 }, { id: 'i2' }), aProcess({ name: 'Weld', cycleTimeSec: 40 }, { id: 'p2' }),
      aProcess({ name: 'Pack', cycleTimeSec: 20 }, { id: 'p3' }), aCustomer({ demandPerDay: 920 }, { id: 'c' }),
    );
    render(<ComparePanel comparison={compareStates(currentMap(), slower)} />);
    const rows = screen.getAllByRole('rowheader', { name: /^Production lead time/ });
    const row = rows[1]!.closest('tr')!;
    expect(cellTexts(row)).toEqual(['5.0 days', '7.0 days', '▲ +2.0 days', '+40%']);
    expect(rows[1]).toHaveTextContent('worse');
  });

  it('draws lead time as two labelled bars', () => {
    render(<ComparePanel comparison={comparison} />);
    const chart = screen.getByRole('img', { name: 'Lead time: current 5.0 days, future 2.0 days' });
    expect(within(chart).getByText('Current')).toBeInTheDocument();
    expect(within(chart).getByText('Future')).toBeInTheDocument();
    // One scale: the future bar is 2.0008 / 5.0013 = 40% of the current one (340 px → 136 px).
    const fills = chart.querySelectorAll('.arus-compare__bar-fill');
    expect(fills).toHaveLength(2);
    expect(Number(fills[0]!.getAttribute('width'))).toBe(340);
    expect(Number(fills[1]!.getAttribute('width'))).toBeCloseTo(136, 0);
  });

  it('lists the eight wastes side by side, "no data" where a score is missing', () => {
    render(<ComparePanel comparison={comparison} />);
    const table = screen.getByRole('table', { name: /Waste scores/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
    // Nothing on either map lets motion be measured (no motion times): no score, no change.
    const motion = within(table).getByRole('rowheader', { name: /^Motion/ }).closest('tr')!;
    expect(cellTexts(motion)).toEqual(['no data', 'no data', '—', '—']);
    expect(motion).not.toHaveTextContent('0%');
    // Transportation is measured as 0 in both: a real zero, no change, and no percent of zero.
    const transport = within(table).getByRole('rowheader', { name: /^Transportation/ }).closest('tr')!;
    expect(cellTexts(transport)).toEqual(['0%', '0%', '0 pp', '—']);
  });

  it('lists steps added, removed and changed; a removed step is selected on the current map', () => {
    const onSelectNodes = vi.fn();
    render(<ComparePanel comparison={comparison} onSelectNodes={onSelectNodes} />);
    const added = screen.getByRole('list', { name: 'Added (1)' });
    // Removed: the second stock (i2) and Weld (p2), both steps of the material flow.
    const removed = screen.getByRole('list', { name: 'Removed (2)' });
    const changed = screen.getByRole('list', { name: 'Changed (2)' });
    expect(within(added).getByRole('button')).toHaveTextContent('Pack');
    // Cut's cycle time changed, and the first stock's quantity: fields named as the inspector does.
    expect(within(changed).getByRole('button', { name: /Cut/ })).toHaveTextContent('Cycle time');
    expect(within(changed).getByRole('button', { name: /Inventory/ })).toHaveTextContent('Quantity');

    fireEvent.click(within(removed).getByRole('button', { name: 'Weld' }));
    expect(onSelectNodes).toHaveBeenCalledWith(['p2'], 'current');
    fireEvent.click(within(added).getByRole('button', { name: 'Pack' }));
    expect(onSelectNodes).toHaveBeenLastCalledWith(['fp3'], 'future');
  });

  it('speaks Indonesian when the language is ID', () => {
    render(<LanguageProvider initial="id"><ComparePanel comparison={comparison} /></LanguageProvider>);
    expect(screen.getByRole('heading', { name: 'Kondisi saat ini dan masa depan' })).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: /^Lead time produksi/ });
    expect(row).toHaveTextContent('lebih baik');
    // Both tables, metrics and wastes, have the column.
    expect(screen.getAllByRole('columnheader', { name: 'Perubahan %' })).toHaveLength(2);
    // An unnamed stock is called by its symbol's Indonesian name; a named step keeps its name.
    expect(within(screen.getByRole('list', { name: 'Dihapus (2)' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Persediaan', 'Weld']);
    expect(screen.getByRole('list', { name: 'Diubah (2)' })).toHaveTextContent('Waktu siklus');
    expect(screen.getAllByText('tidak ada data').length).toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: 'Lead time: saat ini 5,0 hari, masa depan 2,0 hari' })).toBeInTheDocument();
  });
});

describe('the Compare tab', () => {
  it('offers to start the future state, then compares the two', () => {
    // The current map above: starting the future copies it, so the lead time is 5.0 days in both.
    const store = createEditorStore(aDocument({ current: currentMap() }));
    render(<App store={store} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).queryByRole('table')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Start future state' }));

    expect(store.getState().document.states.future).not.toBeNull();
    expect(cellTexts(metricRow('Production lead time'))).toEqual(['5.0 days', '5.0 days', '0 days', '0%']);
  });

  it('shows a removed step on the current map and an added one on the future map', () => {
    const store = createEditorStore(aDocument({ current: currentMap(), future: futureMap() }));
    render(<App store={store} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    act(() => store.getState().setActiveState('future'));

    fireEvent.click(within(screen.getByRole('list', { name: 'Removed (2)' })).getByRole('button', { name: 'Weld' }));
    expect(store.getState().activeState).toBe('current');
    expect(store.getState().selection.nodeIds).toEqual(['p2']);

    fireEvent.click(within(screen.getByRole('list', { name: 'Added (1)' })).getByRole('button', { name: 'Pack' }));
    expect(store.getState().activeState).toBe('future');
    expect(store.getState().selection.nodeIds).toEqual(['fp3']);
  });
});
