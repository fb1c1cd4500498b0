import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 720 } });

const canvasBox = async (page: Page) => (await page.locator('.react-flow').boundingBox())!;

test('at 1280x720 the canvas keeps its size whatever the ladder, the sidebar and the selection do', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  const ladder = page.getByRole('group', { name: 'Lead-time ladder' });
  await expect(ladder).toBeAttached();
  const before = await canvasBox(page);
  // Between the palette (210 px) and the sidebar (420 px), under the toolbar.
  expect(before.width).toBeGreaterThanOrEqual(640);
  expect(before.height).toBeGreaterThanOrEqual(560);
  const same = async () => expect(await canvasBox(page)).toEqual(before);
  // The first fit shows the whole map with its ladder.
  const drawn = (await ladder.locator('[data-ladder]').boundingBox())!;
  expect(drawn.y + drawn.height).toBeLessThanOrEqual(before.y + before.height);
  expect(drawn.x + drawn.width).toBeLessThanOrEqual(before.x + before.width);

  // A step selected: the inspector fills the sidebar.
  await page.locator('.react-flow__node-process').first().click();
  await expect(page.getByRole('tabpanel').getByLabel('Name', { exact: true })).toHaveValue('Stamping');
  await same();
  // A rung of the ladder selects its step too.
  await ladder.getByRole('button', { name: 'Spot weld 2: processing 46 s' }).click();
  await expect(page.getByRole('tabpanel').getByLabel('Name', { exact: true })).toHaveValue('Spot weld 2');
  await same();

  for (const tab of ['Metrics', 'Wastes', 'Compare']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await same();
  }
  await page.getByRole('button', { name: 'Future state' }).click();
  await expect(ladder.locator('[data-total="processing"]')).toHaveText(/^Processing175\s*s$/);
  await same();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await same();
  await page.getByRole('button', { name: 'English' }).click();

  // A blank map has no flow, so no ladder: the canvas does not grow into its place.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'New map: Blank map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(ladder).toHaveCount(0);
  await same();
});

test('at 1280x720 the toolbar is one row in English and in Indonesian, so the canvas keeps 660 px of height', async ({ page }) => {
  // The build as these tests serve it, with no room server: no *Share room* button, which the
  // room server's page adds and which still takes a second row at this width.
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  for (const lang of ['en', 'id']) {
    await page.locator(`.language-switch button[lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Every control of the toolbar starts within the first row (36 px buttons under 6 px of padding).
    const tops = await page.locator('.toolbar > *').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(Math.max(...tops)).toBeLessThan(20);
    expect((await canvasBox(page)).height).toBeGreaterThanOrEqual(660);
  }
});
