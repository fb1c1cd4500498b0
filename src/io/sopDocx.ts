import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import type { SopDraft, VsmDocument } from '../domain/types';
import { formatterFor } from '../i18n/format';
import type { Language } from '../i18n/language';
import { symbolLabels } from '../i18n/names';
import { SOP_TEXT, sopEntries, type SopEntry, type SopText } from '../i18n/sop';

/**
 * The SOP drafts as one Word document (.docx, through the `docx` library): every step of the
 * future state on its own pages, in flow order, each with a header table (number, title, step,
 * product family, map, revision), then purpose, scope, roles, procedure, standards, checklist
 * and revision history, numbered as Indonesian SOPs number their sections. Headings and column
 * names are in the interface language; the drafts' text is the team's, as typed. User text only
 * ever goes into text runs (the library escapes it for XML); characters XML cannot hold are
 * dropped, and line breaks in a field become line breaks in Word.
 */

// XML 1.0 has no place for C0 control characters other than tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Runs of one field's text: each line its own run, joined by line breaks. */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
  const lines = text.replace(NOT_XML, '').split(/\r\n|\r|\n/);
  return lines.map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined }));
}

const para = (text: string, options: { bold?: boolean } = {}) => new Paragraph({ children: runs(text, options) });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, widthPct: number, header = false): TableCell {
  return new TableCell({
    children: [para(text, { bold: header })],
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
  });
}

/** A table with a header row; `widths` in percent of the page width. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((text, i) => cell(text, widths[i]!, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i]!)) })),
    ],
  });
}

function heading(text: string, level: 1 | 2, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    keepNext: true,
    spacing: { before: level === 1 ? 0 : 240, after: 80 },
    children: runs(text),
  });
}

const space = () => new Paragraph({ children: [] });

/** The header table of one SOP. */
function headerTable(entry: SopEntry, stepLabel: string, doc: VsmDocument, t: SopText, lang: Language): Table {
  const { draft } = entry;
  const latest = draft.revisions.at(-1);
  const f = formatterFor(lang);
  const rows: [string, string][] = [
    [t.fields.number, draft.number],
    [t.fields.title, draft.title],
    [t.docx.step, stepLabel],
  ];
  if (doc.product) rows.push([t.docx.product, doc.product]);
  rows.push([t.docx.map, doc.title]);
  if (latest) rows.push([t.fields.version, [latest.version, f.date(latest.date)].filter((s) => s.trim() !== '').join(' · ')]);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([name, value]) => new TableRow({ children: [cell(name, 28, true), cell(value, 72)] })),
  });
}

/** The paragraphs and tables of one SOP. */
function sopBody(entry: SopEntry, stepLabel: string, doc: VsmDocument, t: SopText, lang: Language, first: boolean): (Paragraph | Table)[] {
  const d: SopDraft = entry.draft;
  const s = t.sections;
  const f = t.fields;
  const numbered = (n: number, name: string) => `${n}. ${name}`;
  const text = (value: string) => (value.trim() === '' ? [space()] : value.split(/\n{2,}/).map((block) => para(block)));
  return [
    heading([d.number, d.title].filter((part) => part.trim() !== '').join(' ') || stepLabel, 1, !first),
    headerTable(entry, stepLabel, doc, t, lang),
    heading(numbered(1, s.purpose), 2),
    ...text(d.purpose),
    heading(numbered(2, s.scope), 2),
    ...text(d.scope),
    heading(numbered(3, s.roles), 2),
    table([f.role, f.duty], d.roles.map((r) => [r.role, r.duty]), [30, 70]),
    heading(numbered(4, s.procedure), 2),
    table(['No.', f.text], d.procedure.map((p, i) => [String(i + 1), p.text]), [8, 92]),
    heading(numbered(5, s.standards), 2),
    table([f.item, f.value], d.standards.map((row) => [row.item, row.value]), [45, 55]),
    heading(numbered(6, s.checklist), 2),
    table(['No.', f.check, f.checked], d.checklist.map((c, i) => [String(i + 1), c.text, '☐']), [8, 77, 15]),
    heading(numbered(7, s.revisions), 2),
    table([f.version, f.date, f.change, f.author], d.revisions.map((r) => [r.version, r.date, r.change, r.author]), [17, 18, 43, 22]),
  ];
}

/**
 * The Word document of every SOP of `doc`'s future state (the team's drafts where they have
 * them, else the drafts generated from the map in `lang`); `today` is YYYY-MM-DD, for generated
 * drafts and the footer.
 */
export function sopWordDocument(doc: VsmDocument, lang: Language, today: string): Document {
  const t = SOP_TEXT[lang];
  const stepLabels = doc.states.future ? symbolLabels(doc.states.future, lang) : new Map<string, string>();
  const { entries } = sopEntries(doc, lang, today);
  const children: (Paragraph | Table)[] = entries.length === 0
    ? [heading(t.docx.kind, 1), para(t.docx.noSteps)]
    : entries.flatMap((entry, i) => sopBody(entry, stepLabels.get(entry.stepId) ?? entry.stepId, doc, t, lang, i === 0));
  const footer = new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({ text: `${t.docx.kind} · ${t.docx.draft} · ${t.docx.printed} ${formatterFor(lang).date(today)} · `.replace(NOT_XML, '') }),
        new TextRun({ children: [PageNumber.CURRENT] }),
      ],
    })],
  });
  return new Document({
    creator: 'Arus',
    title: `${t.docx.kind}: ${doc.title}`.replace(NOT_XML, ''),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ footers: { default: footer }, children }],
  });
}

/** The .docx file's bytes. */
export async function sopDocxBytes(doc: VsmDocument, lang: Language, today: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(sopWordDocument(doc, lang, today)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
