import { renderToStaticMarkup } from 'react-dom/server';
import { glyphFor, nodeSize, nodeTypes, symbolSvg } from '../../src/canvas/registry';
import { FACTORY_PATH } from '../../src/canvas/symbols/parts';
import { wrapText } from '../../src/canvas/symbols/svg';
import { NODE_TYPES, type NodeDataByType, type VsmNode, type VsmNodeType } from '../../src/domain/types';
import { plainSpaces } from '../../src/i18n';

const HTML = '<b>x</b>';

function aNode<T extends VsmNodeType>(type: T, data: NodeDataByType[T], id = 'n1'): VsmNode {
  return { id, type, position: { x: 120, y: 40 }, data } as VsmNode;
}

/** The export's markup of one node, inside an `<svg>` root as an export would put it. */
function markup(node: VsmNode, locale: 'en' | 'id' = 'en', stockDaysById?: ReadonlyMap<string, number>): string {
  return renderToStaticMarkup(<svg xmlns="http://www.w3.org/2000/svg">{symbolSvg(node, locale, { stockDaysById })}</svg>);
}

/** The markup parsed as an SVG document (so a stray tag would show as an element). */
function parsed(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** The text lines of the drawing, in document order, with formatter spaces made plain. */
function texts(doc: Document): string[] {
  return [...doc.querySelectorAll('text')].map((t) => plainSpaces(t.textContent ?? ''));
}

/** A node of each type with its text fields holding HTML, and what its drawing must show. */
const SAMPLES: { [T in VsmNodeType]: { data: NodeDataByType[T]; shape: string; shows: string[] } } = {
  // Hand-worked lines: 45 s stays 45 s (seconds up to 10 min); 85 %; 2 operators.
  process: { data: { name: HTML, cycleTimeSec: 45, uptimePct: 85, operators: 2 }, shape: '<rect', shows: [HTML, 'C/T', '45 s', 'Uptime', '85%', '2'] },
  // 5,400 s is over 10 minutes: two units, 1 h 30 min.
  workcell: { data: { name: HTML, cycleTimeSec: 5_400, pacemaker: true }, shape: 'M5 7 H18 V29', shows: [HTML, '1 h 30 min', 'Pacemaker'] },
  supplier: { data: { name: HTML, deliveryNote: 'Mon + Thu' }, shape: FACTORY_PATH, shows: [HTML, 'Mon + Thu'] },
  customer: { data: { name: HTML, demandPerDay: 920, note: HTML }, shape: FACTORY_PATH, shows: [HTML, '920/day'] },
  inventory: { data: { quantity: 7_000, days: 2, note: HTML }, shape: 'M30 3 L57 49 H3 Z', shows: ['I', '7,000', '2.0 days', HTML] },
  supermarket: { data: { quantity: 400, maxQuantity: 600 }, shape: 'M8 5 H40 V43 H8', shows: ['400', 'max 600'] },
  fifo: { data: { quantity: 20, maxQuantity: 50 }, shape: 'M2 5 H94 M2 35 H94', shows: ['FIFO', '20', 'max 50'] },
  buffer: { data: { quantity: 300 }, shape: 'M14 4 H34 V7 H14 Z', shows: ['300'] },
  transport: { data: { mode: 'ship', frequency: HTML, transitDays: 12 }, shape: 'M3 28 H77 L66 42 H14 Z', shows: [HTML, '12.0 days'] },
  operator: { data: { count: 3 }, shape: '<circle cx="20" cy="11" r="8"', shows: ['3'] },
  control: { data: { name: HTML, system: 'MRP' }, shape: '<rect', shows: [HTML, 'MRP'] },
  'kanban-production': { data: { quantity: 50 }, shape: 'M4 4 H34 L44 14 V32 H4 Z', shows: ['50'] },
  'kanban-withdrawal': { data: { quantity: 20 }, shape: 'stroke-dasharray="0.1 5"', shows: ['20'] },
  'kanban-signal': { data: { quantity: 200 }, shape: 'M4 4 H44 L24 38 Z', shows: ['200'] },
  'kanban-post': { data: {}, shape: 'M24 22 V43 M13 43 H35', shows: [] },
  heijunka: { data: { pattern: HTML }, shape: '<rect x="3" y="3" width="66" height="30"', shows: ['OXOX', HTML] },
  'go-see': { data: {}, shape: '<circle cx="17" cy="18" r="10"', shows: [] },
  kaizen: { data: { title: HTML, owner: 'Sari', status: 'doing' }, shape: 'fill="#fff"', shows: [HTML, 'Sari · doing'] },
  quality: { data: { note: HTML, ppm: 1_200 }, shape: 'fill="#fee2e2"', shows: ['Q', HTML, '1,200 ppm'] },
  note: { data: { text: `${HTML} first line\nsecond line` }, shape: 'fill="#fde68a"', shows: [`${HTML} first line`, 'second line'] },
};

describe('the view registry', () => {
  it('has a glyph, a node component, a size and an SVG drawing for every node type', () => {
    expect(Object.keys(nodeTypes).sort()).toEqual([...NODE_TYPES].sort());
    for (const type of NODE_TYPES) {
      expect(glyphFor(type), type).toBeTypeOf('function');
      expect(nodeSize(type).width, type).toBeGreaterThan(0);
      expect(markup(aNode(type, {})), type).toContain(`data-type="${type}"`);
    }
  });
});

describe('each symbol drawn as SVG for the exports', () => {
  it.each(NODE_TYPES.map((type) => [type] as const))('%s: its standard shape at its position, with its lines as text', (type) => {
    const sample = SAMPLES[type];
    const svg = markup(aNode(type, sample.data as NodeDataByType[typeof type]));
    expect(svg).toContain(sample.shape);
    expect(svg).toContain('transform="translate(120 40)"');
    const doc = parsed(svg);
    const lines = texts(doc);
    for (const shown of sample.shows) expect(lines, `${type} shows ${shown}`).toContain(shown);
  });

  it.each(NODE_TYPES.filter((type) => SAMPLES[type].shows.some((s) => s.includes(HTML))).map((type) => [type] as const))(
    '%s: a name like <b>x</b> is text, escaped, never markup',
    (type) => {
      const svg = markup(aNode(type, SAMPLES[type].data as NodeDataByType[typeof type]));
      expect(svg).toContain('&lt;b&gt;x&lt;/b&gt;');
      expect(svg).not.toContain('<b>');
      expect(parsed(svg).querySelector('b')).toBeNull();
    },
  );

  it('names an unnamed process by its symbol, in the reader language', () => {
    expect(texts(parsed(markup(aNode('process', {}), 'id')))).toContain('Proses');
    expect(texts(parsed(markup(aNode('customer', {}), 'en')))).toContain('Customer');
  });

  it('writes stock days computed by the analysis in the reader language', () => {
    // 7,000 units at 920 a day: 7,000 / 920 = 7.6 days (one decimal).
    const node = aNode('inventory', { quantity: 7_000 }, 'i1');
    const days = new Map([['i1', 7_000 / 920]]);
    expect(texts(parsed(markup(node, 'en', days)))).toEqual(['I', '7,000', '7.6 days']);
    expect(texts(parsed(markup(node, 'id', days)))).toEqual(['I', '7.000', '7,6 hari']);
  });

  it('draws at a stored width', () => {
    const wide = { ...aNode('control', { name: 'PPIC' }), width: 300, height: 100 } as VsmNode;
    expect(markup(wide)).toContain('<rect x="0" y="0" width="300" height="100"');
  });
});

describe('wrapText', () => {
  it('breaks at spaces and cuts what does not fit with an ellipsis', () => {
    expect(wrapText('Stamping press line', 10, 2)).toEqual(['Stamping', 'press line']);
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('Supercalifragilistic', 8, 1)).toEqual(['Superca…']);
    expect(wrapText('a\nb', 10, 3)).toEqual(['a', 'b']);
  });
});
