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
  expect(map.height).toBeGreaterThanOrEqual(400);
  // Every symbol is on screen after the fit.
  for (const node of await page.locator('.react-flow__node').all()) {
    const box = (await node.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 1);
  }

  // The key figures and the ladder, in view.
  const figures = page.getByLabel('Key figures');
  await expect(figures).toBeInViewport({ ratio: 1 });
  await expect(figures.locator('[data-figure="taktTimeSec"] dd')).toHaveText(/\d+\s*s/);
  await expect(figures.locator('[data-figure="bottleneckId"] dd')).not.toHaveText('');
  await expect(page.locator('.presentation-strip .arus-ladder__svg')).toBeInViewport();

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
