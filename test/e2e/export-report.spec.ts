import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

test('the A3 report prints the map with its ladder, the metrics, the wastes and the action plan, on A3 landscape', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*s$/);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  // window.print() opens the browser's dialog: count the calls instead, and keep the report in
  // the page as it is while that dialog is open.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed++; };
  });
  await page.getByRole('button', { name: 'Ekspor…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor peta' });
  await dialog.getByRole('radio', { name: /Laporan A3/ }).check();
  await dialog.getByRole('radio', { name: 'Kondisi masa depan' }).check();
  await dialog.getByRole('button', { name: 'Cetak…' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const report = page.locator('body > .print-report');
  // On screen the report is hidden; printed, it is all there is.
  await expect(report).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();

  // The picture of the future state, in Indonesian, with its ladder and key figures.
  const picture = report.locator('svg[role="img"]').first();
  await expect(picture.locator('[data-field="state"]')).toContainText('Kondisi masa depan');
  await expect(picture.locator('.arus-svg-ladder [data-total="lead-time"]')).toBeVisible();
  await expect(picture.locator('[data-figure="taktTimeSec"]')).toContainText('60 dtk');
  // Every metric of the catalog, the eight wastes, and the plan's kaizen bursts of both states.
  await expect(report.locator('[data-report="metrics"] tbody tr')).toHaveCount(await report.locator('[data-metric]').count());
  expect(await report.locator('[data-metric]').count()).toBeGreaterThanOrEqual(12);
  await expect(report.locator('[data-report="metrics"] [data-metric="taktTimeSec"] td')).toHaveText(/^60\s*dtk$/);
  await expect(report.locator('[data-report="wastes"] tbody tr')).toHaveCount(8);
  await expect(report.getByRole('heading', { name: 'Rencana aksi' })).toBeVisible();
  const kaizens = await page.evaluate(() => document.querySelectorAll('.react-flow__node-kaizen').length);
  expect(await report.locator('[data-report="actions"] tbody tr').count()).toBeGreaterThanOrEqual(kaizens);

  // Chromium's PDF of the page: A3 landscape is 420 × 297 mm = 1,190.55 × 841.89 pt (Chromium
  // rounds the page to whole CSS pixels: within 1 pt).
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
  expect(Math.abs(Number(box[1]) - 1190.55)).toBeLessThan(1);
  expect(Math.abs(Number(box[2]) - 841.89)).toBeLessThan(1);
  writeFileSync(test.info().outputPath('report.pdf'), pdf, 'latin1');
  await page.screenshot({ path: test.info().outputPath('report.png'), fullPage: true });

  // After printing, the report leaves the page.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-report')).toHaveCount(0);
});
