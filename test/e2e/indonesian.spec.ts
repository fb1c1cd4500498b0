import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fieldsOf } from '../../src/domain/fields';
import type { VsmDocument } from '../../src/domain/types';
import { wrapLabel } from '../../src/panels/format';
import { englishOnlyWords, findEnglish } from './untranslated';
import { ARROW_NAMES, SYMBOL_NAMES } from '../../src/i18n/symbols';

const sample = JSON.parse(readFileSync('public/samples/steering-bracket.json', 'utf8')) as VsmDocument;

/**
 * What the team typed into the sample (names, notes, labels, ids): English in this sample, and
 * not the UI's to translate. `phrases` are taken out wherever they appear; `lines` (the ladder
 * and the load chart draw names wrapped at 14 and 11 characters) only as a whole text.
 */
function userTexts(doc: VsmDocument): { phrases: string[]; lines: Set<string> } {
  const texts = new Set<string>([doc.title, doc.product ?? '']);
  for (const state of [doc.states.current, doc.states.future]) {
    if (!state) continue;
    for (const node of state.nodes) {
      texts.add(node.id);
      // Free text only: an enum, a reference or a date is the UI's to show in its language.
      const coded = new Set<string>(fieldsOf(node.type).filter((field) => !['text', 'longText', 'url'].includes(field.kind)).map((field) => field.key));
      for (const [key, value] of Object.entries(node.data as Record<string, unknown>)) {
        if (typeof value === 'string' && !coded.has(key) && key !== 'originId') texts.add(value);
      }
    }
    for (const edge of state.edges) {
      texts.add(edge.id);
      if (typeof edge.data?.label === 'string') texts.add(edge.data.label);
    }
  }
  const lines = new Set<string>();
  for (const text of texts) for (const width of [11, 14]) for (const line of wrapLabel(text, width)) lines.add(line);
  return { phrases: [...texts].filter((text) => text.trim().length >= 4).sort((a, b) => b.length - a.length), lines };
}

/**
 * The text a person sees or hears: visible text, the text of `aria-describedby` targets, option
 * texts, and the title, aria-label, placeholder and aria-valuetext attributes; the warnings and
 * findings of the analysis included. Left out: elements in another language (`lang="en"` on the EN button),
 * keycaps, and React Flow's attribution link (a product name). The palette's tooltips name each
 * symbol in the other language too, on purpose ("Persediaan (Inventory)"): that name is dropped.
 */
async function shownText(page: Page): Promise<string[]> {
  const otherNames = [...Object.values(SYMBOL_NAMES), ...Object.values(ARROW_NAMES)].map((name) => `(${name.en})`);
  return page.evaluate((paletteOtherNames) => {
    const skipped = (element: Element | null) =>
      element === null || element.closest('[lang]:not([lang="id"]), .react-flow__attribution, kbd, script, style') !== null;
    const out: string[] = [];
    const described = new Set(
      [...document.querySelectorAll('[aria-describedby]')].flatMap((element) => element.getAttribute('aria-describedby')!.split(/\s+/)),
    );
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (skipped(parent) || !node.textContent?.trim()) continue;
      const heard = parent!.closest('[id]') !== null && described.has(parent!.closest('[id]')!.id);
      if (parent!.checkVisibility() || heard) out.push(node.textContent);
    }
    for (const option of document.querySelectorAll('option')) if (!skipped(option)) out.push(option.textContent ?? '');
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder], [aria-valuetext], [aria-roledescription]')) {
      if (skipped(element)) continue;
      for (const name of ['title', 'aria-label', 'placeholder', 'aria-valuetext', 'aria-roledescription']) {
        let value = element.getAttribute(name);
        if (value === null) continue;
        if (name === 'title' && element.closest('.palette')) for (const other of paletteOtherNames) value = value.replace(other, '');
        out.push(value);
      }
    }
    return out;
  }, otherNames);
}

test('in Bahasa Indonesia every screen speaks Indonesian', async ({ page }) => {
  const english = englishOnlyWords();
  // The list is built from the dictionaries: a few words it must hold, so it cannot be empty by mistake.
  for (const word of ['settings', 'wastes', 'inventory', 'customer', 'undo', 'days']) expect(english).toContain(word);

  const seen: string[] = [];
  const look = async () => { seen.push(...await shownText(page)); };

  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('key-takt')).toHaveText(/^60\s*dtk$/);

  // The map settings (nothing selected), palette, canvas, ladder and toolbar.
  await expect(page.getByText('Pengaturan peta')).toBeVisible();
  await look();

  // A process selected: its inspector and the Connect panel.
  await page.locator('.react-flow__node-process').first().click();
  await expect(page.getByRole('tabpanel').locator('.inspector-symbol')).toHaveText('Proses');
  await look();

  for (const tab of ['Metrik', 'Pemborosan', 'Bandingkan']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await look();
  }

  // The future state of the sample: kaizen bursts with their status, and the inspector of one.
  await page.getByRole('button', { name: 'Masa depan' }).click();
  await page.getByRole('tab', { name: 'Properti' }).click();
  await page.locator('.react-flow__node-kaizen').first().click();
  await expect(page.getByRole('tabpanel').locator('.inspector-symbol')).toHaveText('Kaizen burst');
  await look();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await look();
  await page.getByRole('button', { name: 'Tutup', exact: true }).click();

  // Presentation mode, every slide (it starts on the state on screen, the future one).
  await page.getByRole('button', { name: 'Presentasi' }).click();
  await page.keyboard.press('ArrowLeft');
  for (const slide of ['Kondisi saat ini', 'Kondisi masa depan', 'Perbandingan kondisi saat ini dan masa depan', 'Rencana aksi']) {
    await expect(page.getByRole('heading', { level: 1, name: slide })).toBeVisible();
    await look();
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('key-takt')).toBeVisible();

  // A new map: no future state yet, and a customer without demand (no takt line, and why).
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { name: 'Peta baru dari templat' })).toBeVisible();
  await look();
  await page.getByRole('button', { name: 'Peta baru: Peta kosong' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // The list of maps, the bin and the versions of the open map.
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect(page.locator('.map-card')).toHaveCount(2);
  await look();
  await page.getByRole('button', { name: 'Versi', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Simpan versi' })).toBeVisible();
  await look();
  await page.getByRole('button', { name: /^Tempat sampah/ }).click();
  await expect(page.getByText('Tempat sampah kosong.')).toBeVisible();
  await look();
  await page.getByRole('button', { name: 'Tutup', exact: true }).click();

  await page.getByRole('tab', { name: 'Metrik' }).click();
  await expect(page.getByText('Tidak ada garis takt: isi permintaan pelanggan per hari atau per bulan.')).toBeVisible();
  await look();
  await page.getByRole('tab', { name: 'Bandingkan' }).click();
  await expect(page.getByRole('button', { name: 'Mulai masa depan' }).first()).toBeVisible();
  await look();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Mulai masa depan' }).click();
  await expect(page.getByRole('heading', { name: 'Kondisi saat ini dan masa depan' })).toBeVisible();
  await look();

  // Every screen was read: a few of the Indonesian headings each one shows.
  const all = seen.join('\n');
  for (const heading of ['Pengaturan peta', 'Tangga lead time', 'Beban terhadap takt', 'Delapan pemborosan', 'Skor pemborosan', 'Pintasan papan ketik', 'Angka utama', 'Hubungkan ke', 'Peta di browser ini', 'Peta baru dari templat']) {
    expect(all).toContain(heading);
  }

  const user = userTexts(sample);
  const problems = [...new Set(seen)].flatMap((text) => {
    let rest = text.replace(/\s+/g, ' ').trim();
    if (user.lines.has(rest)) return [];
    for (const typed of user.phrases) rest = rest.split(typed).join(' ');
    return findEnglish(rest, english);
  });
  expect(problems, `English left in the Indonesian UI:\n${problems.join('\n')}`).toEqual([]);
});
