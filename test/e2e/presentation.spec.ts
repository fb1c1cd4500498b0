import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 720 } });

test('presentation mode on a 1280x720 projector: the map fills the screen, figures and ladder in view, type readable, slides in order', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  await page.getByRole('button', { name: 'Present' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Current state');
  await expect(page.locator('.sidebar, .palette, .toolbar')).toHaveCount(0);
  // The map takes the whole width and most of the height (before: about a quarter of the screen).
  const map = (await page.locator('.react-flow').boundingBox())!;
  expect(map.width).toBeGreaterThanOrEqual(1270);
  // The figures take one row under it: the map keeps 560 of the 720 px (before: about 400).
  expect(map.height).toBeGreaterThanOrEqual(560);
  // Every symbol is on screen after the fit.
  for (const node of await page.locator('.react-flow__node').all()) {
    const box = (await node.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
  }

  // The key figures, in view.
  const figures = page.getByLabel('Key figures');
  await expect(figures).toBeInViewport({ ratio: 1 });
  await expect(figures.locator('[data-figure="taktTimeSec"] dd')).toHaveText(/\d+\s*s/);
  await expect(figures.locator('[data-figure="bottleneckId"] dd')).not.toHaveText('');

  // The ladder is on the map, drawn under the steps it measures and wholly on screen.
  const ladder = page.getByRole('group', { name: 'Lead-time ladder' });
  await expect(ladder).toBeVisible();
  const drawn = (await ladder.locator('[data-ladder]').boundingBox())!;
  expect(drawn.width).toBeGreaterThan(map.width / 2);
  expect(drawn.x).toBeGreaterThanOrEqual(map.x - 1);
  expect(drawn.y).toBeGreaterThanOrEqual(map.y - 1);
  expect(drawn.x + drawn.width).toBeLessThanOrEqual(map.x + map.width + 1);
  expect(drawn.y + drawn.height).toBeLessThanOrEqual(map.y + map.height + 1);
  await expect(ladder.locator('[data-total="lead-time"]')).toHaveText(/^Lead time24\.6\s*days$/);
  await expect(ladder.locator('[data-total="processing"]')).toHaveText(/^Processing196\s*s$/);
  // Each lower rung spans its step's box on screen and lies under it; the steps of the
  // sample's critical path are its six processes, in flow order.
  const rungs = await page.evaluate(() => {
    const viewport = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    const origin = document.querySelector('.react-flow__viewport')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-level="lower"]')].map((rung) => {
      const step = document.querySelector(`.react-flow__node[data-id="${rung.getAttribute('data-nodes')}"]`)!.getBoundingClientRect();
      return {
        id: rung.getAttribute('data-nodes'),
        x1: origin.left + Number(rung.getAttribute('data-x1')) * viewport.a,
        x2: origin.left + Number(rung.getAttribute('data-x2')) * viewport.a,
        top: rung.getBoundingClientRect().top,
        step: { left: step.left, right: step.right, bottom: step.bottom },
      };
    });
  });
  expect(rungs.map((rung) => rung.id)).toEqual(['stamping', 'weld-1', 'weld-2', 'assembly-1', 'assembly-2', 'shipping']);
  for (const rung of rungs) {
    expect(rung.x1).toBeCloseTo(rung.step.left, 0);
    expect(rung.x2).toBeCloseTo(rung.step.right, 0);
    expect(rung.top).toBeGreaterThan(rung.step.bottom);
  }
  // Its numbers keep at least 16 px on screen however far the map is zoomed out to fit.
  const ladderPx = await ladder.evaluate((layer) => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    return Math.min(...[...layer.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')) * zoom));
  });
  expect(ladderPx).toBeGreaterThanOrEqual(16);

  // Zoomed out to fit, each step shows its simple form; its name is at least 12 px on screen.
  const zoom = await page.evaluate(() => {
    const transform = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    return new DOMMatrix(transform).a;
  });
  expect(zoom).toBeLessThan(0.6);
  const farName = page.locator('.arus-process__far-name').first();
  await expect(farName).toBeVisible();
  const namePx = await farName.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(namePx * zoom).toBeGreaterThanOrEqual(12);
  // The smallest text of the bar and the strip is at least 14 px.
  const smallest = await page.evaluate(() => {
    const sizes = [...document.querySelectorAll('.presentation-bar *, .presentation-figures *')]
      .filter((element) => element.childNodes.length > 0 && [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''))
      .map((element) => parseFloat(getComputedStyle(element).fontSize));
    return Math.min(...sizes);
  });
  expect(smallest).toBeGreaterThanOrEqual(14);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Future state');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Current and future state compared');
  await expect(page.getByRole('table', { name: 'Metrics, current and future' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
  await expect(page.getByLabel('Slide 4 of 4')).toHaveText('4 / 4');

  await page.keyboard.press('Escape');
  await expect(page.locator('.sidebar')).toBeVisible();
  await expect(page.getByLabel('Key figures')).toHaveCount(0);
});
