import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The workshop screen.
test.use({ viewport: { width: 1280, height: 720 } });

interface SampleNode { id: string; type: string; position: { x: number; y: number } }
const sample = JSON.parse(readFileSync('public/samples/steering-bracket.json', 'utf8')) as {
  title: string; states: { current: { nodes: SampleNode[] } };
};

/** The sample with its symbols dealt onto a few spots, most on top of others: a messy wall. */
function messySample(): Buffer {
  const messy = structuredClone(sample);
  messy.title = 'Messy bracket line';
  messy.states.current.nodes.forEach((n, i) => { n.position = { x: ((i * 7) % 5) * 90, y: ((i * 3) % 4) * 70 }; });
  return Buffer.from(JSON.stringify(messy));
}

interface Box { id: string; type: string; x: number; y: number; width: number; height: number }
/** Every symbol's box on screen, as drawn (measured, so a data box taller than the default counts). */
async function boxes(page: Page): Promise<Box[]> {
  const nodes = await page.locator('.react-flow__node').all();
  return Promise.all(nodes.map(async (n) => ({
    id: (await n.getAttribute('data-id'))!,
    type: (await n.getAttribute('class'))!.match(/react-flow__node-(\S+)/)![1]!,
    ...(await n.boundingBox())!,
  })));
}
function overlaps(list: Box[]): string[] {
  return list.flatMap((a, i) => list.slice(i + 1)
    .filter((b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5)
    .map((b) => `${a.id}/${b.id}`));
}
/** Positions in map coordinates, from React Flow's transform of each symbol. */
async function positions(page: Page): Promise<Record<string, string>> {
  const nodes = await page.locator('.react-flow__node').all();
  return Object.fromEntries(await Promise.all(nodes.map(async (n) => [await n.getAttribute('data-id'), await n.evaluate((el) => (el as HTMLElement).style.transform)])));
}

async function openMessy(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);
  await page.getByTestId('open-file').setInputFiles({ name: 'messy.json', mimeType: 'application/json', buffer: messySample() });
  await expect(page.locator('.doc-title')).toHaveText('Messy bracket line');
  await expect(page.locator('.react-flow__node')).toHaveCount(sample.states.current.nodes.length);
}

test('Tidy arranges a messy map in one step: nothing overlaps, supplier left, customer right; Undo puts it back', async ({ page }, testInfo) => {
  await openMessy(page);
  const before = await positions(page);
  expect(overlaps(await boxes(page)).length).toBeGreaterThan(5);
  await page.screenshot({ path: testInfo.outputPath('tidy-before-en.png') });

  await page.getByRole('button', { name: 'Tidy', exact: true }).click();
  // ELK's first layout in a fresh worker takes seconds on a busy machine; a progress note shows meanwhile.
  await expect(page.locator('.toast')).toContainText('Map tidied. Undo (Ctrl+Z) puts every symbol back.', { timeout: 30_000 });
  // The view is fitted after the symbols moved: wait until it stands still.
  // Two reads 300 ms apart the same (symbols coming into view mount, so the list grows as the fit lands).
  let seen = '';
  await expect.poll(async () => {
    const now = JSON.stringify(await boxes(page));
    const still = now === seen;
    seen = now;
    return still;
  }, { intervals: [300], timeout: 15_000 }).toBe(true);
  const after = await boxes(page);
  expect(overlaps(after)).toEqual([]);
  const supplier = after.find((b) => b.type === 'supplier')!;
  const customer = after.find((b) => b.type === 'customer')!;
  for (const step of after.filter((b) => b.type === 'process')) {
    expect(supplier.x + supplier.width).toBeLessThan(step.x);
    expect(customer.x).toBeGreaterThan(step.x + step.width);
  }
  // Fitted: the whole map on the canvas.
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  for (const b of after) {
    expect(b.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  }
  await page.screenshot({ path: testInfo.outputPath('tidy-after-en.png') });

  await page.keyboard.press('Control+z');
  await expect.poll(() => positions(page)).toEqual(before);
});

test('Rapikan with Alt+L in Indonesian', async ({ page }, testInfo) => {
  await openMessy(page);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.screenshot({ path: testInfo.outputPath('tidy-before-id.png') });
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+l');
  await expect(page.locator('.toast')).toContainText('Peta dirapikan. Urungkan (Ctrl+Z) mengembalikan setiap simbol.', { timeout: 30_000 });
  await expect.poll(async () => overlaps(await boxes(page))).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('tidy-after-id.png') });
  await page.getByRole('button', { name: 'English' }).click();
});
