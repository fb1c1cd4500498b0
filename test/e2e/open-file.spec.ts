import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sample = JSON.parse(readFileSync('public/samples/steering-bracket.json', 'utf8')) as {
  title: string;
  states: { current: { nodes: { id: string; data: Record<string, unknown> }[]; edges: { id: string; target: string }[] } };
};

async function ready(page: import('@playwright/test').Page) {
  await page.goto('/');
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);
}

test('a bad file is refused with a message naming the file and the problem; the map stays', async ({ page }) => {
  await ready(page);
  const title = await page.locator('.doc-title').textContent();
  const nodes = await page.locator('.react-flow__node').count();

  const broken = structuredClone(sample);
  broken.states.current.edges[0]!.target = 'p9';
  await page.getByTestId('open-file').setInputFiles({
    name: 'broken-map.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)),
  });
  // The whole message: the file, the path in it, the problem; nothing after it.
  const toast = page.getByRole('status').locator('.toast span');
  await expect(toast).toHaveText('broken-map.json: states.current.edges[0].target: edge "e1" points to missing node "p9"');
  await expect(page.locator('.doc-title')).toHaveText(title!);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);

  // `{ "format": ` is 12 characters: the text ends before a value, at column 13.
  await page.getByTestId('open-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
  await expect(toast).toHaveText('notes.json: the file is not valid JSON: the text ends too early at line 1, column 13');
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);

  // In Indonesian, the same problem in the reader's language.
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByTestId('open-file').setInputFiles({
    name: 'broken-map.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(toast).toHaveText('broken-map.json: states.current.edges[0].target: panah "e1" menunjuk ke simbol "p9" yang tidak ada');
  await page.getByRole('button', { name: 'English' }).click();
});

test('labels with HTML open as plain text, in a new map beside the one open before', async ({ page }) => {
  await ready(page);
  const hostile = structuredClone(sample);
  const stamping = hostile.states.current.nodes.find((n) => n.data.name === 'Stamping')!;
  stamping.data.name = '<img src=x onerror="window.__pwned=1">Stamping';
  await page.getByTestId('open-file').setInputFiles({
    name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await expect(page.getByRole('status')).toContainText('Opened hostile.json');
  const node = page.locator(`.react-flow__node[data-id="${stamping.id}"]`);
  await expect(node).toContainText('<img src=x onerror="window.__pwned=1">Stamping');
  await expect(page.locator('.react-flow img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page).toHaveURL(/\?map=/);

  // The map open before is still in the list, beside the file's: both carry the sample's title.
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await expect(page.getByRole('dialog').locator('.map-card h3')).toHaveText([hostile.title, hostile.title]);
  await expect(page.getByRole('dialog').locator('.map-card-here')).toHaveCount(1);
});

test('the map survives a reload: every edit is kept in the browser', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'New map: Blank map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.getByLabel('Map title').fill('Gearbox housing');
  await page.getByLabel('Map title').press('Enter');
  await expect(page.locator('.doc-title')).toHaveText('Gearbox housing');
  await page.reload();
  await expect(page.locator('.doc-title')).toHaveText('Gearbox housing');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});
