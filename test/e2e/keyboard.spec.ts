import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches a CSS selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function addFromPalette(page: Page, symbol: string) {
  await page.keyboard.press('Alt+p');
  await tabTo(page, `button[aria-label="Add ${symbol}"]`);
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, label: string, text: string) {
  const id = await page.getByRole('tabpanel').getByLabel(label, { exact: true }).getAttribute('id');
  await tabTo(page, `[id="${id}"]`);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function connectTo(page: Page, symbolName: string) {
  await tabTo(page, 'select[id$="-target"]');
  const value = await page.locator('select:focus option', { hasText: symbolName }).first().getAttribute('value');
  // Arrow keys move through a closed select, as on any form.
  for (let i = 0; i < 20 && (await page.locator('select:focus').inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

test('a value stream drawn with the keyboard alone gets correct numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // New opens the templates with the focus on the first, the blank map.
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('button', { name: 'New map: Blank map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  // Process "Cut", C/T 45 s: Enter on the palette entry puts the focus in its first field.
  await addFromPalette(page, 'Process');
  await expect(page.getByRole('tabpanel').getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Cut');
  await typeInto(page, 'Cycle time', '45 s');
  await connectTo(page, 'Customer');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Inventory of 900 parts (its first field is Quantity), then Inventory → Cut with the Connect panel.
  await addFromPalette(page, 'Inventory');
  await page.keyboard.type('900');
  await page.keyboard.press('Enter');
  await connectTo(page, 'Cut');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Select the customer by tabbing through the map's symbols and pressing Enter, then its demand.
  await tabTo(page, '.react-flow__node:has([aria-label^="Customer"])');
  await page.keyboard.press('Enter');
  await typeInto(page, 'Demand per day', '900');

  // Takt = 55,200 / 900 = 61.3 s. Lead time = 900 / 900 = 1 day of stock + 45 s / 55,200 s = 1.0 days.
  await expect(page.getByTestId('key-takt')).toHaveText(/^61\.3\s*s$/);
  await expect(page.getByTestId('key-lead-time')).toHaveText(/^1\.0\s*days$/);
  // The ladder on the map: its rungs are buttons in the tab order; Enter on Cut's selects Cut
  // (the customer was selected).
  await tabTo(page, '[role="button"][aria-label="Cut: processing 45 s"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel').getByLabel('Name', { exact: true })).toHaveValue('Cut');
  // The map's box did not scroll to show the focused rung: React Flow's pane still fills it.
  expect(await page.locator('.react-flow').evaluate((box) => [box.scrollLeft, box.scrollTop])).toEqual([0, 0]);
});
