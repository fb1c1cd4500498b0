import { writeFile } from 'node:fs/promises';
import { localToday } from '../domain/actionPlan';
import type { Language } from '../i18n/language';
import { sopEntries } from '../i18n/sop';
import { sopDocxBytes } from '../io/sopDocx';
import { CliError, languageOf, loadDocument, nodeIo, type CliIo } from './run';
import { CLI_TEXT } from './text';

/**
 * `arus sop FILE.json --docx OUT.docx [--lang en|id]`: the SOP drafts of the map's future state
 * as one Word document (the team's drafts where they have them, the generated ones elsewhere, in
 * the --lang language), as the app's *Download Word* makes it. Errors as the analyzer's: one line
 * on stderr, exit status 1.
 */

const TEXT = {
  en: {
    help: `usage: npx arus sop FILE.json --docx OUT.docx [--lang en|id]

Writes the SOP drafts of the map's future state as one Word document: a standard operating
procedure for each process and work cell (purpose, scope, roles, procedure, standards,
checklist, revisions), the team's text where the map holds it.

  --docx OUT.docx   the Word file to write (replaced if it exists)
  --lang en|id      language of the headings and of generated drafts (default: en)
  --help            print this help
`,
    needsDocx: 'say where to write the Word file: --docx OUT.docx',
    unknownOption: (option: string) => `unknown option "${option}" (usage: npx arus sop FILE.json --docx OUT.docx [--lang en|id])`,
    oneFile: (first: string, second: string) => `one map file at a time, got "${first}" and "${second}"`,
    noFile: 'no map file given (usage: npx arus sop FILE.json --docx OUT.docx [--lang en|id])',
    noFuture: 'the map has no future state: SOPs are written for the future state',
    cannotWrite: (why: string) => `cannot write the Word file: ${why}`,
    wrote: (file: string, count: number) => `${file}: ${count} SOP${count === 1 ? '' : 's'}\n`,
  },
  id: {
    help: `pemakaian: npx arus sop BERKAS.json --docx KELUARAN.docx [--lang en|id]

Menulis draf SOP kondisi masa depan peta sebagai satu dokumen Word: prosedur operasi standar
untuk setiap proses dan sel kerja (tujuan, ruang lingkup, tanggung jawab, prosedur, standar,
daftar periksa, riwayat revisi), memakai teks tim bila peta menyimpannya.

  --docx KELUARAN.docx   berkas Word yang ditulis (ditimpa bila sudah ada)
  --lang en|id           bahasa judul bagian dan draf yang dibuat dari peta (bawaan: en)
  --help                 cetak bantuan ini
`,
    needsDocx: 'sebutkan tempat menulis berkas Word: --docx KELUARAN.docx',
    unknownOption: (option: string) => `opsi "${option}" tidak dikenal (pemakaian: npx arus sop BERKAS.json --docx KELUARAN.docx [--lang en|id])`,
    oneFile: (first: string, second: string) => `satu berkas peta setiap kali, diberikan "${first}" dan "${second}"`,
    noFile: 'tidak ada berkas peta (pemakaian: npx arus sop BERKAS.json --docx KELUARAN.docx [--lang en|id])',
    noFuture: 'peta belum punya kondisi masa depan: SOP ditulis untuk kondisi masa depan',
    cannotWrite: (why: string) => `berkas Word tidak bisa ditulis: ${why}`,
    wrote: (file: string, count: number) => `${file}: ${count} SOP\n`,
  },
} satisfies Record<Language, unknown>;

/** Where the Word file goes: the real file system unless a test says otherwise. */
export type SopIo = CliIo & { writeFile(path: string, bytes: Uint8Array): Promise<void> };

export const nodeSopIo: SopIo = { ...nodeIo, writeFile: (path, bytes) => writeFile(path, bytes) };

/** Runs `arus sop` with its arguments; returns the exit status. */
export async function runSop(argv: readonly string[], io: SopIo, today: string = localToday()): Promise<number> {
  const lang = languageOf(argv);
  const t = TEXT[lang];
  let file: string | null = null;
  try {
    let out: string | null = null;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--help' || arg === '-h') {
        io.stdout(t.help);
        return 0;
      }
      if (arg === '--docx' || arg.startsWith('--docx=')) {
        out = (arg === '--docx' ? argv[++i] : arg.slice('--docx='.length)) ?? null;
        if (out === null || out === '') throw new CliError(null, () => t.needsDocx);
      } else if (arg === '--lang' || arg.startsWith('--lang=')) {
        const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
        // Said in English: the language asked for is the one that is not understood.
        if (value !== 'en' && value !== 'id') throw new CliError(null, () => `--lang must be en or id, got "${value ?? ''}"`);
      }
      else if (arg.startsWith('-') && arg !== '-') throw new CliError(null, () => t.unknownOption(arg));
      else if (file !== null) {
        const first = file;
        throw new CliError(null, () => t.oneFile(first, arg));
      } else file = arg;
    }
    if (file === null) throw new CliError(null, () => t.noFile);
    if (out === null) throw new CliError(null, () => t.needsDocx);
    const doc = await loadDocument(file, io);
    if (doc.states.future === null) throw new CliError(file, () => t.noFuture);
    const bytes = await sopDocxBytes(doc, lang, today);
    const target = out;
    try {
      await io.writeFile(target, bytes);
    } catch (error) {
      throw new CliError(target, () => t.cannotWrite(error instanceof Error ? error.message : String(error)));
    }
    io.stdout(t.wrote(target, sopEntries(doc, lang, today).entries.length));
    return 0;
  } catch (error) {
    const where = error instanceof CliError ? error.file : file;
    const what = error instanceof CliError ? error.describe(CLI_TEXT[lang], lang) : String(error);
    io.stderr(`error: ${where === null ? '' : `${where.replace(/[\r\n]+/g, ' ')}: `}${what.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
    return 1;
  }
}
