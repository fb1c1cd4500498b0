import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Every test starts in a fresh browser context: the list holds only the sample map opened at `/`.
const sample = JSON.parse(readFileSync('public/samples/steering-bracket.json', 'utf8')) as { title: string };

async function opened(page: Page) {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
}

/** Sets the map's title in the inspector (nothing selected shows the map settings). */
async function setTitle(page: Page, title: string) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const field = page.getByLabel('Map title');
  await field.fill(title);
  await field.press('Enter');
  await expect(page.locator('.doc-title')).toHaveText(title);
}

/** *New* (Alt+N) → the blank template: a new map opens with its supplier and customer. */
async function newBlankMap(page: Page) {
  // Shortcuts wait while a text field has the focus: the map first.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+n');
  await page.getByRole('button', { name: 'New map: Blank map' }).click();
  await expect(page).toHaveURL(/\?map=/);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
}

function home(page: Page) {
  return page.getByRole('dialog', { name: 'Maps in this browser' });
}

async function openHome(page: Page) {
  await page.getByRole('button', { name: 'Maps', exact: true }).click();
  await expect(home(page)).toBeVisible();
}

function cardTitles(page: Page) {
  return home(page).locator('.map-card h3');
}

test('three maps made here are all there after a reload', async ({ page }) => {
  await opened(page);
  for (const title of ['Line 1', 'Line 2', 'Line 3']) {
    await newBlankMap(page);
    await setTitle(page, title);
  }
  await page.reload();
  await expect(page.locator('.doc-title')).toHaveText('Line 3');
  await openHome(page);
  // The newest change first; the sample the first start opened is still there.
  await expect(cardTitles(page)).toHaveText(['Line 3', 'Line 2', 'Line 1', sample.title]);
  await expect(home(page).getByRole('button', { name: 'Maps (4)' })).toBeVisible();

  // Search by title, whatever the case.
  await home(page).getByRole('searchbox', { name: 'Search by title or product' }).fill('LINE 2');
  await expect(cardTitles(page)).toHaveText(['Line 2']);
});

test('New never loses a map: the one open before is in the list and opens with its edits', async ({ page }) => {
  await opened(page);
  await setTitle(page, 'Edited sample');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'New map: Blank map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  await openHome(page);
  await expect(cardTitles(page)).toHaveText([/Untitled/, 'Edited sample']);
  await home(page).getByRole('link', { name: 'Open "Edited sample"' }).click();
  await expect(page.locator('.doc-title')).toHaveText('Edited sample');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
});

test('a map deleted goes to the bin and comes back; deleting for good asks first', async ({ page }) => {
  await opened(page);
  await newBlankMap(page);
  await setTitle(page, 'Scrap me');
  await openHome(page);
  await home(page).getByRole('button', { name: 'Delete: Scrap me' }).click();
  await expect(home(page).getByRole('status')).toHaveText('"Scrap me" is in the bin.');
  await expect(cardTitles(page)).toHaveText([sample.title]);

  await home(page).getByRole('button', { name: 'Bin (1)' }).click();
  await expect(cardTitles(page)).toHaveText(['Scrap me']);
  await home(page).getByRole('button', { name: 'Restore' }).click();
  await expect(home(page).getByRole('button', { name: 'Bin (0)' })).toBeVisible();
  await home(page).getByRole('button', { name: 'Maps (2)' }).click();
  await expect(cardTitles(page)).toHaveText(['Scrap me', sample.title]);

  // Deleting for good: only from the bin, and only after saying yes.
  await home(page).getByRole('button', { name: `Delete: ${sample.title}` }).click();
  await home(page).getByRole('button', { name: 'Bin (1)' }).click();
  await home(page).getByRole('button', { name: 'Delete for good' }).click();
  await expect(home(page).getByRole('alert')).toContainText(`Delete "${sample.title}" for good`);
  await home(page).getByRole('button', { name: 'Yes, delete for good' }).click();
  await expect(home(page).getByText('The bin is empty.')).toBeVisible();
});

test('a named version restored brings back the earlier title, and Undo takes the restore back', async ({ page }) => {
  await opened(page);
  await openHome(page);
  await home(page).getByRole('button', { name: 'Versions' }).click();
  await home(page).getByLabel('Name of the version').fill('before day 2');
  await home(page).getByRole('button', { name: 'Save version' }).click();
  await expect(home(page).locator('.version-name')).toHaveText(['before day 2']);
  await home(page).getByRole('button', { name: 'Close' }).click();

  await setTitle(page, 'After day 2');
  await openHome(page);
  await home(page).getByRole('button', { name: 'Versions' }).click();
  // Looking changes nothing: the version's title, read-only.
  await home(page).getByRole('button', { name: 'Look at version "before day 2" (read-only)' }).click();
  await expect(home(page).locator('figcaption')).toContainText(sample.title);
  await expect(page.locator('.doc-title')).toHaveText('After day 2');
  await home(page).getByRole('button', { name: 'Restore this version' }).click();

  await expect(home(page)).toBeHidden();
  await expect(page.locator('.doc-title')).toHaveText(sample.title);
  // What was there before the restore is a version too.
  await openHome(page);
  await home(page).getByRole('button', { name: 'Versions' }).click();
  await expect(home(page).locator('.version-name')).toHaveText(['before restoring "before day 2"', 'before day 2']);
  await home(page).getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.doc-title')).toHaveText('After day 2');
});
