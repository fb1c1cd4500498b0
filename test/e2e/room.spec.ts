import { expect, test, type Browser, type Page } from '@playwright/test';
import { startOnFreePort, tempDataDir, type RunningServer } from '../server/harness';

/*
 * The workshop room end to end: the real room server (built app, Hocuspocus, SQLite) started
 * by the test, and two or three people, each in a browser context of their own.
 */

const distDir = 'dist';
let server: (RunningServer & { port: number }) | null = null;
let dataDir = '';

test.beforeEach(async () => {
  dataDir = tempDataDir();
  server = await startOnFreePort({ dataDir, distDir });
});

test.afterEach(async () => {
  await server?.stop();
  server = null;
});

const base = () => `http://127.0.0.1:${server!.port}`;

async function restartServer(): Promise<void> {
  const port = server!.port;
  await server!.stop();
  const { startServer } = await import('../server/harness');
  server = { ...(await startServer({ port, dataDir, distDir })), port };
}

const names = ['Anna', 'Budi', 'Citra', 'Dewi'];

/** A person joining `path` in a browser of their own, the map on screen; an editor gives their name on joining. */
async function join(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${base()}${path}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  if (path.includes('?room=')) {
    const dialog = page.getByRole('dialog', { name: 'Join the room' });
    await dialog.getByLabel('Your name').fill(names[joined++ % names.length]!);
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(dialog).toBeHidden();
  }
  return page;
}
let joined = 0;

/** Types into a map setting (nothing selected: the inspector shows the map's settings) and commits with Enter. */
async function setMapField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

const room = () => `e2e-${Math.random().toString(36).slice(2, 10)}`;

test('an edit reaches everyone in the room, and undo takes back only my own edit', async ({ browser }) => {
  const id = room();
  const anna = await join(browser, `/?room=${id}`);
  const budi = await join(browser, `/?room=${id}`);
  // A new room starts as a workshop does: the supplier and the customer.
  await expect(anna.locator('.react-flow__node')).toHaveCount(2);

  await setMapField(anna, 'Map title', 'Line 3 brackets');
  await expect(budi.locator('.doc-title')).toHaveText('Line 3 brackets');
  await setMapField(budi, 'Product family', 'Bracket L/R');
  await expect(anna.getByTestId('product-family')).toContainText('Bracket L/R');

  // Anna undoes: her title goes, everywhere; Budi's product family, made after it, stays.
  await anna.getByRole('button', { name: 'Undo' }).click();
  for (const page of [anna, budi]) {
    await expect(page.locator('.doc-title')).toHaveText('Untitled value stream');
    await expect(page.getByTestId('product-family')).toContainText('Bracket L/R');
  }
  // Budi has one step of his own to undo, and it is his.
  await budi.getByRole('button', { name: 'Undo' }).click();
  await expect(anna.getByTestId('product-family')).toHaveCount(0);
});

test('the server stops, both edit, it returns: every edit is merged', async ({ browser }) => {
  const id = room();
  const anna = await join(browser, `/?room=${id}`);
  const budi = await join(browser, `/?room=${id}`);
  await setMapField(anna, 'Map title', 'Before the outage');
  await expect(budi.locator('.doc-title')).toHaveText('Before the outage');

  await server!.stop();
  for (const page of [anna, budi]) await expect(page.getByTestId('room-offline')).toBeVisible();
  await setMapField(anna, 'Map title', 'Edited offline by Anna');
  await setMapField(budi, 'Product family', 'Edited offline by Budi');
  await expect(budi.locator('.doc-title')).toHaveText('Before the outage');

  await restartServer();
  for (const page of [anna, budi]) {
    await expect(page.locator('.doc-title')).toHaveText('Edited offline by Anna', { timeout: 20_000 });
    await expect(page.getByTestId('product-family')).toContainText('Edited offline by Budi');
    await expect(page.getByTestId('room-offline')).toHaveCount(0);
  }
});

test('a room joined once is in the home\'s list of rooms, and joins again from there', async ({ browser }) => {
  const id = room();
  const anna = await join(browser, `/?room=${id}`);
  await setMapField(anna, 'Map title', 'Line 3 workshop');
  await anna.goto(`${base()}/`);
  await anna.getByRole('button', { name: 'Maps', exact: true }).click();
  const home = anna.getByRole('dialog', { name: 'Maps in this browser' });
  await home.getByRole('button', { name: 'Rooms (1)' }).click();
  await expect(home.locator('.room-list h3')).toHaveText(['Line 3 workshop']);
  await home.getByRole('button', { name: 'Join', exact: true }).click();
  await anna.waitForURL(new RegExp(`\\?room=${id}$`));
  await expect(anna.locator('.doc-title')).toHaveText('Line 3 workshop');
});

test('after a server restart a newcomer gets the room from the database', async ({ browser }) => {
  const id = room();
  const anna = await join(browser, `/?room=${id}`);
  await setMapField(anna, 'Map title', 'Kept in SQLite');
  await anna.getByLabel('Shifts per day', { exact: true }).fill('3');
  await anna.getByLabel('Shifts per day', { exact: true }).press('Enter');
  await anna.context().close();

  await restartServer();
  const citra = await join(browser, `/?room=${id}`);
  await expect(citra.locator('.doc-title')).toHaveText('Kept in SQLite');
  await expect(citra.getByLabel('Shifts per day', { exact: true })).toHaveValue('3');
});

test('an observer watches live through the read-only link and cannot change the map', async ({ browser }) => {
  const id = room();
  const anna = await join(browser, `/?room=${id}`);
  await setMapField(anna, 'Map title', 'Watched');
  const { viewToken } = (await (await fetch(`${base()}/api/rooms/${id}`)).json()) as { viewToken: string };

  const dewi = await join(browser, `/?view=${viewToken}`);
  await expect(dewi.locator('.doc-title')).toHaveText('Watched');
  await setMapField(anna, 'Map title', 'Watched live');
  await expect(dewi.locator('.doc-title')).toHaveText('Watched live');

  // Every field is there to read, and none can be changed; nothing can be taken from the palette.
  await expect(dewi.getByLabel('Map title', { exact: true })).toBeDisabled();
  await expect(dewi.getByLabel('Map title', { exact: true })).toHaveValue('Watched live');
  await dewi.locator('.palette-item').first().click({ force: true });
  await expect(dewi.locator('.react-flow__node')).toHaveCount(2);
  await expect(dewi.locator('.doc-title')).toHaveText('Watched live');
  await expect(anna.locator('.doc-title')).toHaveText('Watched live');
  await expect(dewi.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('Share room makes a room holding this map, which another laptop opens', async ({ browser }) => {
  const anna = await join(browser, '/');
  await expect(anna.locator('.react-flow__node')).toHaveCount(25);
  await setMapField(anna, 'Map title', 'Steering bracket, shared');
  await anna.getByRole('button', { name: 'Share room' }).click();
  await anna.waitForURL(/\?room=[A-Za-z0-9_-]{21}$/);
  const joinDialog = anna.getByRole('dialog', { name: 'Join the room' });
  await joinDialog.getByLabel('Your name').fill('Anna');
  await joinDialog.getByRole('button', { name: 'Join' }).click();
  // The new room opens with its links in view: the edit link is this page's address, beside its QR code.
  const share = anna.getByRole('dialog', { name: 'Share this room' });
  await expect(share).toBeVisible();
  await expect(share.getByRole('textbox', { name: 'Link to edit' })).toHaveValue(anna.url());
  await expect(share.getByRole('img', { name: 'QR code: Link to edit' })).toBeVisible();
  await anna.keyboard.press('Escape');
  await expect(share).toBeHidden();
  const budi = await join(browser, new URL(anna.url()).search.replace(/^/, '/'));
  await expect(budi.locator('.react-flow__node')).toHaveCount(25);
  await expect(budi.locator('.doc-title')).toHaveText('Steering bracket, shared');
});

test('two tabs of one browser stay in step and never overwrite each other', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const first = await context.newPage();
  await first.goto(`${base()}/`);
  await expect(first.locator('.react-flow__node').first()).toBeVisible();
  const second = await context.newPage();
  await second.goto(`${base()}/`);
  await expect(second.locator('.react-flow__node').first()).toBeVisible();

  await setMapField(second, 'Map title', 'Newer, from the second tab');
  await expect(first.locator('.doc-title')).toHaveText('Newer, from the second tab');
  // The older tab only pans its view, then edits another field: nothing of the other tab is lost.
  await first.mouse.move(500, 300);
  await first.mouse.wheel(0, 200);
  await setMapField(first, 'Product family', 'From the first tab');
  await expect(second.getByTestId('product-family')).toContainText('From the first tab');

  await first.reload();
  await expect(first.locator('.doc-title')).toHaveText('Newer, from the second tab');
  await expect(first.getByTestId('product-family')).toContainText('From the first tab');
});

test('leaving with an edit the room has not received asks first', async ({ browser }) => {
  const anna = await join(browser, `/?room=${room()}`);
  await server!.stop();
  await expect(anna.getByTestId('room-offline')).toBeVisible();
  await setMapField(anna, 'Map title', 'Not yet in the room');
  const asked = new Promise<string>((resolve) => anna.once('dialog', (dialog) => {
    resolve(dialog.type());
    void dialog.dismiss();
  }));
  await anna.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});
