import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { App } from '../../src/app/App';
import { parseDocumentText } from '../../src/domain/validate';
import { createEditorStore } from '../../src/store';

const sample = () => parseDocumentText(readFileSync('public/samples/steering-bracket.json', 'utf8'));
const burst = (store: ReturnType<typeof createEditorStore>, id: string) =>
  store.getState().document.states.future!.nodes.find((n) => n.id === id)!.data as Record<string, unknown>;

describe('the action plan', () => {
  afterEach(() => vi.useRealTimers());

  it('lists the future state\'s bursts while the current state is shown, edits them as one undo step each, and marks late ones', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 1, 13, 9, 0));
    const store = createEditorStore(sample());
    render(<App store={store} />);
    expect(store.getState().activeState).toBe('current');
    fireEvent.keyDown(window, { key: 'k', altKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Action plan' });
    expect(within(dialog).getAllByRole('row')).toHaveLength(7);
    expect(within(dialog).getByText('6 actions')).toBeInTheDocument();

    // On 13 Feb 2027 the changeover (29 Jan, in progress) and the uptime (12 Feb, open) are late.
    const late = within(dialog).getAllByText(/^Overdue ·/).map((tag) => tag.closest('tr')!.getAttribute('data-testid'));
    expect(late).toEqual(['action-future-f-kz-changeover', 'action-future-f-kz-uptime']);

    // Done: no longer late, one undo step, and the current state still on screen.
    const uptime = within(dialog).getByTestId('action-future-f-kz-uptime');
    fireEvent.change(within(uptime).getByLabelText(/^Status:/), { target: { value: 'done' } });
    expect(burst(store, 'f-kz-uptime').status).toBe('done');
    expect(within(dialog).getAllByText(/^Overdue ·/)).toHaveLength(1);
    expect(store.getState().undoDepth).toBe(1);
    expect(store.getState().activeState).toBe('current');

    const owner = within(uptime).getByLabelText(/^Owner:/);
    fireEvent.change(owner, { target: { value: 'Sari' } });
    fireEvent.keyDown(owner, { key: 'Enter' });
    expect(burst(store, 'f-kz-uptime').owner).toBe('Sari');
    expect(store.getState().undoDepth).toBe(2);
    act(() => store.getState().undo());
    expect(burst(store, 'f-kz-uptime').owner).toBe('Budi Santoso (maintenance)');
  });

  it('filters by owner and status, and sorts by due date', () => {
    render(<App store={createEditorStore(sample())} />);
    fireEvent.keyDown(window, { key: 'k', altKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Action plan' });
    fireEvent.change(within(dialog).getByLabelText('Owner'), { target: { value: 'Dewi Lestari (production control)' } });
    expect(within(dialog).getByText('2 of 6 actions')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Owner'), { target: { value: 'all' } });
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'open' } });
    expect(within(dialog).getByText('4 of 6 actions')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'all' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Due date' }));
    const order = within(dialog).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-testid'));
    expect(order).toEqual([
      'action-future-f-kz-milkrun', 'action-future-f-kz-changeover', 'action-future-f-kz-uptime',
      'action-future-f-kz-pull', 'action-future-f-kz-cell', 'action-future-f-kz-heijunka',
    ]);
  });

  it('shows a chosen line\'s burst on the map: its state, selected', () => {
    const store = createEditorStore(sample());
    render(<App store={store} />);
    fireEvent.keyDown(window, { key: 'k', altKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Level L/R mix at the pacemaker' }));
    expect(store.getState().activeState).toBe('future');
    expect(store.getState().selection.nodeIds).toEqual(['f-kz-heijunka']);
    expect(screen.queryByRole('dialog', { name: 'Action plan' })).toBeNull();
  });
});
