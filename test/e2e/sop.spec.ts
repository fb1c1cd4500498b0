import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** The text of word/document.xml of a downloaded .docx, markup dropped, entities read. */
async function docxText(download: Download): Promise<string> {
  const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const xml = strFromU8(zip['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('|')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

async function openSample(page: Page, language: 'en' | 'id') {
  await page.addInitScript((lang) => localStorage.setItem('arus:language', lang), language);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
}

test('SOP drafts: opened with Alt+O at 1280x720, a field edited and kept, downloaded as Word', async ({ page }) => {
  await openSample(page, 'en');
  await page.keyboard.press('Alt+O');
  const dialog = page.getByRole('dialog', { name: 'SOP drafts' });
  await expect(dialog).toBeVisible();
  const steps = dialog.getByRole('navigation', { name: 'Steps' }).getByRole('button');
  await expect(steps).toHaveText([
    /SOP-01Standard work at StampingDraft from the map/,
    /SOP-02Standard work at Weld \+ assembly cellDraft from the map/,
    /SOP-03Standard work at ShippingDraft from the map/,
  ]);

  await dialog.getByTestId('sop-step-f-cell').click();
  const purpose = dialog.getByLabel('Purpose');
  await expect(purpose).toHaveValue(/at the pace of the customer \(takt time 60\u00a0s\)/);
  await expect(dialog.getByTestId('sop-standards-1').getByLabel('Value 1')).toHaveValue('56\u00a0s against takt 60\u00a0s, load 93%');
  // The whole dialog fits the projector: header and draft on screen, nothing wider than the window.
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(box.y + box.height).toBeLessThanOrEqual(720);

  await purpose.fill('Three people weld and assemble brackets at 56 s, paced by the heijunka box.');
  await purpose.press('Tab');
  await expect(dialog.getByTestId('sop-step-f-cell')).toContainText('Edited by the team');

  // A new checklist line, typed and committed with the keyboard alone.
  const checklist = dialog.locator('.sop-list-checklist .sop-line');
  const before = await checklist.count();
  await dialog.getByRole('button', { name: 'Add a line to checklist' }).click();
  await expect(checklist).toHaveCount(before + 1);
  await expect(dialog.getByLabel(`Item ${before + 1}`)).toBeFocused();
  await page.keyboard.type('Tip dressing checked every hour');
  await page.keyboard.press('Control+Enter');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('steering-bracket-current-and-future.sop.docx');
  const text = await docxText(file);
  expect(text).toContain('SOP-02 Standard work at Weld + assembly cell');
  expect(text).toContain('Three people weld and assemble brackets at 56 s, paced by the heijunka box.');
  expect(text).toContain('Tip dressing checked every hour');
  expect(text).toContain('56\u00a0s against takt 60\u00a0s, load 93%');
  for (const heading of ['1. Purpose', '4. Procedure', '5. Standards', '6. Checklist', '7. Revision history']) {
    expect(text.split('|').filter((t) => t === heading)).toHaveLength(3);
  }

  // Kept with the map: after a reload the team's text is there.
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  await page.keyboard.press('Alt+O');
  await dialog.getByTestId('sop-step-f-cell').click();
  await expect(dialog.getByLabel('Purpose')).toHaveValue('Three people weld and assemble brackets at 56 s, paced by the heijunka box.');
  await expect(dialog.getByLabel(`Item ${before + 1}`)).toHaveValue('Tip dressing checked every hour');

  // A standard changed by hand is flagged against the map, and taken from the map again on request.
  const value = dialog.getByTestId('sop-standards-1').getByLabel('Value 1');
  await value.fill('50 s against takt 60 s');
  await value.press('Control+Enter');
  await expect(dialog.getByRole('note')).toContainText('The map\'s numbers differ from these standards');
  page.once('dialog', (question) => void question.accept());
  await dialog.getByRole('button', { name: 'Take the standards from the map' }).click();
  await expect(value).toHaveValue('56\u00a0s against takt 60\u00a0s, load 93%');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await expect(dialog.getByLabel('Purpose')).toHaveValue('Three people weld and assemble brackets at 56 s, paced by the heijunka box.');
});

test('SOP drafts in Indonesian: opened from the comparison tab, headings of the Word file in Indonesian', async ({ page }) => {
  await openSample(page, 'id');
  await page.getByRole('tab', { name: 'Bandingkan' }).click();
  await page.getByRole('button', { name: 'Draf SOP' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draf SOP' });
  await expect(dialog.getByRole('navigation', { name: 'Langkah' }).getByRole('button')).toHaveCount(3);
  await expect(dialog.getByLabel('Tujuan')).toHaveValue(/^Agar Stamping dijalankan dengan cara yang sama di setiap shift/);
  await dialog.getByLabel('Langkah 2').fill('Ambil coil dari persediaan, yang paling lama lebih dulu.');
  await dialog.getByLabel('Langkah 2').press('Control+Enter');
  await expect(dialog.getByTestId('sop-step-f-stamping')).toContainText('Diubah oleh tim');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Unduh Word' }).click();
  const text = await docxText(await download);
  for (const heading of ['1. Tujuan', '2. Ruang lingkup', '3. Tanggung jawab', '4. Prosedur', '5. Standar', '6. Daftar periksa', '7. Riwayat revisi']) {
    expect(text.split('|').filter((t) => t === heading)).toHaveLength(3);
  }
  expect(text).toContain('Ambil coil dari persediaan, yang paling lama lebih dulu.');

  // Drafting again asks first, then the step shows the draft made from the map.
  page.once('dialog', (question) => void question.accept());
  await dialog.getByRole('button', { name: 'Buat draf lagi dari peta' }).click();
  await expect(dialog.getByTestId('sop-step-f-stamping')).toContainText('Draf dari peta');
  await expect(dialog.getByLabel('Langkah 2')).toHaveValue(/^Ambil barang berikutnya dari /);
});
