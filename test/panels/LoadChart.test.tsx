import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProcessLoad } from '../../src/domain/analysis/types';
import { LoadChart } from '../../src/panels/LoadChart';
import { anAnalysis } from './analysisFixture';

const num = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

function barRect(container: HTMLElement, nodeId: string): SVGRectElement {
  return container.querySelector(`[data-node-id="${nodeId}"] [data-bar="cycle"]`)!;
}

describe('LoadChart', () => {
  const { loads } = anAnalysis();

  it('draws one bar per step, named with cycle time and load', () => {
    render(<LoadChart loads={loads} taktTimeSec={60} bottleneckId="p-weld" onSelectNodes={() => {}} />);
    const bars = screen.getAllByRole('button');
    expect(bars).toHaveLength(3);
    // 39 / 60 = 65 %; 62 / 60 = 103 %; 29 / 60 = 48 %.
    expect(bars[0]).toHaveAccessibleName('Stamping: cycle time 39 s, load 65%');
    expect(bars[1]).toHaveAccessibleName('Welding: cycle time 62 s, load 103%, over takt, bottleneck');
    expect(bars[2]).toHaveAccessibleName('Assembly: cycle time 29 s, load 48%');
    expect(screen.getByText('Takt 60 s')).toBeInTheDocument();
    expect(screen.getByText('1 of 3 steps over takt.')).toBeInTheDocument();
  });

  it('puts the takt line level with the top of a bar at takt, and bar heights in proportion', () => {
    // Takt 60 s: a 60 s bar ends exactly on the line; a 30 s bar is half as tall.
    const even: ProcessLoad[] = [
      { nodeId: 'a', type: 'process', label: 'At takt', cycleTimeSec: 60, load: 1 },
      { nodeId: 'b', type: 'process', label: 'Half', cycleTimeSec: 30, load: 0.5 },
    ];
    const { container } = render(<LoadChart loads={even} taktTimeSec={60} bottleneckId="a" />);
    const taktLine = container.querySelector('[data-takt-line] line')!;
    const atTakt = barRect(container, 'a');
    const half = barRect(container, 'b');
    expect(num(taktLine, 'y1')).toBeCloseTo(num(atTakt, 'y'), 6);
    expect(num(half, 'height')).toBeCloseTo(num(atTakt, 'height') / 2, 6);
    // Both bars stand on the same baseline.
    expect(num(half, 'y') + num(half, 'height')).toBeCloseTo(num(atTakt, 'y') + num(atTakt, 'height'), 6);
  });

  it('draws a bar over takt above the line and flags it, others not', () => {
    const { container } = render(<LoadChart loads={loads} taktTimeSec={60} bottleneckId="p-weld" />);
    const taktY = num(container.querySelector('[data-takt-line] line')!, 'y1');
    expect(num(barRect(container, 'p-weld'), 'y')).toBeLessThan(taktY); // 62 s reaches higher than 60 s
    expect(num(barRect(container, 'p-stamp'), 'y')).toBeGreaterThan(taktY);
    expect(container.querySelector('[data-node-id="p-weld"]')).toHaveAttribute('data-over-takt', 'true');
    expect(container.querySelector('[data-node-id="p-stamp"]')).toHaveAttribute('data-over-takt', 'false');
    expect(screen.getAllByText('▼ Bottleneck')).toHaveLength(1);
    expect(container.querySelector('[data-label-for="p-weld"]')).toHaveTextContent('62 s▼ Bottleneck');
    expect(container.querySelector('[data-label-for="p-stamp"]')).toHaveTextContent(/^39 s$/);
  });

  it('without takt draws no line and says why', () => {
    const noTakt = loads.map((load) => ({ ...load, load: null }));
    const { container } = render(<LoadChart loads={noTakt} taktTimeSec={null} bottleneckId={null} />);
    expect(container.querySelector('[data-takt-line]')).toBeNull();
    expect(screen.getByText(/No takt line: takt time needs customer demand/)).toBeInTheDocument();
    expect(container.querySelectorAll('[data-bar="cycle"]')).toHaveLength(3);
  });

  it('selects a step from its bar by click, Enter and Space', async () => {
    const user = userEvent.setup();
    const onSelectNodes = vi.fn();
    render(<LoadChart loads={loads} taktTimeSec={60} bottleneckId="p-weld" onSelectNodes={onSelectNodes} />);
    await user.tab(); // the scroll region
    await user.tab(); // the first bar
    expect(screen.getByRole('button', { name: /^Stamping/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectNodes).toHaveBeenLastCalledWith(['p-stamp']);
    await user.tab();
    await user.keyboard(' ');
    expect(onSelectNodes).toHaveBeenLastCalledWith(['p-weld']);
    await user.click(screen.getByRole('button', { name: /^Assembly/ }));
    expect(onSelectNodes).toHaveBeenLastCalledWith(['p-assy']);
    expect(onSelectNodes).toHaveBeenCalledTimes(3);
  });

  it('shows a step without cycle time as "no C/T", not as a zero bar', () => {
    const { container } = render(<LoadChart
      loads={[{ nodeId: 'x', type: 'process', label: 'Paint', cycleTimeSec: null, load: null }]} taktTimeSec={60} bottleneckId={null}
    />);
    expect(screen.getByRole('img', { name: 'Paint: no cycle time' })).toHaveTextContent('no C/T');
    expect(container.querySelector('[data-bar="cycle"]')).toBeNull();
  });

  it('renders a label containing HTML as text', () => {
    const label = '<b onmouseover=alert(1)>Weld</b>';
    const { container } = render(<LoadChart
      loads={[{ nodeId: 'x', type: 'process', label, cycleTimeSec: 40, load: 0.5 }]} taktTimeSec={80} bottleneckId={null}
    />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-node-id="x"] title')).toHaveTextContent(label);
  });
});
