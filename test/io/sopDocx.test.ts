// @vitest-environment node
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { sopContents } from '../../src/domain/sop';
import { parseDocumentText } from '../../src/domain/validate';
import type { VsmDocument } from '../../src/domain/types';
import { wordSop } from '../../src/i18n/sop';
import { sopDocxBytes } from '../../src/io/sopDocx';

const NBSP = '\u00a0';
const sample = (name: string) => parseDocumentText(readFileSync(`public/samples/${name}.json`, 'utf8'));

/** Opens the .docx as Word would: a zip with word/document.xml; returns its paragraphs' text. */
async function openDocx(doc: VsmDocument, lang: 'en' | 'id'): Promise<{ files: string[]; xml: string; paragraphs: string[] }> {
  const bytes = await sopDocxBytes(doc, lang, '2026-12-02');
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : unescapeXml(m[1]))).join(''));
  return { files: Object.keys(zip), xml, paragraphs };
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('the SOP Word document', () => {
  it('is a Word file with one procedure per future-state step, each with its standards (English)', async () => {
    const { files, paragraphs } = await openDocx(sample('steering-bracket'), 'en');
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const titles = paragraphs.filter((p) => p.startsWith('SOP-0') && p.includes('Standard work'));
    expect(titles).toEqual(['SOP-01 Standard work at Stamping', 'SOP-02 Standard work at Weld + assembly cell', 'SOP-03 Standard work at Shipping']);
    for (const section of ['1. Purpose', '2. Scope', '3. Roles and responsibilities', '4. Procedure', '5. Standards', '6. Checklist', '7. Revision history']) {
      expect(paragraphs.filter((p) => p === section)).toHaveLength(3);
    }
    // The cell's standards: 56 s against takt 60 s (55,200 s a day / 920 a day), load 56 / 60 = 93 %.
    expect(paragraphs).toContain(`56${NBSP}s against takt 60${NBSP}s, load 93%`);
    expect(paragraphs).toContain('Maximum in FIFO lane after Weld + assembly cell (after this step)');
    expect(paragraphs).toContain(`920${NBSP}units`);
    // Stamping: 1 s against takt 60 s at 100 % uptime, load 1 / 60 = 1.7 %, shown whole: 2 %.
    expect(paragraphs).toContain(`1${NBSP}s against takt 60${NBSP}s, load 2%`);
    expect(paragraphs).toContain('Start a batch of 300\u00a0units when a signal kanban arrives; run batches in the order the signals came.');
  });

  it('puts headings in the interface language (Indonesian)', async () => {
    const { paragraphs } = await openDocx(sample('order-to-cash-office'), 'id');
    expect(paragraphs.filter((p) => /^SOP-0\d Kerja standar di /.test(p))).toEqual([
      'SOP-01 Kerja standar di Order desk cell',
      'SOP-02 Kerja standar di Scheduling',
      'SOP-03 Kerja standar di Complaint handling',
      'SOP-04 Kerja standar di Invoicing (e-invoice at shipment)',
    ]);
    for (const section of ['1. Tujuan', '2. Ruang lingkup', '3. Tanggung jawab', '4. Prosedur', '5. Standar', '6. Daftar periksa', '7. Riwayat revisi']) {
      expect(paragraphs.filter((p) => p === section)).toHaveLength(4);
    }
    expect(paragraphs).toContain(`180${NBSP}dtk terhadap takt 450${NBSP}dtk, beban 44%`);
  });

  it('writes the team\'s text as text: markup escaped, line breaks kept, control characters dropped', async () => {
    const doc = sample('steering-bracket');
    const future = doc.states.future!;
    const base = wordSop(sopContents(future, doc.product)[0]!, future, 'en', '2026-12-01');
    const draft = {
      ...base,
      title: '<b>Stamping</b> & "press" <script>alert(1)</script>',
      purpose: 'Line one\nLine two\u0007',
      procedure: [{ id: 'p1', text: 'Load the coil' }, { id: 'x', text: 'Press </w:t></w:r> twice' }],
      revisions: [...base.revisions, { id: 'v2', version: '1', date: '2026-12-03', change: 'Team review', author: 'Rina' }],
    };
    const { xml, paragraphs } = await openDocx({ ...doc, sops: { 'f-stamping': draft } }, 'en');
    expect(paragraphs).toContain('SOP-01 <b>Stamping</b> & "press" <script>alert(1)</script>');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(paragraphs).toContain('Line one\nLine two');
    expect(paragraphs).toContain('Press </w:t></w:r> twice');
    // The procedure numbers its steps; the header shows the latest revision.
    const at = paragraphs.indexOf('Load the coil');
    expect(paragraphs.slice(at - 1, at + 3)).toEqual(['1', 'Load the coil', '2', 'Press </w:t></w:r> twice']);
    expect(paragraphs).toContain('1 · Dec 3, 2026');
    // The other steps still show their generated drafts.
    expect(paragraphs).toContain('SOP-02 Standard work at Weld + assembly cell');
  });

  it('says so when the future state has no step', async () => {
    const doc = sample('steering-bracket');
    const empty = { ...doc, states: { ...doc.states, future: { ...doc.states.future!, nodes: [], edges: [] } } };
    const { paragraphs } = await openDocx(empty, 'en');
    expect(paragraphs).toContain('The future state has no process or work cell yet.');
  });
});
