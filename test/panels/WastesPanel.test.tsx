import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WastesPanel } from '../../src/panels/WastesPanel';
import { LanguageProvider } from '../../src/i18n';
import { anAnalysis } from './analysisFixture';

function wasteItem(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).closest('li')!;
}

describe('WastesPanel', () => {
  it('lists the eight wastes in DOWNTIME order with English names', () => {
    render(<WastesPanel analysis={anAnalysis()} onSelectFinding={() => {}} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Defects', 'Overproduction', 'Waiting', 'Non-utilized talent', 'Transportation', 'Inventory', 'Motion',
      'Extra processing',
    ]);
  });

  it('keeps the eight in order even when the analysis lists fewer, in another order', () => {
    const { wastes } = anAnalysis();
    render(<WastesPanel analysis={anAnalysis({ wastes: [wastes[5]!, wastes[0]!] })} onSelectFinding={() => {}} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(8);
    expect(within(wasteItem('Motion')).getByText('no data')).toBeInTheDocument();
    expect(within(wasteItem('Inventory')).getByRole('meter')).toHaveAttribute('aria-valuenow', '83');
  });

  it('shows scores as percent bars, and "no data" (never 0%) where there is none', () => {
    render(<WastesPanel analysis={anAnalysis()} onSelectFinding={() => {}} />);
    // Defects 1 − 0.931 = 0.069 → 6.9 %; inventory 19.6 / 23.6034 = 0.83 → 83 %; talent measured 0 → 0 %.
    expect(within(wasteItem('Defects')).getByRole('meter')).toHaveAttribute('aria-valuetext', '6.9%');
    expect(wasteItem('Defects')).toHaveTextContent('6.9%');
    expect(wasteItem('Overproduction')).toHaveTextContent('100%');
    expect(wasteItem('Inventory')).toHaveTextContent('83%');
    expect(wasteItem('Non-utilized talent')).toHaveTextContent('0%');
    for (const name of ['Waiting', 'Transportation', 'Motion', 'Extra processing']) {
      const item = wasteItem(name);
      expect(item).toHaveTextContent('no data');
      expect(item).not.toHaveTextContent('0%');
      expect(within(item).queryByRole('meter')).toBeNull();
    }
  });

  it('keeps measured and team-tagged findings in separate lists', () => {
    render(<WastesPanel analysis={anAnalysis()} onSelectFinding={() => {}} />);
    const defects = wasteItem('Defects');
    const measured = within(defects).getByRole('list', { name: /Measured/ });
    const tagged = within(defects).getByRole('list', { name: /Tagged by the team/ });
    expect(within(measured).getAllByRole('button').map((button) => button.textContent))
      .toEqual(['Scrap 2% at Stamping', 'Scrap 5% at Welding']);
    expect(within(tagged).getAllByRole('button').map((button) => button.textContent)).toEqual(['#Kaizen burst Weld spatter rework on Welding']);
    expect(measured).not.toHaveTextContent('Weld spatter');
    // Waiting has no score but a tag: the tag is shown, the score stays "no data".
    expect(within(wasteItem('Waiting')).getByRole('list', { name: /Tagged/ })).toHaveTextContent('Tagged on Assembly');
  });

  it('calls back with the finding\'s nodes on click and on Enter', async () => {
    const user = userEvent.setup();
    const onSelectFinding = vi.fn();
    render(<WastesPanel analysis={anAnalysis()} onSelectFinding={onSelectFinding} />);
    await user.click(screen.getByRole('button', { name: 'Scrap 5% at Welding' }));
    expect(onSelectFinding).toHaveBeenLastCalledWith(['p-weld']);
    screen.getByRole('button', { name: /Weld spatter rework/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelectFinding).toHaveBeenLastCalledWith(['p-weld', 'k1']);
    expect(onSelectFinding).toHaveBeenCalledTimes(2);
  });

  it('renders a finding naming a step whose name holds HTML as text', () => {
    const name = '<script>alert(1)</script> on <i>Paint</i>';
    const finding = {
      nodeIds: ['x'], value: 12, source: 'measured' as const,
      message: { code: 'waste.motion' as const, params: { step: { id: 'x', type: 'process' as const, name }, motionSec: 12, processingSec: 60 } },
    };
    const { container } = render(<WastesPanel
      analysis={anAnalysis({ wastes: [{ category: 'motion', score: 0.2, measures: [], findings: [finding] }] })}
      onSelectFinding={() => {}}
    />);
    expect(screen.getByRole('button', { name: `Motion 12\u00a0s at ${name} (60\u00a0s processing)` })).toBeInTheDocument();
    expect(container.querySelector('script, i')).toBeNull();
  });

  it('renders findings in Indonesian with Indonesian numbers', () => {
    render(<LanguageProvider initial="id"><WastesPanel analysis={anAnalysis()} onSelectFinding={() => {}} /></LanguageProvider>);
    const defects = screen.getByRole('heading', { level: 3, name: 'Cacat' }).closest('li')!;
    expect(within(defects).getByRole('list', { name: /Terukur/ })).toHaveTextContent('Scrap 2% di Stamping');
    // 4,600 units in Indonesian: 4.600 unit; 5 days: 5,0 hari.
    const inventory = screen.getByRole('heading', { level: 3, name: 'Persediaan' }).closest('li')!;
    expect(within(inventory).getByRole('button')).toHaveTextContent('5,0 hari stok di Coils (4.600 unit), di atas 1 hari');
  });
});
