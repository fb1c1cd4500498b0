import { render, screen, within } from '@testing-library/react';
import { ConnectionMode, type Edge, type Node, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { NODE_SYMBOLS, EDGE_SYMBOLS } from '../../src/domain/symbols';
import { EDGE_TYPES, NODE_TYPES, type VsmEdgeType, type VsmNodeType } from '../../src/domain/types';
import { edgeGlyphFor, edgeTypes, glyphFor, nodeSize, nodeTypes, SymbolContext, type SymbolContextValue } from '../../src/canvas/registry';
import { plainSpaces } from '../../src/i18n';
import { arrowName, symbolName } from '../../src/i18n/symbols';

const XSS = '<img src=x onerror=alert(1)>';

function renderMap(nodes: Node[], edges: Edge[] = [], context?: SymbolContextValue) {
  const flow = (
    <div style={{ width: 1200, height: 800 }}>
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} edgeTypes={edgeTypes} connectionMode={ConnectionMode.Loose} />
    </div>
  );
  const wrapped: ReactNode = context ? <SymbolContext.Provider value={context}>{flow}</SymbolContext.Provider> : flow;
  return render(<ReactFlowProvider>{wrapped}</ReactFlowProvider>);
}

function aNode(type: VsmNodeType, data: Record<string, unknown>, id = 'n1', x = 0): Node {
  return { id, type, position: { x, y: 0 }, data };
}

/** The value shown in a data box row, looked up by the row's short label. */
function dataBoxValue(symbol: HTMLElement, shortLabel: string): string | null {
  const term = within(symbol).queryByText(shortLabel, { selector: 'dt' });
  const value = term?.nextElementSibling?.textContent;
  return value === undefined || value === null ? null : plainSpaces(value);
}

interface Sample {
  type: VsmNodeType;
  data: Record<string, unknown>;
  ariaLabel: string;
  /** Text a person reads on the symbol. */
  shows: string[];
}

// Expected text worked out by hand from the formatting rules (a VSM data box): seconds up to
// 10 minutes (45 s, 600 s), then two units (5,400 s = 1 h 30 min); 7,000 with a thousands comma.
// Days with one decimal (2 → 2.0 days).
const SAMPLES: Sample[] = [
  {
    type: 'process',
    data: { name: 'Stamping', cycleTimeSec: 45, changeoverSec: 600, uptimePct: 85, operators: 2, shifts: 2, batchSize: 100, scrapPct: 1.5 },
    ariaLabel: 'Process: Stamping',
    shows: ['Stamping', 'C/T', '45 s', 'C/O', '600 s', 'Uptime', '85%', 'Ops', 'Shifts', 'Batch', '100', 'Scrap', '1.5%'],
  },
  { type: 'workcell', data: { name: 'Weld cell', cycleTimeSec: 5400 }, ariaLabel: 'Work cell: Weld cell', shows: ['Weld cell', 'C/T', '1 h 30 min'] },
  { type: 'supplier', data: { name: 'Michigan Steel', deliveryNote: 'Tuesdays' }, ariaLabel: 'Supplier: Michigan Steel', shows: ['Michigan Steel', 'Tuesdays'] },
  // 18,400 a month is the textbook demand of State Street Assembly
  { type: 'customer', data: { name: 'State Street', demandPerMonth: 18400 }, ariaLabel: 'Customer: State Street', shows: ['State Street', '18,400/month'] },
  { type: 'inventory', data: { quantity: 7000, days: 7.6 }, ariaLabel: 'Inventory: 7,000, 7.6 days', shows: ['7,000', '7.6 days'] },
  { type: 'supermarket', data: { quantity: 300, maxQuantity: 600 }, ariaLabel: 'Supermarket: 300', shows: ['300', 'max 600'] },
  { type: 'fifo', data: { maxQuantity: 20 }, ariaLabel: 'FIFO lane', shows: ['FIFO', 'max 20'] },
  { type: 'buffer', data: { quantity: 50, days: 0.5 }, ariaLabel: 'Safety/buffer stock: 50, 0.5 days', shows: ['50', '0.5 days'] },
  { type: 'transport', data: { mode: 'ship', frequency: '2x week', transitDays: 2 }, ariaLabel: 'External shipment: 2x week, 2.0 days', shows: ['2x week', '2.0 days'] },
  { type: 'operator', data: { count: 3 }, ariaLabel: 'Operator: 3', shows: ['3'] },
  { type: 'control', data: { name: 'Production Control', system: 'MRP' }, ariaLabel: 'Production control: Production Control', shows: ['Production Control', 'MRP'] },
  { type: 'kanban-production', data: { quantity: 20 }, ariaLabel: 'Production kanban: 20', shows: ['20'] },
  { type: 'kanban-withdrawal', data: { quantity: 40 }, ariaLabel: 'Withdrawal kanban: 40', shows: ['40'] },
  { type: 'kanban-signal', data: { quantity: 200 }, ariaLabel: 'Signal kanban: 200', shows: ['200'] },
  { type: 'kanban-post', data: {}, ariaLabel: 'Kanban post', shows: [] },
  { type: 'heijunka', data: { pattern: 'ABAC' }, ariaLabel: 'Load leveling: ABAC', shows: ['OXOX', 'ABAC'] },
  { type: 'go-see', data: {}, ariaLabel: 'Go-see scheduling', shows: [] },
  { type: 'kaizen', data: { title: 'Cut changeover', owner: 'Budi', status: 'doing' }, ariaLabel: 'Kaizen burst: Cut changeover', shows: ['Cut changeover', 'Budi · doing'] },
  { type: 'quality', data: { note: 'Burrs', ppm: 1200 }, ariaLabel: 'Quality problem: Burrs', shows: ['Burrs', '1,200 ppm'] },
  { type: 'note', data: { text: 'Ask about weekend shifts' }, ariaLabel: 'Note: Ask about weekend shifts', shows: ['Ask about weekend shifts'] },
];

describe('node symbols on the canvas', () => {
  it('has a sample for every node type of the catalog', () => {
    expect(SAMPLES.map((s) => s.type).sort()).toEqual([...NODE_TYPES].sort());
    expect(Object.keys(nodeTypes).sort()).toEqual(NODE_SYMBOLS.map((s) => s.type).sort());
  });

  it.each(SAMPLES)('$type shows its name, its data and an accessible label', ({ type, data, ariaLabel, shows }) => {
    renderMap([aNode(type, data)]);
    const symbol = screen.getByRole('group', { name: ariaLabel });
    for (const text of shows) expect(within(symbol).getAllByText(text).length).toBeGreaterThan(0);
    expect(symbol.querySelector('svg, .arus-process, .arus-control, .arus-note')).not.toBeNull();
    // four grab handles, one per side
    expect([...symbol.querySelectorAll('.react-flow__handle')].map((h) => h.getAttribute('data-handleid')).sort()).toEqual(['b', 'l', 'r', 't']);
  });

  it('lists only the filled fields in a process data box, with friendly units', () => {
    renderMap([aNode('process', { name: 'Welding', cycleTimeSec: 45, uptimePct: 100 })]);
    const symbol = screen.getByRole('group', { name: 'Process: Welding' });
    expect(dataBoxValue(symbol, 'C/T')).toBe('45 s');
    expect(dataBoxValue(symbol, 'Uptime')).toBe('100%');
    // no changeover, operators or scrap were typed, so no such rows
    expect(within(symbol).queryByText('C/O')).toBeNull();
    expect(within(symbol).queryByText('Ops')).toBeNull();
    expect(within(symbol).queryByText('Scrap')).toBeNull();
  });

  it('shows times the VSM way: seconds up to 10 minutes, then two units, never rounded up', () => {
    // 90 s stays 90 s (not 1.5 min); 3,600 s = 1 h; 3,900 s = 1 h 5 min; 0.5 s stays seconds
    renderMap([aNode('process', { name: 'P', cycleTimeSec: 0.5, changeoverSec: 3900, processingTimeSec: 90, motionSec: 3600 })]);
    const symbol = screen.getByRole('group', { name: 'Process: P' });
    expect(dataBoxValue(symbol, 'C/T')).toBe('0.5 s');
    expect(dataBoxValue(symbol, 'P/T')).toBe('90 s');
    expect(dataBoxValue(symbol, 'C/O')).toBe('1 h 5 min');
    expect(dataBoxValue(symbol, 'Motion')).toBe('1 h');
  });

  it('shows a cycle time of 62 s as 62 s, so a step just over a 60 s takt shows it', () => {
    // The bug this guards against: 62 s read "1 min" on the map and the bottleneck looked at takt.
    renderMap([aNode('process', { name: 'Weld', cycleTimeSec: 62 }, 'en-p')]);
    expect(dataBoxValue(screen.getByRole('group', { name: 'Process: Weld' }), 'C/T')).toBe('62 s');
  });

  it('writes a data box in Indonesian: dtk, mnt, jam and a decimal comma', () => {
    // 62 s → 62 dtk; 3,900 s → 1 jam 5 mnt; 59.6 s → 59,6 dtk; 1,500 units → 1.500
    renderMap([aNode('process', {
      name: 'Las', cycleTimeSec: 62, changeoverSec: 3900, processingTimeSec: 59.6, valueAddedSec: 30, operators: 2, batchSize: 1500,
    })], [], { locale: 'id' });
    const symbol = screen.getByRole('group', { name: 'Proses: Las' });
    expect(dataBoxValue(symbol, 'C/T')).toBe('62 dtk');
    expect(dataBoxValue(symbol, 'C/O')).toBe('1 jam 5 mnt');
    expect(dataBoxValue(symbol, 'P/T')).toBe('59,6 dtk');
    expect(dataBoxValue(symbol, 'NT')).toBe('30 dtk');
    expect(dataBoxValue(symbol, 'Opr')).toBe('2');
    expect(dataBoxValue(symbol, 'Batch')).toBe('1.500');
    expect(within(symbol).queryByText('Ops')).toBeNull();
  });

  it('writes the other symbols in Indonesian too: demand, kaizen status and date, edge labels', () => {
    renderMap([
      aNode('customer', { name: 'Pelanggan A', demandPerMonth: 18_400 }, 'c'),
      aNode('kaizen', { title: 'SMED', owner: 'Budi', dueDate: '2026-12-01', status: 'doing' }, 'k', 300),
      aNode('transport', { transitDays: 2 }, 't', 600),
    ], [{ id: 'e', type: 'shipment', source: 'c', target: 't', data: { transitDays: 1.5, distanceM: 1200 } }], { locale: 'id' });
    expect(within(screen.getByRole('group', { name: 'Pelanggan: Pelanggan A' })).getByText('18.400/bulan')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Kaizen burst: SMED' })).getByText('Budi · 1 Des 2026 · dikerjakan')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Pengiriman eksternal: 2,0 hari' })).toBeInTheDocument();
    expect(screen.getByText('1.200 m · 1,5 hari')).toBeInTheDocument();
  });

  it('marks pacemaker, shared and inspection steps', () => {
    renderMap([aNode('process', { name: 'Final check', kind: 'inspection', pacemaker: true, shared: true })]);
    const symbol = screen.getByRole('group', { name: 'Process: Final check' });
    expect(within(symbol).getByText('Pacemaker')).toBeInTheDocument();
    expect(within(symbol).getByText('Shared')).toBeInTheDocument();
    expect(within(symbol).getByText('Inspection')).toBeInTheDocument();
  });

  it('shows nothing made up for a process without data', () => {
    renderMap([aNode('process', {})]);
    const symbol = screen.getByRole('group', { name: 'Process' });
    expect(symbol.querySelector('dl')).toBeNull();
    expect(symbol.querySelector('.arus-badge')).toBeNull();
  });

  it('ignores values that are not finite numbers', () => {
    renderMap([aNode('process', { name: 'Bad', cycleTimeSec: Number.NaN, uptimePct: 'ninety' })]);
    const symbol = screen.getByRole('group', { name: 'Process: Bad' });
    expect(within(symbol).queryByText('C/T')).toBeNull();
    expect(within(symbol).queryByText('Uptime')).toBeNull();
    expect(symbol.textContent).not.toContain('NaN');
  });

  it('shows stock days computed by the analysis when the team typed none', () => {
    // 7,000 pieces / 920 a day = 7.608… days, shown as 7.6 days
    renderMap([aNode('inventory', { quantity: 7000 }, 'i1')], [], { locale: 'en', stockDaysById: new Map([['i1', 7000 / 920]]) });
    expect(screen.getByRole('group', { name: 'Inventory: 7,000, 7.6 days' })).toBeInTheDocument();
  });

  it('prefers the days the team typed over computed days', () => {
    renderMap([aNode('inventory', { quantity: 7000, days: 5 }, 'i1')], [], { locale: 'en', stockDaysById: new Map([['i1', 7.6]]) });
    const symbol = screen.getByRole('group', { name: /^Inventory/ });
    expect(within(symbol).getByText('5.0 days')).toBeInTheDocument();
    expect(within(symbol).queryByText('7.6 days')).toBeNull();
  });

  it('draws the transport mode the data asks for', () => {
    const { container } = renderMap([aNode('transport', { mode: 'truck' }, 't1'), aNode('transport', { mode: 'air' }, 't2', 300)]);
    const [truck, plane] = [...container.querySelectorAll('.arus-node--transport svg')].map((svg) => svg.innerHTML);
    expect(truck).not.toBe(plane);
  });

  it('speaks Bahasa Indonesia when the canvas asks for it', () => {
    // 7000 is written 7.000 in Indonesian; 2.5 is 2,5
    renderMap([aNode('inventory', { quantity: 7000, days: 2.5 })], [], { locale: 'id' });
    const symbol = screen.getByRole('group', { name: 'Persediaan: 7.000, 2,5 hari' });
    expect(within(symbol).getByText('2,5 hari')).toBeInTheDocument();
  });

  it.each([
    ['process', { name: XSS }, 'Process'],
    ['supplier', { name: XSS }, 'Supplier'],
    ['customer', { name: XSS, note: XSS }, 'Customer'],
    ['control', { name: XSS, system: XSS }, 'Production control'],
    ['kaizen', { title: XSS, owner: XSS }, 'Kaizen burst'],
    ['note', { text: XSS }, 'Note'],
    ['inventory', { note: XSS }, 'Inventory'],
    ['heijunka', { pattern: XSS }, 'Load leveling'],
    ['quality', { note: XSS }, 'Quality problem'],
    ['transport', { frequency: XSS }, 'External shipment'],
  ] as const)('renders HTML in a %s label as literal text', (type, data, name) => {
    const { container } = renderMap([aNode(type, data)]);
    const symbol = screen.getByRole('group', { name: new RegExp(`^${name}`) });
    expect(within(symbol).getAllByText(XSS).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('keeps a very long name inside the shape as one clamped label', () => {
    const longName = 'Stamping '.repeat(40).trim();
    renderMap([aNode('process', { name: longName })]);
    const label = screen.getByText(longName);
    expect(label).toHaveClass('arus-label');
    // the full name stays available as a tooltip
    expect(label).toHaveAttribute('title', longName);
  });
});

describe('edges on the canvas', () => {
  const twoNodes = [aNode('process', { name: 'A' }, 'a'), aNode('process', { name: 'B' }, 'b', 400)];

  it.each(EDGE_TYPES)('%s draws a path between two nodes', (type) => {
    const { container } = renderMap(twoNodes, [{ id: 'e1', type, source: 'a', target: 'b', sourceHandle: 'r', targetHandle: 'l' }]);
    const edge = container.querySelector(`.react-flow__edge-${type}`);
    expect(edge).not.toBeNull();
    const path = edge!.querySelector('path.react-flow__edge-path');
    expect(path?.getAttribute('d')).toMatch(/^M/);
    // every type draws its own arrowhead (no shared markers to lose in a PNG export)
    expect(edge!.querySelector('polygon')).not.toBeNull();
  });

  it('shows the label, the distance and shipment transit days', () => {
    const edges: Edge[] = [
      { id: 'e1', type: 'material', source: 'a', target: 'b', data: { label: 'forklift', distanceM: 12 } },
      { id: 'e2', type: 'shipment', source: 'b', target: 'a', data: { transitDays: 2 } },
    ];
    renderMap(twoNodes, edges);
    expect(screen.getByText('forklift · 12 m')).toBeInTheDocument();
    expect(screen.getByText('2.0 days')).toBeInTheDocument();
  });

  it('draws a rework loop apart, with a rework label', () => {
    const { container } = renderMap(twoNodes, [{ id: 'e1', type: 'push', source: 'b', target: 'a', data: { rework: true } }]);
    const edge = container.querySelector('.react-flow__edge-push .arus-edge');
    expect(edge).toHaveClass('is-rework');
    expect(within(edge as HTMLElement).getByText('rework')).toBeInTheDocument();
    expect(edge!.querySelector('[stroke-dasharray]')?.getAttribute('stroke')).toBe('#dc2626');
  });

  it('renders HTML in an edge label as literal text', () => {
    const { container } = renderMap(twoNodes, [{ id: 'e1', type: 'manual-info', source: 'a', target: 'b', data: { label: XSS } }]);
    expect(screen.getByText(XSS)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('palette glyphs and sizes', () => {
  it.each(NODE_SYMBOLS.map((s) => [s.type, symbolName(s.type, 'en')] as const))('%s has a titled glyph and a default size', (type, name) => {
    const Glyph = glyphFor(type);
    render(<Glyph size={32} title={name} />);
    const svg = screen.getByRole('img', { name });
    expect(svg).toHaveAttribute('width', '32');
    expect(svg.querySelector('path, rect, circle')).not.toBeNull();
    const { width, height } = nodeSize(type);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it.each(EDGE_SYMBOLS.map((s) => [s.type, arrowName(s.type, 'en')] as [VsmEdgeType, string]))('%s has a sample line', (type, name) => {
    const EdgeGlyph = edgeGlyphFor(type);
    render(<EdgeGlyph width={64} title={name} />);
    const svg = screen.getByRole('img', { name });
    expect(svg.querySelector('path')).not.toBeNull();
  });

  it('keeps palette strokes thin and canvas strokes thick', () => {
    const Glyph = glyphFor('inventory');
    // 32 px icon: 32/22 = 1.45 px, raised to the 1.5 px floor; 96 px: 96/22 = 4.4, capped at 3.5 px
    const { container } = render(<><Glyph size={32} /><Glyph size={96} /></>);
    const [small, large] = [...container.querySelectorAll('svg')];
    // the view box is 60 × 52 in a square, so its width decides the scale:
    // 1.5 px × 60/32 = 2.81 units; 3.5 px × 60/96 = 2.19 units
    expect(small!.style.strokeWidth).toBe('2.81');
    expect(large!.style.strokeWidth).toBe('2.19');
  });
});
