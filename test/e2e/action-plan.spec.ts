import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('the action plan opens from the wastes, edits a line and downloads as CSV in the interface language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('arus:language', 'id'));
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  await page.getByRole('tab', { name: 'Pemborosan' }).click();
  await page.getByRole('button', { name: 'Rencana aksi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rencana aksi' });
  await expect(dialog.getByRole('row')).toHaveCount(7);

  await dialog.getByTestId('action-future-f-kz-pull').getByLabel(/^Status:/).selectOption('doing');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Unduh CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/action-plan\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFKaizen,Pemborosan,Langkah yang diperbaiki,Penanggung jawab,Tenggat,Status,Target,Kondisi peta\r\n')).toBe(true);
  expect(csv).toContain('Pull stamped parts from a supermarket,Produksi berlebih,Supermarket f-market-stamped,Dewi Lestari (production control),2027-02-26,Sedang dikerjakan,');
});
