import type { Language } from '../i18n/language';
import type { KaizenStatus, StateKey } from '../domain/types';

/**
 * The words of the command line in both languages: the report's headings and labels, the
 * help, and the problems with arguments and files. The domain's own messages (warnings,
 * findings, validation) come from `src/i18n/domain`; metric names too.
 */

const USAGE_EN = 'usage: npx arus analyze FILE.json [--state current|future] [--json] [--compare] [--action-plan csv] [--lang en|id]';
const USAGE_ID = 'pemakaian: npx arus analyze BERKAS.json [--state current|future] [--json] [--compare] [--action-plan csv] [--lang en|id]';

const EN = {
  usage: USAGE_EN,
  help: `${USAGE_EN}
       npm run -s analyze -- FILE.json [options]

Analyses a value stream map file (format arus.vsm) and prints takt time, lead time,
value-added ratio, inventory, the critical path, the bottleneck and the eight wastes.

  --state current|future   which state to analyse (default: current)
  --json                   print one JSON object instead of the report; each warning and
                           finding keeps its code and parameters beside the message
  --compare                analyse both states and print the changes
                           (with --json: { current, future, changes })
  --action-plan csv        print the action plan instead: every kaizen burst of both
                           states as CSV (UTF-8 with BOM, headers in the --lang language)
  --lang en|id             language of the report and the messages (default: en)
  --help                   print this help

Exit status 0 when the file was analysed, 1 when it could not be read or is not valid.

Also: npx arus sop FILE.json --docx OUT.docx writes the SOP drafts of the future state
as a Word document (npx arus sop --help).
`,
  untitled: 'Untitled map',
  stateName: { current: 'Current state', future: 'Future state' } satisfies Record<StateKey, string>,
  stateSummary: (state: string, symbols: string, arrows: string) => `${state}: ${symbols} symbols, ${arrows} arrows`,
  notComputed: 'not computed (see warnings)',
  criticalPath: 'Critical path',
  noCriticalPath: 'none (no path from a start of the flow to a customer)',
  loadTitle: 'Process load (C/T against takt):',
  cycleTime: (time: string) => `C/T ${time}`,
  noCycleTime: 'no C/T',
  load: (pct: string) => `load ${pct}`,
  loadOfTakt: (pct: string) => `load ${pct} of takt`,
  noLoad: 'load not computed',
  overTakt: '  ← cannot meet demand',
  wastesTitle: 'Wastes (DOWNTIME, score 0 to 1 from measured evidence):',
  noData: 'no data',
  measures: 'evidence',
  tagged: ' (tagged by the team)',
  kaizenTitle: 'Kaizen bursts:',
  improves: (step: string) => `improves ${step}`,
  waste: (name: string) => `waste ${name}`,
  owner: (name: string) => `owner ${name}`,
  due: (date: string) => `due ${date}`,
  status: { open: 'open', doing: 'doing', done: 'done' } satisfies Record<KaizenStatus, string>,
  errors: 'Errors',
  warnings: 'Warnings',
  changesTitle: 'Changes, current state → future state:',
  notAvailable: 'n/a',
  points: (amount: string) => `${amount} points`,
  wasteScoresTitle: 'Waste scores and their evidence (no data shown as n/a):',
  better: 'better',
  worse: 'worse',
  stepsAdded: 'Steps added',
  stepsRemoved: 'Steps removed',
  stepsChanged: 'Steps changed',
  none: 'none',
  // Problems with the arguments and the file (the file's own problems are domain messages).
  oneFileAtATime: (first: string, second: string) => `one map file at a time, got "${first}" and "${second}"`,
  stateNeedsValue: '--state needs a value: current or future',
  stateValue: (value: string) => `--state must be current or future, got "${value}"`,
  unknownOption: (option: string) => `unknown option "${option}" (${USAGE_EN})`,
  unknownCommand: (command: string) => `unknown command "${command}" (${USAGE_EN})`,
  noFile: `no map file given (${USAGE_EN})`,
  compareWithState: '--compare analyses both states; leave out --state',
  actionPlanValue: (got: string) => `--action-plan takes csv, got "${got}"`,
  actionPlanAlone: '--action-plan prints the plan of both states alone; leave out --state, --json and --compare',
  noSuchFile: 'no such file',
  isDirectory: 'is a directory, not a map file',
  notRegularFile: 'is not a regular file',
  permissionDenied: 'permission denied',
  nameTooLong: 'the file name is too long',
  cannotRead: (why: string) => `cannot read the file: ${why}`,
  noState: (state: string) => `the map has no ${state.toLowerCase()}; use --state current`,
  noFuture: 'the map has no future state to compare with',
  inState: (state: string, problem: string) => `${state}: ${problem}`,
  unexpected: (why: string) => `unexpected error: ${why}`,
};

export type CliText = typeof EN;

const ID: CliText = {
  usage: USAGE_ID,
  help: `${USAGE_ID}
           npm run -s analyze -- BERKAS.json [opsi]

Menganalisis berkas value stream map (format arus.vsm) dan mencetak takt time, lead time,
rasio nilai tambah, persediaan, jalur kritis, bottleneck dan delapan pemborosan.

  --state current|future   kondisi yang dianalisis (bawaan: current, kondisi saat ini)
  --json                   cetak satu objek JSON, bukan laporan; setiap peringatan dan
                           temuan menyimpan kode dan parameternya di samping pesannya
  --compare                analisis kedua kondisi dan cetak perubahannya
                           (dengan --json: { current, future, changes })
  --action-plan csv        cetak rencana aksi saja: setiap kaizen burst kedua kondisi
                           sebagai CSV (UTF-8 dengan BOM, judul kolom dalam bahasa --lang)
  --lang en|id             bahasa laporan dan pesan (bawaan: en)
  --help                   cetak bantuan ini

Status keluar 0 jika berkas dianalisis, 1 jika berkas tidak bisa dibaca atau tidak valid.

Juga: npx arus sop BERKAS.json --docx KELUARAN.docx menulis draf SOP kondisi masa depan
sebagai dokumen Word (npx arus sop --help).
`,
  untitled: 'Peta tanpa judul',
  stateName: { current: 'Kondisi saat ini', future: 'Kondisi masa depan' },
  stateSummary: (state, symbols, arrows) => `${state}: ${symbols} simbol, ${arrows} panah`,
  notComputed: 'tidak dihitung (lihat peringatan)',
  criticalPath: 'Jalur kritis',
  noCriticalPath: 'tidak ada (belum ada jalur dari awal aliran ke pelanggan)',
  loadTitle: 'Beban proses (C/T terhadap takt):',
  cycleTime: (time) => `C/T ${time}`,
  noCycleTime: 'tanpa C/T',
  load: (pct) => `beban ${pct}`,
  loadOfTakt: (pct) => `beban ${pct} dari takt`,
  noLoad: 'beban tidak dihitung',
  overTakt: '  ← tidak dapat memenuhi permintaan',
  wastesTitle: 'Pemborosan (DOWNTIME, skor 0 sampai 1 dari bukti terukur):',
  noData: 'tidak ada data',
  measures: 'bukti',
  tagged: ' (ditandai oleh tim)',
  kaizenTitle: 'Kaizen burst:',
  improves: (step) => `memperbaiki ${step}`,
  waste: (name) => `pemborosan ${name}`,
  owner: (name) => `penanggung jawab ${name}`,
  due: (date) => `tenggat ${date}`,
  status: { open: 'terbuka', doing: 'dikerjakan', done: 'selesai' },
  errors: 'Kesalahan',
  warnings: 'Peringatan',
  changesTitle: 'Perubahan, kondisi saat ini → kondisi masa depan:',
  notAvailable: 't/a',
  points: (amount) => `${amount} poin`,
  wasteScoresTitle: 'Skor pemborosan dan buktinya (tanpa data ditulis t/a):',
  better: 'lebih baik',
  worse: 'lebih buruk',
  stepsAdded: 'Langkah ditambah',
  stepsRemoved: 'Langkah dihapus',
  stepsChanged: 'Langkah berubah',
  none: 'tidak ada',
  oneFileAtATime: (first, second) => `satu berkas peta sekali jalan, tertulis "${first}" dan "${second}"`,
  stateNeedsValue: '--state perlu nilai: current atau future',
  stateValue: (value) => `--state harus current atau future, tertulis "${value}"`,
  unknownOption: (option) => `opsi "${option}" tidak dikenal (${USAGE_ID})`,
  unknownCommand: (command) => `perintah "${command}" tidak dikenal (${USAGE_ID})`,
  noFile: `belum ada berkas peta (${USAGE_ID})`,
  compareWithState: '--compare menganalisis kedua kondisi; jangan pakai --state',
  actionPlanValue: (got) => `--action-plan menerima csv, bukan "${got}"`,
  actionPlanAlone: '--action-plan mencetak rencana kedua kondisi saja; jangan pakai --state, --json, atau --compare',
  noSuchFile: 'berkas tidak ada',
  isDirectory: 'adalah folder, bukan berkas peta',
  notRegularFile: 'bukan berkas biasa',
  permissionDenied: 'izin ditolak',
  nameTooLong: 'nama berkas terlalu panjang',
  cannotRead: (why) => `berkas tidak bisa dibaca: ${why}`,
  noState: (state) => `peta tidak punya ${state.toLowerCase()}; pakai --state current`,
  noFuture: 'peta tidak punya kondisi masa depan untuk dibandingkan',
  inState: (state, problem) => `${state}: ${problem}`,
  unexpected: (why) => `kesalahan tak terduga: ${why}`,
};

export const CLI_TEXT: Record<Language, CliText> = { en: EN, id: ID };
