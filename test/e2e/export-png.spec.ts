import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { darkShare } from './pixels';

/** Exports the map and returns the PNG's size and its share of dark pixels (strokes and text). */
async function exportPng(page: Page): Promise<{ width: number; height: number; darkShare: number; name: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const file = await download;
  const bytes = readFileSync((await file.path())!);
  // A PNG: the signature, then IHDR with width and height as big-endian 32-bit numbers.
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const share = await darkShare(page, bytes);
  return { width, height, darkShare: share, name: file.suggestedFilename() };
}

test('exports the whole map as a PNG, edges included', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);

  const full = await exportPng(page);
  expect(full.name).toBe('steering-bracket-current-and-future.current.png');
  await expect(page.getByRole('status')).toContainText(full.name);
  // The whole map, not the screen: wider than tall like the map, at twice the map's size.
  expect(full.width).toBeGreaterThan(1600);
  expect(full.width / full.height).toBeGreaterThan(1.5);
  expect(full.darkShare).toBeGreaterThan(0.01);

  // The same map with the edges hidden has clearly fewer dark pixels: the export has the edges
  // (html-to-image after 1.11.11 drops them).
  await page.addStyleTag({ content: '.react-flow__edge { display: none !important; }' });
  const noEdges = await exportPng(page);
  expect(noEdges.width).toBe(full.width);
  expect(full.darkShare).toBeGreaterThan(noEdges.darkShare * 1.1);
});
