import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { analyzeMap } from '../../../src/domain/analysis';
import type { VsmNode } from '../../../src/domain/types';
import { LadderSvg } from '../../../src/canvas/ladder/LadderSvg';
import { layoutLadder } from '../../../src/canvas/ladder/layout';
import { aCustomer, anEdge, anInventory, aProcess, aState } from '../../fixtures/builders';

const sizeOf = (node: VsmNode) => (node.type === 'process' ? { width: 120, height: 100 } : { width: 80, height: 60 });

/**
 * Coils (4,600 units) → Stamping (39 s) → Stamped (4,140) → Welding (62 s) → customer, 920 a day:
 * Coils 4,600 / 920 = 5.0 days, Stamped 4,140 / 920 = 4.5 days; waiting 9.5 days; processing
 * 101 s; lead time 9.5 + 101 / 55,200 = 9.5018 days; ratio 101 / (9.5018 × 55,200) = 0.019 %.
 */
function stampingLine(stampingName = 'Stamping') {
  const nodes: VsmNode[] = [
    anInventory({ quantity: 4600 }, { id: 'coils', position: { x: 0, y: 20 } }),
    aProcess({ name: stampingName, cycleTimeSec: 39 }, { id: 'stamp', position: { x: 100, y: 0 } }),
    anInventory({ quantity: 4140 }, { id: 'stamped', position: { x: 240, y: 20 } }),
    aProcess({ name: 'Welding', cycleTimeSec: 62 }, { id: 'weld', position: { x: 340, y: 0 } }),
    aCustomer({ demandPerDay: 920 }, { id: 'cust', position: { x: 500, y: 0 } }),
  ];
  const edges = [anEdge('coils', 'stamp'), anEdge('stamp', 'stamped'), anEdge('stamped', 'weld'), anEdge('weld', 'cust')];
  const state = aState({ nodes, edges });
  return { nodes: state.nodes, analysis: analyzeMap(state) };
}

describe('LadderSvg', () => {
  it('labels waiting days over the gaps and processing under the steps, with the totals, in English', () => {
    const { nodes, analysis } = stampingLine();
    const { container } = render(<svg><LadderSvg nodes={nodes} analysis={analysis} sizeOf={sizeOf} locale="en" /></svg>);
    const labels = [...container.querySelectorAll('[data-level] text')].map((t) => t.textContent);
    expect(labels).toEqual(['5.0 days', '39 s', '4.5 days', '62 s']);
    // Each label is centred over its segment: Coils' wait 0..100, Stamping's box 100..220.
    const x = (text: string) => Number(screen.getByText(text).getAttribute('x'));
    expect(x('5.0 days')).toBe(50);
    expect(x('39 s')).toBe(160);
    expect(container.querySelector('[data-total="lead-time"]')).toHaveTextContent('Lead time9.5 days');
    expect(container.querySelector('[data-total="processing"]')).toHaveTextContent('Processing101 s');
    expect(container.querySelector('[data-total="va-ratio"]')).toHaveTextContent('VA ratio0.02%');
    // Nothing to press without a handler (an export).
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('speaks Indonesian numbers and words', () => {
    const { nodes, analysis } = stampingLine();
    const { container } = render(<svg><LadderSvg nodes={nodes} analysis={analysis} sizeOf={sizeOf} locale="id" /></svg>);
    expect([...container.querySelectorAll('[data-level] text')].map((t) => t.textContent)).toEqual(['5,0 hari', '39 dtk', '4,5 hari', '62 dtk']);
    expect(container.querySelector('[data-total="processing"]')).toHaveTextContent('Proses101 dtk');
    expect(container.querySelector('[data-total="va-ratio"]')).toHaveTextContent('Rasio NT0,02%');
  });

  it('makes each rung a button that selects what it measures, by click and by Enter', async () => {
    const user = userEvent.setup();
    const onSelectNodes = vi.fn();
    const { nodes, analysis } = stampingLine();
    render(<svg><LadderSvg nodes={nodes} analysis={analysis} sizeOf={sizeOf} locale="en" onSelectNodes={onSelectNodes} /></svg>);
    const rungs = screen.getAllByRole('button');
    expect(rungs.map((rung) => rung.getAttribute('aria-label'))).toEqual([
      'Inventory: waiting 5.0 days', 'Stamping: processing 39 s', 'Inventory: waiting 4.5 days', 'Welding: processing 62 s',
    ]);
    await user.click(screen.getByRole('button', { name: /^Welding/ }));
    expect(onSelectNodes).toHaveBeenLastCalledWith(['weld']);
    rungs[2]!.focus();
    await user.keyboard('{Enter}');
    expect(onSelectNodes).toHaveBeenLastCalledWith(['stamped']);
  });

  it('draws the layout it is given and renders as static SVG, a name with HTML staying text', () => {
    const { nodes, analysis } = stampingLine('<img src=x onerror=alert(1)>');
    const layout = layoutLadder(nodes, analysis, sizeOf, { fontPx: 20 });
    const markup = renderToStaticMarkup(<LadderSvg nodes={nodes} analysis={analysis} layout={layout} locale="en" onSelectNodes={() => {}} />);
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;: processing 39 s');
    expect(markup).toContain('font-size="20"');
    expect(markup.startsWith('<g')).toBe(true);
  });

  it('draws nothing when there is no ladder', () => {
    const state = aState({ nodes: [aCustomer({}, { id: 'cust' })] });
    const { container } = render(<svg><LadderSvg nodes={state.nodes} analysis={analyzeMap(state)} sizeOf={sizeOf} locale="en" /></svg>);
    expect(container.querySelector('svg')!.childNodes).toHaveLength(0);
  });
});
