import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createEditorStore } from '../../src/store';
import { aCustomer, aDocument, aKaizen, aLine, aProcess, anInventory, aSupplier } from '../fixtures/builders';

// Current: Supplier → I (1,840 units) → Cut (C/T 30 s, VA 30 s) → Weld (C/T 50 s, VA 10 s) → Customer (920 a day).
// Takt = 55,200 s / 920 = 60 s; I = 1,840 / 920 = 2 days; processing 30 + 50 = 80 s;
// lead time = 2 + 80 / 55,200 = 2.0014 d → "2.0 days"; VA ratio = (30 + 10) / (2.0014 × 55,200) = 0.036 % → "0.04%";
// bottleneck: Weld (50 s of a 60 s takt).
// Future: the same line with I = 920 units (1 day) and a kaizen burst "Quick changeover".
function presentedStore(withFuture = true) {
  const future = aLine(
    aSupplier({}, { id: 'fs' }), anInventory({ quantity: 920 }, { id: 'fi' }),
    aProcess({ name: 'Cut', cycleTimeSec: 30, valueAddedSec: 30 }, { id: 'fp' }),
    aProcess({ name: 'Weld', cycleTimeSec: 50 }, { id: 'fw' }), aCustomer({ demandPerDay: 920 }, { id: 'fc' }),
  );
  future.nodes.push(aKaizen({ title: 'Quick changeover', owner: 'Sari' }, { id: 'kz' }));
  return createEditorStore(aDocument({
    title: 'Bracket line',
    current: aLine(
      aSupplier({}, { id: 's' }), anInventory({ quantity: 1840 }, { id: 'i' }),
      aProcess({ name: 'Cut', cycleTimeSec: 30, valueAddedSec: 30 }, { id: 'p' }),
      aProcess({ name: 'Weld', cycleTimeSec: 50, valueAddedSec: 10 }, { id: 'w' }), aCustomer({ demandPerDay: 920 }, { id: 'c' }),
    ),
    future: withFuture ? future : null,
  }));
}

const figure = (key: string) => document.querySelector(`[data-figure="${key}"] dd`);
const title = () => screen.getByRole('heading', { level: 1 });

describe('presentation mode', () => {
  it('enters with F5: the panels go, the key figures and the ladder of the map are shown, Esc brings the editor back', () => {
    render(<App store={presentedStore()} />);
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();

    fireEvent.keyDown(window, { key: 'F5' });
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(document.querySelector('.palette')).toBeNull();
    expect(title()).toHaveTextContent('Current state');
    expect(screen.getByLabelText('Slide 1 of 4')).toHaveTextContent('1 / 4');

    const figures = screen.getByLabelText('Key figures');
    expect(within(figures).getByText('Takt time')).toBeInTheDocument();
    expect(figure('taktTimeSec')).toHaveTextContent(/^60\s*s$/);
    expect(figure('leadTimeDays')).toHaveTextContent(/^2\.0\s*days$/);
    expect(figure('valueAddedRatio')).toHaveTextContent(/^0\.04\s*%$/);
    expect(figure('bottleneckId')).toHaveTextContent('Weld');
    // The ladder on the map: waiting over I before Cut, Cut's and Weld's processing under them
    // (joined in continuous flow by an upper segment with no stock); nothing to press.
    const ladder = screen.getByRole('group', { name: 'Lead-time ladder' });
    expect([...ladder.querySelectorAll('[data-level]')].map((rung) => `${rung.getAttribute('data-level')}:${rung.getAttribute('data-nodes')}`))
      .toEqual(['upper:i', 'lower:p', 'upper:', 'lower:w']);
    expect(within(ladder).queryAllByRole('button')).toHaveLength(0);
    expect(ladder.querySelector('[data-total="lead-time"]')).toHaveTextContent(/^Lead time2\.0\s*days$/);

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Key figures')).toBeNull();
    expect(screen.getByTestId('key-takt')).toHaveTextContent(/^60\s*s$/);
  });

  it('moves through current state, future state, comparison and action plan with the keys and the buttons, and keeps the map unedited', () => {
    const store = presentedStore();
    render(<App store={store} />);
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(title()).toHaveTextContent('Current state');

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(title()).toHaveTextContent('Future state');
    expect(screen.getByLabelText('Slide 2 of 4')).toBeInTheDocument();
    expect(store.getState().activeState).toBe('future');
    // Future lead time: 920 / 920 = 1 day + 80 s → "1.0 days".
    expect(figure('leadTimeDays')).toHaveTextContent(/^1\.0\s*days$/);

    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(title()).toHaveTextContent('Current and future state compared');
    expect(screen.getByRole('table', { name: 'Metrics, current and future' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(title()).toHaveTextContent('Action plan');
    expect(screen.getByLabelText('Slide 4 of 4')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Action plan' })).getByText('Quick changeover')).toBeInTheDocument();
    // The last slide: next stays there.
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(title()).toHaveTextContent('Action plan');

    fireEvent.keyDown(window, { key: 'PageUp' });
    expect(title()).toHaveTextContent('Current and future state compared');
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(title()).toHaveTextContent('Current state');
    expect(store.getState().activeState).toBe('current');
    // The arrow keys moved slides, never a symbol: nothing entered the history.
    expect(store.getState().undoDepth).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(screen.queryByLabelText('Slides')).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
  });

  it('without a future state has two slides, and leaving brings back the state that was on screen', () => {
    const store = presentedStore(false);
    render(<App store={store} />);
    fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByLabelText('Slide 1 of 2')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(title()).toHaveTextContent('Action plan');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().activeState).toBe('current');
  });

  it('speaks Indonesian', () => {
    const store = presentedStore();
    render(<App store={store} language="id" />);
    fireEvent.click(screen.getByRole('button', { name: 'Presentasi' }));
    expect(title()).toHaveTextContent('Kondisi saat ini');
    expect(screen.getByLabelText('Salindia 1 dari 4')).toBeInTheDocument();
    expect(figure('leadTimeDays')).toHaveTextContent(/^2,0\s*hari$/);
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(title()).toHaveTextContent('Kondisi masa depan');
  });
});
