import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageProvider } from '../../src/i18n';
import { TimelineLadder } from '../../src/panels/TimelineLadder';
import { analysisMessage } from '../../src/domain/messages';
import { anAnalysis } from './analysisFixture';

describe('TimelineLadder', () => {
  it('draws one rung per timeline entry, waiting in days and processing in seconds', () => {
    render(<TimelineLadder analysis={anAnalysis()} onSelectNodes={() => {}} />);
    const rungs = screen.getAllByRole('button');
    expect(rungs.map((rung) => rung.getAttribute('aria-label'))).toEqual([
      'Coils: waiting 5.0 days', 'Stamping: processing 39 s', 'Stamped: waiting 4.5 days', 'Welding: processing 62 s',
      'Welded: waiting 7.0 days', 'Assembly: processing 87 s', 'Finished: waiting 7.1 days',
    ]);
  });

  it('puts waiting on the upper level and processing on the lower one', () => {
    render(<TimelineLadder analysis={anAnalysis()} />);
    const waitY = Number(screen.getByText('5.0 days').getAttribute('y'));
    const workY = Number(screen.getByText('39 s').getAttribute('y'));
    expect(waitY).toBeLessThan(workY); // SVG y grows downwards
    // Rungs run left to right in flow order.
    const x = (text: string) => Number(screen.getByText(text).getAttribute('x'));
    expect(x('5.0 days')).toBeLessThan(x('39 s'));
    expect(x('39 s')).toBeLessThan(x('4.5 days'));
  });

  it('shows the totals: lead time, processing and value-added ratio', () => {
    const { container } = render(<TimelineLadder analysis={anAnalysis()} />);
    // Lead time 23.6034 d; processing 39 + 62 + 87 = 188 s; ratio 0.0001151 → 0.01 %.
    expect(container.querySelector('[data-total="lead-time"]')).toHaveTextContent(/^Lead time23.6 days$/);
    expect(container.querySelector('[data-total="processing"]')).toHaveTextContent(/^Processing188 s$/);
    expect(container.querySelector('[data-total="va-ratio"]')).toHaveTextContent(/^VA ratio0.01%$/);
  });

  it('shows a dash with the reason for a total that is missing', () => {
    const why = 'Waiting time, lead time, value-added ratio and inventory turns are not computed: the critical path runs through stock without days (Coils).';
    const warning = analysisMessage('analysis.stockWithoutDaysOnPath', { stocks: { nodes: [{ id: 'i-coils', type: 'inventory', name: 'Coils' }], more: 0 } });
    render(<TimelineLadder analysis={anAnalysis({ leadTimeDays: null, valueAddedRatio: null, warnings: [warning] })} />);
    expect(screen.getAllByTitle(why)).toHaveLength(2);
    expect(screen.getAllByTitle(why)[0]).toHaveTextContent('—');
  });

  it('scales to many steps by growing sideways inside a scrollable region', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      nodeId: `p${i}`, type: 'process' as const, label: `Step ${i + 1}`, waitingDays: 0, processingTimeSec: 10,
    }));
    const { container } = render(<TimelineLadder analysis={anAnalysis({ timeline: many })} />);
    expect(container.querySelectorAll('[data-rung]')).toHaveLength(60);
    const svg = container.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(60 * 100); // at least 100 px a rung
    expect(screen.getByRole('region', { name: /Ladder rungs/ })).toHaveAttribute('tabindex', '0');
  });

  it('selects a step from its rung by click and Enter', async () => {
    const user = userEvent.setup();
    const onSelectNodes = vi.fn();
    render(<TimelineLadder analysis={anAnalysis()} onSelectNodes={onSelectNodes} />);
    await user.click(screen.getByRole('button', { name: /^Welding/ }));
    expect(onSelectNodes).toHaveBeenLastCalledWith(['p-weld']);
    screen.getByRole('button', { name: /^Coils/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelectNodes).toHaveBeenLastCalledWith(['i-coils']);
  });

  it('explains an empty ladder with the error that stopped the analysis', () => {
    const loop = analysisMessage('analysis.materialLoop', { nodes: [{ id: 'a', type: 'process', name: 'A' }, { id: 'b', type: 'process', name: 'B' }] });
    render(<TimelineLadder analysis={anAnalysis({ timeline: [], errors: [loop] })} />);
    expect(screen.getByText(/^The material flow has a loop: A → B → A\. Mark the return edge as rework/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Ladder rungs/ })).toBeNull();
  });

  it('renders labels containing HTML as text', () => {
    const label = '<img src=x onerror=alert(1)>';
    const { container } = render(<TimelineLadder analysis={anAnalysis({
      timeline: [{ nodeId: 'x', type: 'process', label, waitingDays: 0, processingTimeSec: 5 }],
    })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-rung="x"] title')).toHaveTextContent(label);
  });

  it('speaks Indonesian: an unnamed stock by its kind, numbers with a decimal comma', () => {
    // The analysis gives an unnamed stock no label, only its type; the ladder names it in Indonesian.
    const timeline = anAnalysis().timeline.map((rung) => (rung.nodeId === 'i-coils' ? { ...rung, label: '' } : rung));
    const { container } = render(
      <LanguageProvider initial="id"><TimelineLadder analysis={anAnalysis({ timeline })} onSelectNodes={() => {}} /></LanguageProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Tangga lead time' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Persediaan: menunggu 5,0 hari' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stamping: proses 39 dtk' })).toBeInTheDocument();
    expect(container).not.toHaveTextContent('Inventory');
    // Lead time 23.6034 days; processing 188 s; ratio 0.0001151 → 0.01 %.
    expect(container.querySelector('[data-total="lead-time"]')).toHaveTextContent(/^Lead time23,6 hari$/);
    expect(container.querySelector('[data-total="processing"]')).toHaveTextContent(/^Proses188 dtk$/);
    expect(container.querySelector('[data-total="va-ratio"]')).toHaveTextContent(/^Rasio NT0,01%$/);
  });

  it('names an unnamed step of another kind in English by its English kind', () => {
    const timeline = [{ nodeId: 't', type: 'transport' as const, label: '', waitingDays: 1, processingTimeSec: 0 }];
    render(<TimelineLadder analysis={anAnalysis({ timeline })} onSelectNodes={() => {}} />);
    expect(screen.getByRole('button', { name: 'External shipment: waiting 1.0 days' })).toBeInTheDocument();
  });
});
