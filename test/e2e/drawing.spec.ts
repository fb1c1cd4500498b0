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

test('a drag from a handle that lies over a close neighbour connects and leaves the neighbour in place', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Cut's right handle (14 px across at zoom 1, half of it outside Cut) lies over Weld, 2 px
  // to its right and 40 px higher; Pack sits below Cut.
  const map = {
    format: 'arus.vsm', schemaVersion: 1, title: 'Close neighbours',
    states: {
      current: {
        settings: { availableSecondsPerShift: 27600, shiftsPerDay: 2, workingDaysPerMonth: 20, daysBasis: 'working' },
        nodes: [
          { id: 'cut', type: 'process', position: { x: 0, y: 0 }, data: { name: 'Cut' } },
          { id: 'weld', type: 'process', position: { x: 182, y: -40 }, data: { name: 'Weld' } },
          { id: 'pack', type: 'process', position: { x: 0, y: 200 }, data: { name: 'Pack' } },
        ],
        edges: [],
      },
      future: null,
    },
  };
  await page.getByTestId('open-file').setInputFiles({
    name: 'close.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map)),
  });
  const cut = page.locator('.react-flow__node[data-id="cut"]');
  const weld = page.locator('.react-flow__node[data-id="weld"]');
  const pack = page.locator('.react-flow__node[data-id="pack"]');
  await expect(pack).toBeVisible();
  const weldBefore = await weld.getAttribute('style');
  const cutBox = (await cut.boundingBox())!;
  const weldBox = (await weld.boundingBox())!;

  await cut.hover();
  const handle = (await cut.locator('.react-flow__handle[data-handleid="r"]').boundingBox())!;
  // The grab point: inside the handle's circle, right of Cut's edge, over Weld's body.
  const grab = { x: handle.x + handle.width * 0.8, y: handle.y + handle.height / 2 };
  expect(grab.x).toBeGreaterThan(cutBox.x + cutBox.width);
  expect(grab.x).toBeGreaterThan(weldBox.x);
  expect(grab.y).toBeGreaterThan(weldBox.y);
  expect(grab.y).toBeLessThan(weldBox.y + weldBox.height);

  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const drop = (await pack.boundingBox())!;
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(grab.x + ((drop.x + drop.width / 2 - grab.x) * i) / 10, grab.y + ((drop.y + drop.height / 2 - grab.y) * i) / 10);
    // While dragging, a connection line follows the pointer.
    if (i === 5) await expect(page.locator('.react-flow__connection')).toHaveCount(1);
  }
  await page.mouse.up();

  // Cut joined Pack; Weld did not move.
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(await weld.getAttribute('style')).toBe(weldBefore);
  await expect(page.locator('.react-flow__edge').first()).toHaveAttribute('aria-label', /from Cut to Pack$/);
});

test('a symbol follows the pointer through a drag, lands where it was dropped, and one undo puts it back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const map = {
    format: 'arus.vsm', schemaVersion: 1, title: 'One drag',
    states: {
      current: {
        settings: { availableSecondsPerShift: 27600, shiftsPerDay: 2, workingDaysPerMonth: 20, daysBasis: 'working' },
        nodes: [
          { id: 'cut', type: 'process', position: { x: 0, y: 0 }, data: { name: 'Cut' } },
          { id: 'weld', type: 'process', position: { x: 600, y: 0 }, data: { name: 'Weld' } },
        ],
        edges: [],
      },
      future: null,
    },
  };
  await page.getByTestId('open-file').setInputFiles({
    name: 'drag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map)),
  });
  const cut = page.locator('.react-flow__node[data-id="cut"]');
  await expect(page.locator('.react-flow__node[data-id="weld"]')).toBeVisible();
  // The opened map is fitted in two steps (the symbols, then with the ladder): wait until the view stays put.
  const transform = () => page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
  let seen = '';
  await expect.poll(async () => { const now = await transform(); const still = now === seen; seen = now; return still; }, { intervals: [200] }).toBe(true);
  const zoom = Number(/scale\(([^)]+)\)/.exec(seen)![1]);
  const before = (await cut.boundingBox())!;
  // 300 px to the right in flow units, in 30 moves (a frame each); the grid is 20 px, so it lands exactly.
  const start = { x: before.x + before.width / 2, y: before.y + 20 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(start.x + (300 * zoom * i) / 30, start.y);
    // Halfway, the symbol is on its way on screen (the store may not have the position yet).
    if (i === 15) expect((await cut.boundingBox())!.x - before.x).toBeGreaterThan(100 * zoom);
  }
  await page.mouse.up();
  await expect(cut).toHaveAttribute('style', /translate\(300px, 0px\)/);
  // One gesture, one undo step.
  await page.keyboard.press('Control+z');
  await expect(cut).toHaveAttribute('style', /translate\(0px, 0px\)/);
  await page.keyboard.press('Control+y');
  await expect(cut).toHaveAttribute('style', /translate\(300px, 0px\)/);
});
