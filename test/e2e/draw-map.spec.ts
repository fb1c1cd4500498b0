import { expect, test, type Locator, type Page } from '@playwright/test';
import { darkShare } from './pixels';

// The first start opens the manufacturing sample; every test starts in a fresh browser context,
// so nothing saved by an earlier test is restored.

async function canvasReady(page: Page) {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

function node(page: Page, label: string | RegExp): Locator {
  return page.locator('.react-flow__node').filter({ has: page.getByLabel(label) });
}

/** Types into a labelled inspector field and commits with Enter. */
async function setField(page: Page, label: string | RegExp, text: string) {
  const input = page.getByRole('tabpanel').getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Enter');
}

/** Picks the one symbol of that name in the inspector's Connect to list ("Process", not "Inventory after Process"). */
async function chooseTarget(page: Page, symbolName: string) {
  const target = page.getByLabel('Target symbol');
  const option = target.locator('option', { hasText: new RegExp(`^${symbolName}$`) });
  await expect(option).toHaveCount(1);
  await target.selectOption((await option.getAttribute('value'))!);
}

/** Drags from a handle of one symbol to a handle of another; handles show while the pointer is over a symbol. */
async function dragHandle(page: Page, fromNode: Locator, from: Locator, to: Locator) {
  await fromNode.hover();
  await expect(from).toBeVisible();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('handle not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / 10 + end.width / 2, start.y + ((end.y - start.y) * i) / 10 + end.height / 2);
  }
  await page.mouse.up();
}

test('draws a process and an inventory, and the lead time and timeline follow; undo brings the numbers back', async ({ page }) => {
  await canvasReady(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'New map: Blank map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByTestId('key-lead-time')).toHaveText('—');

  // Customer demand 900 a day: takt = 27,600 s × 2 shifts / 900 = 61.3 s.
  await node(page, /^Customer/).click();
  await setField(page, 'Demand per day', '900');
  await expect(page.getByTestId('key-takt')).toHaveText(/61\.3\s*s/);

  // Drag a process from the palette onto the map, between supplier and customer.
  const canvas = page.locator('.react-flow__pane');
  const box = (await canvas.boundingBox())!;
  await page.getByRole('button', { name: 'Add Process' }).dragTo(canvas, {
    targetPosition: { x: box.width * 0.35, y: box.height * 0.6 },
  });
  const process = node(page, /^Process/);
  await expect(process).toHaveCount(1);
  await process.click();
  await setField(page, 'Cycle time', '45 s');
  await expect(process).toContainText('45 s');

  // An inventory of 900 parts, added from the palette with a click.
  await page.getByRole('button', { name: 'Add Inventory' }).click();
  await setField(page, 'Quantity', '900');
  const inventory = node(page, /^Inventory/);
  await expect(inventory).toContainText('900');

  // Push arrow from the process to the inventory, drawn by dragging from handle to handle.
  await expect(page.getByRole('radio', { name: /Push arrow/ })).toBeChecked();
  await dragHandle(page, process, process.locator('.react-flow__handle[data-handleid="r"]'), inventory.locator('.react-flow__handle[data-handleid="l"]'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Supplier → process and inventory → customer with the keyboard-friendly Connect panel.
  await node(page, /^Supplier/).click();
  await chooseTarget(page, 'Process');
  await page.getByRole('button', { name: /^Connect with/ }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.getByTestId('key-lead-time')).toHaveText('—');

  await inventory.click();
  await chooseTarget(page, 'Customer');
  await page.getByRole('button', { name: /^Connect with/ }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // Lead time = 900 / 900 a day = 1 day of stock + 45 s / 55,200 s = 1.0008 days → "1.0 days";
  // VA ratio = 45 / (1.000815 × 55,200) = 0.081 %.
  await expect(page.getByTestId('key-lead-time')).toHaveText(/^1\.0\s*days$/);
  await expect(page.getByTestId('key-va-ratio')).toHaveText(/^0\.08%$/);
  // The ladder on the map: 45 s under the process, 1.0 days over the inventory after it.
  const ladder = page.getByRole('group', { name: 'Lead-time ladder' });
  await expect(ladder.getByRole('button', { name: /^Process: processing 45 s$/ })).toBeAttached();
  await expect(ladder.getByRole('button', { name: /^Inventory: waiting 1\.0 days$/ })).toBeAttached();
  await expect(ladder.locator('[data-total="lead-time"]')).toHaveText(/^Lead time1\.0\s*days$/);

  // Undo the last connection: the flow no longer reaches the customer, the numbers go back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.getByTestId('key-lead-time')).toHaveText('—');
  await expect(ladder).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('key-lead-time')).toHaveText(/^1\.0\s*days$/);
});

test('the sample map is drawn: symbols, edges and the numbers', async ({ page }) => {
  await canvasReady(page);
  await expect(page.locator('.react-flow__node[data-id]')).not.toHaveCount(0);
  // Every process of the steering-bracket sample is on the map by name.
  for (const name of ['Stamping', 'Spot weld 1', 'Spot weld 2', 'Assembly 1', 'Assembly 2', 'Shipping']) {
    await expect(node(page, new RegExp(`^Process: ${name}$`))).toBeVisible();
  }
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);

  // The screenshot is not blank: many pixels are dark ink (strokes and text of the symbols).
  const png = await page.locator('.react-flow__viewport').screenshot();
  const dark = await darkShare(page, png);
  expect(dark).toBeGreaterThan(0.01);
});
