import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/* Nothing lost, and the person told: a browser that cannot store, a saved map that cannot be read. */

test('a browser that cannot store says so and lasts, with a download that keeps the map', async ({ page }) => {
  // As in a private window of some browsers: no IndexedDB at all.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  const warning = page.getByTestId('storage-problem');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('cannot keep the map');
  // It stays: it is not a toast.
  await page.waitForTimeout(7_000);
  await expect(warning).toBeVisible();
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Download the map' }).click();
  const file = await download;
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { title: string; states: { current: { nodes: unknown[] } } };
  expect(saved.title).toBe('Steering bracket, current and future');
  expect(saved.states.current.nodes).toHaveLength(25);
});

test('a saved map that cannot be read is kept as it was, offered for download, and the person told', async ({ page }) => {
  const damaged = '{"format":"arus-vsm","schemaVersion":1,"title":"Line 3","states":{"current":{"nodes":[{"id":"p1"';
  // What an earlier version left: its rescue copy, cut off in the middle.
  await page.addInitScript((text) => {
    if (!localStorage.getItem('arus:unsaved-map')) localStorage.setItem('arus:unsaved-map', JSON.stringify({ savedAt: Date.now(), text }));
  }, damaged);
  await page.goto('/');
  const notice = page.getByTestId('kept-aside');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be read');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable map' }).click();
  expect(readFileSync((await (await download).path())!, 'utf8')).toBe(damaged);

  // The sample opened beside it; after a reload the notice is still there and the copy untouched.
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  await page.reload();
  await expect(page.getByTestId('kept-aside')).toBeVisible();
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('arus:unsaved-map')))!).text).toBe(damaged);
  // Closing the notice hides it for good; the copy stays.
  await page.getByTestId('kept-aside').getByRole('button', { name: 'Close this notice' }).click();
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  await expect(page.getByTestId('kept-aside')).toHaveCount(0);
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('arus:unsaved-map')))!).text).toBe(damaged);
});

test('text typed in a field and not yet committed survives a reload right after', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  const product = page.getByLabel('Product family', { exact: true });
  // Typed, never committed (no Enter, the field never left), then the page reloads at once.
  await product.fill('Typed just before the reload');
  await page.reload();
  await expect(page.getByLabel('Product family', { exact: true })).toHaveValue('Typed just before the reload');
  await expect(page.getByTestId('product-family')).toContainText('Typed just before the reload');
});

test('loaded once, the app starts with the network gone, opens a sample and keeps every edit', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  // The service worker has kept the app: it says so once.
  await expect(page.getByText('Arus is kept on this computer')).toBeVisible({ timeout: 20_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  await page.getByLabel('Map title', { exact: true }).fill('Edited with no network');
  await page.getByLabel('Map title', { exact: true }).press('Enter');
  await page.reload();
  await expect(page.locator('.doc-title')).toHaveText('Edited with no network');

  // A sample from the template gallery, still with no network: it opens beside the first map
  // (the card shows the title in the sample's file).
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+n');
  await page.getByRole('button', { name: 'New map: Order to cash (sales office)' }).click();
  await expect(page).toHaveURL(/\?map=/);
  const office = JSON.parse(readFileSync('public/samples/order-to-cash-office.json', 'utf8')) as { states: { current: { nodes: unknown[] } } };
  await expect(page.locator('.react-flow__node')).toHaveCount(office.states.current.nodes.length);
  await page.getByLabel('Product family', { exact: true }).fill('Offline office');
  await page.getByLabel('Product family', { exact: true }).press('Enter');
  await page.reload();
  await expect(page.getByTestId('product-family')).toContainText('Offline office');
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Maps in this browser' }).locator('.map-card h3')).toHaveText(['Order to cash, sales office', 'Edited with no network']);
});
