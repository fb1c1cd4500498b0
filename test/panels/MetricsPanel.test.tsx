import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MetricsPanel } from '../../src/panels/MetricsPanel';
import { analyzeMap } from '../../src/domain/analysis';
import { analysisMessage } from '../../src/domain/messages';
import { LanguageProvider } from '../../src/i18n';
import { aCustomer, aState, aSupplier } from '../fixtures/builders';
import { anAnalysis } from './analysisFixture';

/** The value shown in the tile labelled `label` (jest-dom normalises the no-break spaces). */
function tileValue(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('MetricsPanel', () => {
  it('shows every metric of the worked example, formatted', () => {
    // Numbers worked out in analysisFixture.ts.
    render(<MetricsPanel analysis={anAnalysis()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Metrics' })).toBeInTheDocument();
    expect(tileValue('Takt time')).toHaveTextContent(/^60 s$/);
    expect(tileValue('Daily demand')).toHaveTextContent(/^920 a day$/);
    expect(tileValue('Production lead time')).toHaveTextContent(/^23.6 days$/);
    expect(tileValue('Processing time')).toHaveTextContent(/^188 s$/);
    expect(tileValue('Value-added time')).toHaveTextContent(/^150 s$/);
    expect(tileValue('Value-added ratio')).toHaveTextContent(/^0.01%$/); // 0.0001151 → 0.0115%
    expect(tileValue('Inventory (days)')).toHaveTextContent(/^23.6 days 21,712 units$/);
    expect(tileValue('Inventory turns')).toHaveTextContent(/^10.2 a year$/);
    expect(tileValue('Operators needed at takt')).toHaveTextContent(/^3.1$/); // 188 / 60 = 3.13
    expect(tileValue('Labour content')).toHaveTextContent(/^188 s$/);
    expect(tileValue('Rolled throughput yield')).toHaveTextContent(/^93%$/); // 0.98 × 0.95 = 0.931
    expect(tileValue('Bottleneck')).toHaveTextContent(/^Welding load 103%$/); // 62 / 60
  });

  it('writes numbers the Indonesian way in Indonesian: decimal comma, dot for thousands', () => {
    // 17,130 units of stock; lead time 23.6034 days; takt 60 s; operators 188 / 60 = 3.13.
    render(<LanguageProvider initial="id"><MetricsPanel analysis={anAnalysis({ inventoryUnits: 17_130 })} /></LanguageProvider>);
    expect(tileValue('Persediaan (hari)')).toHaveTextContent(/^23,6 hari 17.130 unit$/);
    expect(tileValue('Lead time produksi')).toHaveTextContent(/^23,6 hari$/);
    expect(tileValue('Takt time')).toHaveTextContent(/^60 dtk$/);
    expect(tileValue('Operator yang dibutuhkan pada takt')).toHaveTextContent(/^3,1$/);
    expect(tileValue('Permintaan harian')).toHaveTextContent(/^920 per hari$/);
    expect(tileValue('Bottleneck')).toHaveTextContent(/^Welding beban 103%$/);
  });

  it('shows a tiny value-added ratio as a small percentage, not zero', () => {
    render(<MetricsPanel analysis={anAnalysis({ valueAddedRatio: 0.000221 })} />);
    expect(tileValue('Value-added ratio')).toHaveTextContent(/^0.02%$/); // 0.0221%
  });

  it('shows a dash with the warning that explains a missing number', () => {
    const noDemand = 'No customer on the map: no daily demand and no takt time, so process loads, operators needed and operator utilisation are not computed; stock counts as days only where its days are entered; the critical path ends at the last step of the flow instead of a customer.';
    render(<MetricsPanel analysis={anAnalysis({
      taktTimeSec: null, dailyDemand: null, operatorsNeeded: null, bottleneckId: null, bottleneckLoad: null, rolledThroughputYield: null,
      warnings: [analysisMessage('analysis.noCustomer', {}), analysisMessage('analysis.noProcess', {})],
    })} />);
    const takt = tileValue('Takt time');
    // Visible: the dash and a pointer to the numbered warning; the full reason for tooltip and screen reader.
    expect(takt).toHaveTextContent(/^— see warning 1 Not computed: No customer on the map/);
    expect(within(takt).getAllByTitle(noDemand)[0]).toHaveTextContent(/^—$/);
    expect(within(takt).getByText('see warning 1')).toBeVisible();
    // Operators needed depends on takt: it carries the same reason.
    expect(tileValue('Operators needed at takt')).toHaveTextContent(noDemand);
    // The bottleneck is missing because there is no process: warning 2, not the demand one.
    expect(tileValue('Bottleneck')).toHaveTextContent(/^— see warning 2/);
    // A number with no warning of its own and no error gets a plain note, not a blank.
    expect(tileValue('Rolled throughput yield')).toHaveTextContent(/^— Not computed: the map has no data for it yet\.$/);
    // The warning is also listed once in the warnings list.
    const warnings = screen.getByRole('heading', { name: 'Warnings' }).parentElement!;
    expect(within(warnings).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      noDemand,
      'No process with a cycle time on the map yet: there is no bottleneck, labour content or operators needed.',
    ]);
  });

  it('explains the missing bottleneck of a blank map by the missing process, in the reader\'s language', () => {
    // One supplier, one customer with demand, nothing between: the supplier is off the flow, but
    // that is not why there is no bottleneck.
    const blank = analyzeMap(aState({ nodes: [aSupplier(), aCustomer({ demandPerDay: 920 })] }));
    const { unmount } = render(<MetricsPanel analysis={blank} />);
    expect(tileValue('Bottleneck')).toHaveTextContent(
      /^— see warning \d Not computed: No process with a cycle time on the map yet: there is no bottleneck, labour content or operators needed\.$/,
    );
    unmount();
    render(<LanguageProvider initial="id"><MetricsPanel analysis={blank} /></LanguageProvider>);
    const term = screen.getByText('Bottleneck', { selector: 'dt' });
    expect(term.nextElementSibling).toHaveTextContent(
      /Tidak dihitung: Belum ada proses dengan waktu siklus \(C\/T\) di peta: belum ada bottleneck, total waktu kerja, maupun kebutuhan operator\.$/,
    );
  });

  it('lists errors as an alert, apart from warnings', () => {
    const weld = { id: 'p-weld', type: 'process', name: 'Welding' } as const;
    const rework = { id: 'p-rw', type: 'process', name: 'Rework' } as const;
    render(<MetricsPanel analysis={anAnalysis({
      errors: [analysisMessage('analysis.materialLoop', { nodes: [weld, rework] })],
      warnings: [analysisMessage('analysis.transportWithoutDays', { transports: { nodes: [{ id: 't1', type: 'transport', name: 'Truck' }], more: 0 } })],
    })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The material flow has a loop: Welding → Rework → Welding.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('No transit time');
    expect(screen.getByRole('heading', { name: 'Warnings' }).parentElement).toHaveTextContent('No transit time on Truck');
  });

  it('has no alert when there are no errors', () => {
    render(<MetricsPanel analysis={anAnalysis()} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Warnings' })).toBeNull();
  });

  it('selects the bottleneck on the map from its button, by click and by keyboard', async () => {
    const user = userEvent.setup();
    const onSelectNodes = vi.fn();
    render(<MetricsPanel analysis={anAnalysis()} onSelectNodes={onSelectNodes} />);
    const button = screen.getByRole('button', { name: /Bottleneck: Welding/ });
    await user.click(button);
    expect(onSelectNodes).toHaveBeenLastCalledWith(['p-weld']);
    onSelectNodes.mockClear();
    button.focus();
    await user.keyboard('{Enter}');
    expect(onSelectNodes).toHaveBeenCalledWith(['p-weld']);
  });

  it('renders a step name containing HTML as text', () => {
    const label = '<img src=x onerror=alert(1)>';
    const { container } = render(<MetricsPanel
      analysis={anAnalysis({ loads: [{ nodeId: 'p-weld', type: 'process', label, cycleTimeSec: 62, load: 1.03 }] })}
      onSelectNodes={() => {}}
    />);
    expect(screen.getByRole('button', { name: /Bottleneck/ })).toHaveTextContent(label);
    expect(container.querySelector('img')).toBeNull();
  });
});
