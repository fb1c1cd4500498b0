import { buildPicture, pictureMarkup } from '../../src/export/picture';
import { MAX_SIDE_PX, rasterSize } from '../../src/export/png';
import { aCustomer, aDocument, anEdge, anInventory, aProcess, aState, aSupplier, resetIds } from '../fixtures/builders';

const DATE = new Date(2026, 2, 9, 10, 30); // 9 March 2026, local time

/** A line supplier → Stamping → stock → Welding → customer, 920 a day, and an info arrow. */
function aMap(stampingName = 'Stamping') {
  resetIds();
  const supplier = aSupplier({}, { id: 's', position: { x: 0, y: 0 } });
  const stamping = aProcess({ name: stampingName, cycleTimeSec: 40 }, { id: 'p1', position: { x: 200, y: 0 } });
  const stock = anInventory({ quantity: 1_840 }, { id: 'i1', position: { x: 420, y: 20 } });
  const welding = aProcess({ name: 'Welding', cycleTimeSec: 55 }, { id: 'p2', position: { x: 600, y: 0 } });
  const customer = aCustomer({ demandPerDay: 920 }, { id: 'c', position: { x: 820, y: 0 } });
  const edges = [
    anEdge(supplier, stamping, { id: 'e1', type: 'shipment' }),
    anEdge(stamping, stock, { id: 'e2' }),
    anEdge(stock, welding, { id: 'e3' }),
    anEdge(welding, customer, { id: 'e4', type: 'shipment' }),
    anEdge(customer, supplier, { id: 'e5', type: 'manual-info', data: { label: 'Weekly <i>fax</i>' } }),
  ];
  return aDocument({
    title: 'Steering bracket', product: 'Bracket L/R',
    current: aState({ nodes: [supplier, stamping, stock, welding, customer], edges }),
  });
}

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');
const texts = (svg: Document, selector: string) => [...svg.querySelectorAll(selector)].map((t) => t.textContent);

describe('the exported picture', () => {
  it('draws every symbol and every arrow of the state, the title block and the key figures', () => {
    const svg = parse(pictureMarkup(buildPicture({ doc: aMap(), state: 'current', locale: 'en', background: 'white', date: DATE })));
    expect(svg.querySelector('parsererror')).toBeNull();
    expect([...svg.querySelectorAll('.arus-svg-node')].map((n) => n.getAttribute('data-id'))).toEqual(['s', 'p1', 'i1', 'p2', 'c']);
    expect([...svg.querySelectorAll('.arus-svg-edge')].map((e) => `${e.getAttribute('data-id')}:${e.getAttribute('data-type')}`))
      .toEqual(['e1:shipment', 'e2:push', 'e3:push', 'e4:shipment', 'e5:manual-info']);
    expect(texts(svg, '[data-field="title"]')).toEqual(['Steering bracket']);
    expect(texts(svg, '[data-field="product"]')).toEqual(['Product family: Bracket L/R']);
    expect(texts(svg, '[data-field="state"]')).toEqual(['Current state · Mar 9, 2026']);
    // Takt = 55,200 s / 920 = 60 s; the bottleneck is the slower step, Welding (55 s).
    const figures = [...svg.querySelectorAll('[data-figure]')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' = '));
    expect(figures[0]).toBe('Takt time = 60 s');
    expect(figures[3]).toMatch(/= Welding$/);
  });

  it('speaks the chosen language: Indonesian state, date and figure names', () => {
    const svg = parse(pictureMarkup(buildPicture({ doc: aMap(), state: 'current', locale: 'id', background: 'white', date: DATE })));
    expect(texts(svg, '[data-field="state"]')).toEqual(['Kondisi saat ini · 9 Mar 2026']);
    expect(texts(svg, '[data-field="product"]')).toEqual(['Keluarga produk: Bracket L/R']);
  });

  it('keeps HTML in the team\'s text as text: no element is made of it', () => {
    const markup = pictureMarkup(buildPicture({
      doc: { ...aMap('<b>x</b><script>alert(1)</script>'), title: '<img src=x onerror=alert(1)>' },
      state: 'current', locale: 'en', background: 'white', date: DATE,
    }));
    expect(markup).toContain('&lt;b&gt;x&lt;/b&gt;');
    const svg = parse(markup);
    for (const tag of ['b', 'i', 'script', 'img']) expect(svg.getElementsByTagName(tag)).toHaveLength(0);
    expect(texts(svg, '[data-field="title"]')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(texts(svg, '[data-id="p1"] [data-field="name"]').join('')).toContain('<b>x</b>');
    expect(texts(svg, '[data-id="e5"] [data-field="label"]')).toEqual(['Weekly <i>fax</i>']);
  });

  it('wraps a long title onto more lines instead of cutting it off', () => {
    const title = 'Steering bracket left and right hand, stamping, welding and assembly, current state as walked on the ninth of March';
    const svg = parse(pictureMarkup(buildPicture({ doc: { ...aMap(), title }, state: 'current', locale: 'en', background: 'white', date: DATE })));
    const lines = texts(svg, '[data-field="title"]');
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(title);
  });

  it('wraps a long delivery note in a data box instead of cutting it', () => {
    const doc = aMap();
    const note = '500 ft coils, Tuesday and Thursday, by truck from the coil centre';
    doc.states.current.nodes[0]!.data = { name: 'Michigan Steel', deliveryNote: note };
    const svg = parse(pictureMarkup(buildPicture({ doc, state: 'current', locale: 'en', background: 'white', date: DATE })));
    const lines = texts(svg, '[data-id="s"] [data-field="deliveryNote"]');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(note);
  });

  it('has a white background only when asked: transparent leaves it out', () => {
    const white = parse(pictureMarkup(buildPicture({ doc: aMap(), state: 'current', locale: 'en', background: 'white', date: DATE })));
    const clear = parse(pictureMarkup(buildPicture({ doc: aMap(), state: 'current', locale: 'en', background: 'transparent', date: DATE })));
    const root = white.documentElement;
    expect(white.querySelector('.arus-svg-background')?.getAttribute('width')).toBe(root.getAttribute('width'));
    expect(white.querySelector('.arus-svg-background')?.getAttribute('fill')).toBe('#fff');
    expect(clear.querySelector('.arus-svg-background')).toBeNull();
  });

  it('makes room for arrows routed outside the symbols: a push between two tops runs above the row', () => {
    // Edges without handles leave and enter by the top handle, as React Flow does. The handles
    // are 7 px above the boxes (y = -7); the push line stops 20 px before the target's handle
    // (its arrowhead covers the rest), at y = -27, and the step path climbs its 20 px offset
    // above the higher end: y = -47.
    const doc = aMap();
    doc.states.current.edges = [{ id: 'up', type: 'push', source: 'p1', target: 'p2' }];
    const picture = buildPicture({ doc, state: 'current', locale: 'en', background: 'white', date: DATE });
    const svg = parse(pictureMarkup(picture));
    const map = svg.querySelector('.arus-svg-map')!.parentElement!;
    const dy = Number(/translate\(\S+ (\S+)\)/.exec(map.getAttribute('transform')!)![1]);
    const path = svg.querySelector('[data-id="up"] path')!.getAttribute('d')!;
    const ys = path.match(/-?\d+(\.\d+)?/g)!.map(Number).filter((_, i) => i % 2 === 1);
    // The highest point of the route, on the page, lies below the title block's rule.
    const rule = Number(/M\S+ (\S+)/.exec(svg.querySelector('.arus-svg-title-block > path')!.getAttribute('d')!)![1]);
    expect(Math.min(...ys)).toBe(-47);
    expect(Math.min(...ys) + dy - 6).toBeGreaterThan(rule);
  });

  it('draws the future state when asked', () => {
    const doc = aMap();
    doc.states.future = aState({ nodes: [aProcess({ name: 'One-piece flow' }, { id: 'f1' })] });
    const svg = parse(pictureMarkup(buildPicture({ doc, state: 'future', locale: 'en', background: 'white', date: DATE })));
    expect([...svg.querySelectorAll('.arus-svg-node')].map((n) => n.getAttribute('data-id'))).toEqual(['f1']);
    expect(texts(svg, '[data-field="state"]')).toEqual(['Future state · Mar 9, 2026']);
  });

  it('a map too wide for a browser\'s canvas is drawn smaller, and says so', () => {
    const doc = aMap();
    doc.states.current.nodes[4]!.position = { x: 20_000, y: 0 };
    const picture = buildPicture({ doc, state: 'current', locale: 'en', background: 'white', date: DATE });
    // The customer's box ends at 20,000 + its width; 40 px margins on both sides.
    expect(picture.width).toBeGreaterThan(20_080);
    const size = rasterSize(picture.width, picture.height, 2);
    expect(size.width).toBe(MAX_SIDE_PX);
    expect(size.scaledDown).toBe(true);
    expect(size.pixelRatio).toBeLessThan(0.41);
  });
});

describe('the lead-time ladder in the picture', () => {
  it('is drawn under the map with its totals: 2 days of stock + 95 s of processing', () => {
    // Stock 1,840 / 920 a day = 2 days waiting; processing 40 s + 55 s = 95 s.
    const svg = parse(pictureMarkup(buildPicture({ doc: aMap(), state: 'current', locale: 'en', background: 'white', date: DATE })));
    const ladder = svg.querySelector('.arus-svg-ladder')!;
    expect(ladder).not.toBeNull();
    expect(ladder.textContent).toContain('2.0 days');
    expect(ladder.querySelector('[data-total="processing"]')?.textContent).toMatch(/95\s*s/);
  });
});
