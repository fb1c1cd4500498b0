import { expect, test, type Locator, type Page } from '@playwright/test';

// The workshop screen.
test.use({ viewport: { width: 1280, height: 720 } });

function node(page: Page, label: string | RegExp): Locator {
  return page.locator('.react-flow__node').filter({ has: page.getByLabel(label) });
}

async function blankMap(page: Page) {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'New map: Blank map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
}

test('five processes added by click stand apart, each on screen', async ({ page }) => {
  await blankMap(page);
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Add Process' }).click();
  const processes = node(page, /^Process/);
  await expect(processes).toHaveCount(5);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const boxes = await Promise.all((await processes.all()).map(async (p) => (await p.boundingBox())!));
  for (const [i, a] of boxes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(a.y).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(a.x + a.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(a.y + a.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }
  }
});

test('a connection dropped on a symbol\'s body joins it; Add next step draws on', async ({ page }) => {
  await blankMap(page);
  await page.getByRole('button', { name: 'Add Process' }).click();
  const supplier = node(page, /^Supplier/);
  const process = node(page, /^Process/);
  // From the supplier's right handle to the middle of the process, far from any of its handles.
  await supplier.hover();
  const handle = supplier.locator('.react-flow__handle[data-handleid="r"]');
  await expect(handle).toBeVisible();
  const start = (await handle.boundingBox())!;
  const body = (await process.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(
      start.x + ((body.x + body.width / 2 - start.x) * i) / 10,
      start.y + ((body.y + body.height / 2 - start.y) * i) / 10,
    );
  }
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // The process selected, Add next step puts an inventory and a process after it, joined.
  await process.click();
  await page.getByRole('button', { name: 'Add next step' }).click();
  await expect(node(page, /^Process/)).toHaveCount(2);
  await expect(node(page, /^Inventory/)).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  // And the new process is the selected one: its Connect to list names the stock by the step before it.
  await expect(page.getByLabel('Target symbol').locator('option', { hasText: 'Inventory after Process 1' })).toHaveCount(1);
});
