import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { darkShare } from './pixels';

const sample = JSON.parse(readFileSync('public/samples/steering-bracket.json', 'utf8')) as {
  title: string;
  states: { current: { nodes: { id: string; data: Record<string, unknown> }[]; edges: { id: string }[] } };
};

async function ready(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);
}

/** Opens the export dialog, picks the options by their labels, exports, and returns the downloaded file. */
async function exportFile(page: Page, options: { format?: RegExp; scale?: string; background?: string } = {}) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  if (options.format) await dialog.getByRole('radio', { name: options.format }).check();
  if (options.scale) await dialog.getByRole('radio', { name: options.scale, exact: true }).check();
  if (options.background) await dialog.getByRole('radio', { name: options.background }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  return { bytes: readFileSync((await file.path())!), name: file.suggestedFilename() };
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** What the map on screen holds: symbol ids, arrow ids and the title, to compare before and after. */
async function mapContent(page: Page) {
  const ids = (selector: string, attribute: string) => page.locator(selector).evaluateAll(
    (elements, name) => elements.map((element) => element.getAttribute(name)).sort(), attribute,
  );
  return {
    title: await page.locator('.doc-title').textContent(),
    nodes: await ids('.react-flow__node', 'data-id'),
    edges: await ids('.react-flow__edge', 'data-id'),
  };
}

test('a PNG of the whole map, the ladder and the figures included, opens again as the editable map', async ({ page }) => {
  await ready(page);
  const before = await mapContent(page);
  expect(before.nodes).toHaveLength(sample.states.current.nodes.length);

  const png = await exportFile(page, { format: /PNG picture/, scale: '2×' });
  expect(png.name).toBe('steering-bracket-current-and-future.current.png');
  await expect(page.getByRole('status').locator('.toast')).toContainText(`Saved ${png.name}`);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const at2 = pngSize(png.bytes);
  // The whole map at twice its size: wider than tall like the map, and strokes and text on white.
  expect(at2.width).toBeGreaterThan(2_400);
  expect(at2.width / at2.height).toBeGreaterThan(1.3);
  expect(await darkShare(page, png.bytes)).toBeGreaterThan(0.01);

  // 1× is half the size of 2× (the same picture, fewer pixels).
  const at1 = pngSize((await exportFile(page, { scale: '1×' })).bytes);
  expect(Math.abs(at1.width * 2 - at2.width)).toBeLessThanOrEqual(1);

  // Opening the PNG restores the map: same title, same symbols, same arrows.
  await page.getByTestId('open-file').setInputFiles({ name: png.name, mimeType: 'image/png', buffer: png.bytes });
  await expect(page.getByRole('status')).toContainText(`Opened ${png.name}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(before.nodes.length);
  expect(await mapContent(page)).toEqual(before);
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);
});

test('a PNG that holds no map is refused in the reader\'s language, and the map stays', async ({ page }) => {
  await ready(page);
  const before = await mapContent(page);
  // A 1×1 PNG from elsewhere: no map inside.
  const plain = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');
  await page.getByTestId('open-file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: plain });
  const toast = page.getByRole('status').locator('.toast span');
  await expect(toast).toHaveText('photo.png: this PNG holds no Arus map. Only pictures exported by Arus open as maps.');
  expect(await mapContent(page)).toEqual(before);

  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByTestId('open-file').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: plain });
  await expect(toast).toHaveText('foto.png: PNG ini tidak berisi peta Arus. Hanya gambar hasil ekspor Arus yang bisa dibuka sebagai peta.');
  expect(await mapContent(page)).toEqual(before);
  await page.getByRole('button', { name: 'English' }).click();
});

test('a name with HTML stays text in the SVG and through the PNG round trip', async ({ page }) => {
  await ready(page);
  const hostile = structuredClone(sample);
  const stamping = hostile.states.current.nodes.find((n) => n.data.name === 'Stamping')!;
  const name = '<b>bold</b><img src=x onerror="window.__pwned=1">Stamping';
  stamping.data.name = name;
  await page.getByTestId('open-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await expect(page.getByRole('status')).toContainText('Opened hostile.json');

  const svg = await exportFile(page, { format: /SVG drawing/ });
  expect(svg.name).toBe('steering-bracket-current-and-future.current.svg');
  const parsed = await page.evaluate((args) => {
    const markup = args.markup;
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      injected: doc.querySelectorAll('b, img, script, foreignObject').length,
      name: [...doc.querySelectorAll(`[data-id="${args.id}"] [data-field="name"]`)].map((t) => t.textContent).join(' '),
      nodes: doc.querySelectorAll('.arus-svg-node').length,
      edges: doc.querySelectorAll('.arus-svg-edge').length,
      external: /(?:href|src)=["'](?!#)/.test(markup),
    };
  }, { markup: svg.bytes.toString('utf8'), id: stamping.id });
  expect(parsed).toEqual({
    error: false, injected: 0, name: expect.stringContaining('<b>bold</b>'),
    nodes: hostile.states.current.nodes.length, edges: hostile.states.current.edges.length, external: false,
  });

  const png = await exportFile(page, { format: /PNG picture/ });
  await page.getByTestId('open-file').setInputFiles({ name: png.name, mimeType: 'image/png', buffer: png.bytes });
  await expect(page.getByRole('status')).toContainText(`Opened ${png.name}`);
  const node = page.locator(`.react-flow__node[data-id="${stamping.id}"]`);
  await expect(node).toContainText(name);
  await expect(page.locator('.react-flow img, .react-flow b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a transparent PNG has no white background', async ({ page }) => {
  await ready(page);
  const png = await exportFile(page, { format: /PNG picture/, scale: '1×', background: 'Transparent' });
  // The top-left corner (inside the margin) is fully transparent; with white it is opaque white.
  const corner = async (bytes: Buffer) => page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(5, 5, 1, 1).data];
  }, bytes.toString('base64'));
  expect(await corner(png.bytes)).toEqual([0, 0, 0, 0]);
  const white = await exportFile(page, { background: 'White' });
  expect(await corner(white.bytes)).toEqual([255, 255, 255, 255]);
});
