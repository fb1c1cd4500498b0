import {
  sopContents, sopState,
  type SopCheckCode, type SopContent, type SopInstruction, type SopLink, type SopProcedureCode, type SopRoleCode, type SopStandardCode,
} from '../domain/sop';
import type { MapState, SopDraft, SopLine, SopListKey, SopRevision, SopRole, SopStandard, VsmDocument } from '../domain/types';
import { formatterFor, type Formatter } from './format';
import type { Language } from './language';
import { symbolLabels } from './names';

/**
 * SOP drafts in words: `wordSop` turns the domain's content of a step (`src/domain/sop.ts`)
 * into a draft the team edits, in English or Bahasa Indonesia, and the section names, column
 * names and dialog text of both languages (used by the dialog, the Word file and the command
 * line alike: plain TypeScript). Terms follow docs/glossary.md: *takt time*, *kanban*, *FIFO*,
 * *supermarket*, *changeover*, *uptime* and *scrap* stay as the shop floor says them.
 */

/** Names the other symbols and formats the numbers of one language. */
interface Words {
  name(id: string): string;
  f: Formatter;
}

const join = (names: readonly string[], and: string): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

interface SopWording {
  title(c: SopContent, name: string): string;
  purpose(c: SopContent, name: string, takt: string | null, outputs: string): string;
  scope(c: SopContent, name: string, inputs: string, outputs: string): string;
  role(role: SopRoleCode, w: Words): Omit<SopRole, 'id'>;
  procedure(step: SopProcedureCode, w: Words, name: string): string;
  standard(standard: SopStandardCode, w: Words): Omit<SopStandard, 'id'>;
  check(check: SopCheckCode, w: Words): string;
  firstRevision: string;
  nextStep: string;
  and: string;
}

const EN_WORDING: SopWording = {
  title: (_c, name) => `Standard work at ${name}`,
  purpose: (c, name, takt, outputs) =>
    `To run ${name} the same way on every shift${takt ? `, at the pace of the customer (takt time ${takt})` : ''}, so that ${outputs} get${c.outputs.length > 1 ? '' : 's'} what is needed, when it is needed, without defects.`,
  scope: (c, name, inputs, outputs) => [
    `Applies to ${name}${c.product ? ` for ${c.product}` : ''}, from taking work ${inputs ? `from ${inputs}` : 'in'} to handing it over to ${outputs}.`,
    c.cell ? ' It covers every station of the cell.' : '',
    c.pacemaker ? ' This step is the pacemaker: the one step scheduled; the steps before it follow by pull.' : '',
  ].join(''),
  role: (role, { name }) => {
    switch (role.code) {
      case 'teamMember': return {
        role: role.operators === 1 ? 'Team member' : `Team members (${role.operators})`,
        duty: 'Do the work as this procedure says, at the standard cycle time; stop and call the team leader when a standard cannot be kept.',
      };
      case 'teamLeader': return {
        role: 'Team leader',
        duty: 'Checks the standards every hour on the hour-by-hour board, answers calls, trains team members in this SOP and keeps it up to date.',
      };
      case 'materialHandler': return {
        role: 'Material handler',
        duty: 'Moves containers and kanban cards between the supermarket and this step on the agreed route.',
      };
      case 'scheduler': return { role: 'Scheduler', duty: `Loads the work for this step through ${name(role.node.id)}.` };
      case 'maintenance': return { role: 'Maintenance', duty: 'Keeps the equipment available (uptime) and supports changeovers.' };
    }
  },
  procedure: (step, { name, f }, stepName) => {
    switch (step.code) {
      case 'instruction': return enInstruction(step.instruction, name, f);
      case 'takeIn': return (step.link.rework ? 'Returned work: ' : '') + enTakeIn(step.link, name(step.link.node.id));
      case 'changeover': return `When the next kanban or order calls for a different item, change over within ${f.time(step.changeoverSec)}.`;
      case 'work': {
        const what = `Do the work of ${stepName}${step.inspection ? ' (inspection)' : ''}`;
        if (step.cycleTimeSec === null) return `${what}.`;
        const cell = step.cell && step.operators > 1 && step.processingTimeSec !== null
          ? `, ${step.operators} people sharing ${f.time(step.processingTimeSec)} of work`
          : '';
        return `${what}: one item every ${f.time(step.cycleTimeSec)}${cell}.`;
      }
      case 'checkQuality': return `Check each item against the quality standard; set aside and record every defect (scrap at most ${f.percent(step.scrapPct)}).`;
      case 'handOver': return enHandOver(step.link, name(step.link.node.id), f);
      case 'record': return 'Record output, defects and stops on the hour-by-hour board.';
    }
  },
  standard: (standard, { name, f }) => {
    const notMeasured = 'not measured';
    switch (standard.code) {
      case 'cycleTime': return {
        item: 'Cycle time (C/T) against takt time',
        value: standard.cycleTimeSec === null
          ? notMeasured
          : `${f.time(standard.cycleTimeSec)}${standard.taktTimeSec === null ? ' (no takt: the map has no customer demand)' : ` against takt ${f.time(standard.taktTimeSec)}`}${standard.loadPct === null ? '' : `, load ${f.number(standard.loadPct, 0)}%`}`,
      };
      case 'processingTime': return { item: 'Processing time (P/T)', value: f.time(standard.processingTimeSec) };
      case 'changeover': return {
        item: 'Changeover (C/O)',
        value: standard.changeoverSec === null ? notMeasured : standard.changeoverSec === 0 ? 'none' : `at most ${f.time(standard.changeoverSec)}`,
      };
      case 'uptime': return { item: 'Uptime', value: standard.uptimePct === null ? notMeasured : `at least ${f.percent(standard.uptimePct)}` };
      case 'scrap': return { item: 'Scrap', value: standard.scrapPct === null ? notMeasured : `at most ${f.percent(standard.scrapPct)}` };
      case 'operators': return { item: 'Team members', value: f.count(standard.operators) };
      case 'batch': return { item: 'Batch size', value: f.units(standard.batchSize) };
      case 'laneMax': return {
        item: `Maximum in ${name(standard.link.node.id)} (${standard.side === 'in' ? 'before' : 'after'} this step)`,
        value: standard.link.maxQuantity === null ? 'not set' : f.units(standard.link.maxQuantity),
      };
    }
  },
  check: (check, { name, f }) => {
    switch (check.code) {
      case 'signalAtHand': return check.link.signal === 'kanban'
        ? `Every container taken from ${name(check.link.node.id)} has its withdrawal kanban.`
        : `Items are taken from ${name(check.link.node.id)} oldest first.`;
      case 'pace': return `Output keeps pace with takt: ${f.number(check.perHour, 1)} items an hour (takt ${f.time(check.taktTimeSec)}).`;
      case 'laneLimit': return `${name(check.link.node.id)} holds no more than ${f.units(check.maxQuantity)}.`;
      case 'changeoverTime': return `The last changeover took no more than ${f.time(check.changeoverSec)}.`;
      case 'firstPiece': return `First item after start-up or changeover checked; scrap at most ${f.percent(check.scrapPct)}.`;
      case 'equipment': return `Equipment checked at the start of the shift (uptime at least ${f.percent(check.uptimePct)}).`;
      case 'workplace': return 'Workplace in order at the end of the shift (5S).';
    }
  },
  firstRevision: 'First draft from the future-state map',
  nextStep: 'the next step',
  and: 'and',
};

function enInstruction(instruction: SopInstruction, name: (id: string) => string, f: Formatter): string {
  const q = instruction.quantity;
  switch (instruction.kind) {
    case 'signalKanban': return `Start a batch${q === null ? '' : ` of ${f.units(q)}`} when a signal kanban arrives; run batches in the order the signals came.`;
    case 'productionKanban': return `Make only what a production kanban asks for${q === null ? '' : ` (${f.units(q)} a card)`}, in the order the cards arrive.`;
    case 'withdrawalKanban': return `Take material only against a withdrawal kanban${q === null ? '' : ` (${f.units(q)} a card)`}.`;
    case 'heijunka': return `Take the next pitch of work from ${name(instruction.node.id)}${instruction.pattern ? ` (${instruction.pattern})` : ''}; never work ahead of it.`;
    case 'schedule': return `Work to the schedule from ${name(instruction.node.id)}.`;
    case 'goSee': return 'Follow the changes the team leader makes after going to see the flow.';
    case 'customer': return `Take requests from ${name(instruction.node.id)} as they come.`;
    case 'other': return `Follow the instructions from ${name(instruction.node.id)}.`;
  }
}

function enTakeIn(link: SopLink, from: string): string {
  switch (link.signal) {
    case 'kanban': return `Take the next container from ${from} with its withdrawal kanban; the kanban goes back to signal a refill.`;
    case 'fifo': return `Take the oldest item from ${from} (first in, first out).`;
    case 'push': return `Take the next item from ${from}.`;
    case 'direct': return `Take each item straight from ${from}, one at a time.`;
    case 'delivery': return `Receive the delivery from ${from}.`;
  }
}

function enHandOver(link: SopLink, to: string, f: Formatter): string {
  const max = link.maxQuantity;
  switch (link.signal) {
    case 'kanban': return `Put finished items into ${to}${max === null ? '' : `, never above ${f.units(max)}`}.`;
    case 'fifo': return max === null
      ? `Put finished items at the end of ${to}.`
      : `Put finished items at the end of ${to}; when it holds ${f.units(max)}, stop and call the team leader.`;
    case 'push': return `Put finished items into ${to}.`;
    case 'direct': return `Pass each item straight to ${to}.`;
    case 'delivery': return `Hand the items over to ${to}.`;
  }
}

const ID_WORDING: SopWording = {
  title: (_c, name) => `Kerja standar di ${name}`,
  purpose: (_c, name, takt, outputs) =>
    `Agar ${name} dijalankan dengan cara yang sama di setiap shift${takt ? `, mengikuti irama pelanggan (takt time ${takt})` : ''}, sehingga ${outputs} menerima yang dibutuhkan, saat dibutuhkan, tanpa cacat.`,
  scope: (c, name, inputs, outputs) => [
    `Berlaku untuk ${name}${c.product ? ` bagi ${c.product}` : ''}, mulai dari mengambil pekerjaan${inputs ? ` dari ${inputs}` : ''} sampai menyerahkannya ke ${outputs}.`,
    c.cell ? ' Mencakup setiap stasiun di sel kerja.' : '',
    c.pacemaker ? ' Langkah ini adalah pacemaker: satu-satunya langkah yang dijadwalkan; langkah sebelumnya mengikuti dengan sistem tarik.' : '',
  ].join(''),
  role: (role, { name }) => {
    switch (role.code) {
      case 'teamMember': return {
        role: role.operators === 1 ? 'Pelaksana' : `Pelaksana (${role.operators} orang)`,
        duty: 'Mengerjakan pekerjaan sesuai prosedur ini, pada waktu siklus standar; berhenti dan memanggil leader bila standar tidak bisa dipenuhi.',
      };
      case 'teamLeader': return {
        role: 'Leader',
        duty: 'Memeriksa standar setiap jam pada papan jam-per-jam, menanggapi panggilan, melatih pelaksana dengan SOP ini, dan menjaga SOP tetap mutakhir.',
      };
      case 'materialHandler': return {
        role: 'Petugas material',
        duty: 'Memindahkan kontainer dan kartu kanban antara supermarket dan langkah ini melalui rute yang disepakati.',
      };
      case 'scheduler': return { role: 'Penjadwal', duty: `Memberikan pekerjaan untuk langkah ini melalui ${name(role.node.id)}.` };
      case 'maintenance': return { role: 'Pemeliharaan', duty: 'Menjaga peralatan selalu siap (uptime) dan mendukung changeover.' };
    }
  },
  procedure: (step, { name, f }, stepName) => {
    switch (step.code) {
      case 'instruction': return idInstruction(step.instruction, name, f);
      case 'takeIn': return (step.link.rework ? 'Pekerjaan yang kembali: ' : '') + idTakeIn(step.link, name(step.link.node.id));
      case 'changeover': return `Bila kanban atau pesanan berikutnya meminta barang lain, lakukan changeover dalam ${f.time(step.changeoverSec)}.`;
      case 'work': {
        const what = `Kerjakan ${stepName}${step.inspection ? ' (inspeksi)' : ''}`;
        if (step.cycleTimeSec === null) return `${what}.`;
        const cell = step.cell && step.operators > 1 && step.processingTimeSec !== null
          ? `, ${step.operators} orang berbagi ${f.time(step.processingTimeSec)} pekerjaan`
          : '';
        return `${what}: satu barang setiap ${f.time(step.cycleTimeSec)}${cell}.`;
      }
      case 'checkQuality': return `Periksa setiap barang terhadap standar mutu; pisahkan dan catat setiap cacat (scrap paling banyak ${f.percent(step.scrapPct)}).`;
      case 'handOver': return idHandOver(step.link, name(step.link.node.id), f);
      case 'record': return 'Catat hasil, cacat dan waktu berhenti di papan jam-per-jam.';
    }
  },
  standard: (standard, { name, f }) => {
    const notMeasured = 'belum diukur';
    switch (standard.code) {
      case 'cycleTime': return {
        item: 'Waktu siklus (C/T) terhadap takt time',
        value: standard.cycleTimeSec === null
          ? notMeasured
          : `${f.time(standard.cycleTimeSec)}${standard.taktTimeSec === null ? ' (tanpa takt: peta belum punya permintaan pelanggan)' : ` terhadap takt ${f.time(standard.taktTimeSec)}`}${standard.loadPct === null ? '' : `, beban ${f.number(standard.loadPct, 0)}%`}`,
      };
      case 'processingTime': return { item: 'Waktu proses (P/T)', value: f.time(standard.processingTimeSec) };
      case 'changeover': return {
        item: 'Changeover (C/O)',
        value: standard.changeoverSec === null ? notMeasured : standard.changeoverSec === 0 ? 'tidak ada' : `paling lama ${f.time(standard.changeoverSec)}`,
      };
      case 'uptime': return { item: 'Uptime', value: standard.uptimePct === null ? notMeasured : `paling sedikit ${f.percent(standard.uptimePct)}` };
      case 'scrap': return { item: 'Scrap', value: standard.scrapPct === null ? notMeasured : `paling banyak ${f.percent(standard.scrapPct)}` };
      case 'operators': return { item: 'Pelaksana', value: `${f.count(standard.operators)} orang` };
      case 'batch': return { item: 'Ukuran batch', value: f.units(standard.batchSize) };
      case 'laneMax': return {
        item: `Maksimum di ${name(standard.link.node.id)} (${standard.side === 'in' ? 'sebelum' : 'setelah'} langkah ini)`,
        value: standard.link.maxQuantity === null ? 'belum ditetapkan' : f.units(standard.link.maxQuantity),
      };
    }
  },
  check: (check, { name, f }) => {
    switch (check.code) {
      case 'signalAtHand': return check.link.signal === 'kanban'
        ? `Setiap kontainer yang diambil dari ${name(check.link.node.id)} disertai kanban pengambilannya.`
        : `Barang diambil dari ${name(check.link.node.id)} mulai dari yang paling lama.`;
      case 'pace': return `Hasil mengikuti takt: ${f.number(check.perHour, 1)} unit per jam (takt ${f.time(check.taktTimeSec)}).`;
      case 'laneLimit': return `${name(check.link.node.id)} berisi tidak lebih dari ${f.units(check.maxQuantity)}.`;
      case 'changeoverTime': return `Changeover terakhir tidak lebih dari ${f.time(check.changeoverSec)}.`;
      case 'firstPiece': return `Barang pertama setelah mulai atau changeover diperiksa; scrap paling banyak ${f.percent(check.scrapPct)}.`;
      case 'equipment': return `Peralatan diperiksa di awal shift (uptime paling sedikit ${f.percent(check.uptimePct)}).`;
      case 'workplace': return 'Tempat kerja rapi di akhir shift (5S).';
    }
  },
  firstRevision: 'Draf pertama dari peta kondisi masa depan',
  nextStep: 'langkah berikutnya',
  and: 'dan',
};

function idInstruction(instruction: SopInstruction, name: (id: string) => string, f: Formatter): string {
  const q = instruction.quantity;
  switch (instruction.kind) {
    case 'signalKanban': return `Mulai satu batch${q === null ? '' : ` sebanyak ${f.units(q)}`} saat kanban sinyal datang; kerjakan batch sesuai urutan sinyal datang.`;
    case 'productionKanban': return `Buat hanya yang diminta kanban produksi${q === null ? '' : ` (${f.units(q)} per kartu)`}, sesuai urutan kartu datang.`;
    case 'withdrawalKanban': return `Ambil material hanya dengan kanban pengambilan${q === null ? '' : ` (${f.units(q)} per kartu)`}.`;
    case 'heijunka': return `Ambil pekerjaan pitch berikutnya dari ${name(instruction.node.id)}${instruction.pattern ? ` (${instruction.pattern})` : ''}; jangan bekerja mendahuluinya.`;
    case 'schedule': return `Bekerja sesuai jadwal dari ${name(instruction.node.id)}.`;
    case 'goSee': return 'Ikuti perubahan yang dibuat leader setelah melihat langsung aliran kerja.';
    case 'customer': return `Terima permintaan dari ${name(instruction.node.id)} saat datang.`;
    case 'other': return `Ikuti instruksi dari ${name(instruction.node.id)}.`;
  }
}

function idTakeIn(link: SopLink, from: string): string {
  switch (link.signal) {
    case 'kanban': return `Ambil kontainer berikutnya dari ${from} beserta kanban pengambilannya; kanban kembali sebagai sinyal pengisian ulang.`;
    case 'fifo': return `Ambil barang yang paling lama dari ${from} (pertama masuk, pertama keluar).`;
    case 'push': return `Ambil barang berikutnya dari ${from}.`;
    case 'direct': return `Terima setiap barang langsung dari ${from}, satu per satu.`;
    case 'delivery': return `Terima kiriman dari ${from}.`;
  }
}

function idHandOver(link: SopLink, to: string, f: Formatter): string {
  const max = link.maxQuantity;
  switch (link.signal) {
    case 'kanban': return `Letakkan barang jadi di ${to}${max === null ? '' : `, tidak pernah lebih dari ${f.units(max)}`}.`;
    case 'fifo': return max === null
      ? `Letakkan barang jadi di ujung ${to}.`
      : `Letakkan barang jadi di ujung ${to}; bila sudah berisi ${f.units(max)}, berhenti dan panggil leader.`;
    case 'push': return `Letakkan barang jadi di ${to}.`;
    case 'direct': return `Serahkan setiap barang langsung ke ${to}.`;
    case 'delivery': return `Serahkan barang ke ${to}.`;
  }
}

const WORDING: Record<Language, SopWording> = { en: EN_WORDING, id: ID_WORDING };

/** The SOP's number from its place in the flow: `SOP-01`, `SOP-02` … (three digits from 100 steps). */
export function sopNumber(sequence: number, total: number): string {
  return `SOP-${String(sequence).padStart(Math.max(2, String(total).length), '0')}`;
}

/**
 * The draft of one step in words, as the team first sees it and edits it. Item ids are the
 * list's letter and a number (`p1`, `p2` …), unique in their list. `today` (YYYY-MM-DD) dates
 * the first revision.
 */
export function wordSop(content: SopContent, map: Pick<MapState, 'nodes' | 'edges'>, lang: Language, today: string): SopDraft {
  const wording = WORDING[lang];
  const labels = symbolLabels(map, lang);
  const words: Words = { name: (id) => labels.get(id) ?? id, f: formatterFor(lang) };
  const name = labels.get(content.step.id) ?? content.step.id;
  const outputNames = content.outputs.filter((link) => !link.rework).map((link) => words.name(link.node.id));
  const inputNames = content.inputs.filter((link) => !link.rework).map((link) => words.name(link.node.id));
  const outputs = outputNames.length > 0 ? join(outputNames, wording.and) : wording.nextStep;
  const cycle = content.standards.find((s) => s.code === 'cycleTime');
  const takt = cycle?.code === 'cycleTime' && cycle.taktTimeSec !== null ? words.f.time(cycle.taktTimeSec) : null;
  const ids = (prefix: string) => { let n = 0; return () => `${prefix}${++n}`; };
  const roleId = ids('r');
  const stepId = ids('p');
  const standardId = ids('s');
  const checkId = ids('c');
  return {
    number: sopNumber(content.sequence, content.total),
    title: wording.title(content, name),
    purpose: wording.purpose(content, name, takt, outputs),
    scope: wording.scope(content, name, join(inputNames, wording.and), outputs),
    roles: content.roles.map((role) => ({ id: roleId(), ...wording.role(role, words) })),
    procedure: content.procedure.map((step): SopLine => ({ id: stepId(), text: wording.procedure(step, words, name) })),
    standards: content.standards.map((standard) => ({ id: standardId(), ...wording.standard(standard, words) })),
    checklist: content.checklist.map((check): SopLine => ({ id: checkId(), text: wording.check(check, words) })),
    revisions: [{ id: 'v1', version: '0', date: today, change: wording.firstRevision, author: '' } satisfies SopRevision],
  };
}

/** Section names, column names and the dialog's text. */
const EN = {
  sections: {
    purpose: 'Purpose',
    scope: 'Scope',
    roles: 'Roles and responsibilities',
    procedure: 'Procedure',
    standards: 'Standards',
    checklist: 'Checklist',
    revisions: 'Revision history',
  } satisfies Record<SopListKey | 'purpose' | 'scope', string>,
  fields: {
    number: 'Number',
    title: 'Title',
    role: 'Role',
    duty: 'Responsibility',
    text: 'Step',
    item: 'Standard',
    value: 'Value',
    check: 'Item',
    checked: 'Checked',
    version: 'Revision',
    date: 'Date',
    change: 'Change',
    author: 'By',
  },
  docx: {
    kind: 'Standard operating procedure',
    draft: 'Draft',
    map: 'Value stream map',
    product: 'Product family',
    step: 'Step',
    printed: 'Printed',
    noSteps: 'The future state has no process or work cell yet.',
  },
  dialog: {
    title: 'SOP drafts',
    open: 'SOP drafts',
    openTitle: 'Standard operating procedures of the future state, step by step: edit and download as Word (Alt+O)',
    steps: 'Steps',
    generated: 'Draft from the map',
    edited: 'Edited by the team',
    generatedNote: 'This draft is made from the future-state map. Your first change keeps it as the team\'s text; later changes to the map do not overwrite it.',
    editedNote: 'The team\'s text. Changes to the map do not change it; draft again to take the map\'s numbers.',
    standardsChanged: 'The map\'s numbers differ from these standards (the map changed, or the team edited them).',
    refreshStandards: 'Take the standards from the map',
    confirmRefreshStandards: 'Replace this SOP\'s standards with the numbers of the map now? The rest of the draft stays. Undo brings them back.',
    regenerate: 'Draft again from the map',
    regenerateTitle: 'Throw away the team\'s text of this SOP and make a new draft from the map',
    confirmRegenerate: (title: string) => `Replace the team's text of "${title}" with a new draft from the map? Undo brings it back.`,
    add: 'Add',
    addTitle: (section: string) => `Add a line to ${section.toLowerCase()}`,
    remove: 'Remove',
    removeTitle: (n: number) => `Remove line ${n}`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    download: 'Download Word',
    downloadTitle: 'Every step\'s SOP in one Word document (.docx), headings in this language',
    downloading: 'Making the Word document…',
    downloaded: (file: string) => `Saved ${file}`,
    downloadFailed: (why: string) => `The Word document could not be made: ${why}`,
    close: 'Close',
    noFuture: 'SOPs are written for the future state: the standard work of the new flow. Start the future state first.',
    startFuture: 'Start the future state',
    noSteps: 'The future state has no process or work cell yet: each one gets an SOP.',
    orphans: 'Drafts of steps no longer on the map',
    deleteDraft: 'Delete this draft',
    confirmDelete: (title: string) => `Delete the draft "${title}"? Its step is no longer on the map. Undo brings it back.`,
    stepMissing: 'The step of this draft is no longer on the map.',
  },
};

export type SopText = typeof EN;

const ID: SopText = {
  sections: {
    purpose: 'Tujuan',
    scope: 'Ruang lingkup',
    roles: 'Tanggung jawab',
    procedure: 'Prosedur',
    standards: 'Standar',
    checklist: 'Daftar periksa',
    revisions: 'Riwayat revisi',
  },
  fields: {
    number: 'Nomor',
    title: 'Judul',
    role: 'Peran',
    duty: 'Tanggung jawab',
    text: 'Langkah',
    item: 'Standar',
    value: 'Nilai',
    check: 'Butir',
    checked: 'Diperiksa',
    version: 'Revisi',
    date: 'Tanggal',
    change: 'Perubahan',
    author: 'Oleh',
  },
  docx: {
    kind: 'Prosedur operasi standar (SOP)',
    draft: 'Draf',
    map: 'Peta aliran nilai',
    product: 'Keluarga produk',
    step: 'Langkah',
    printed: 'Dicetak',
    noSteps: 'Kondisi masa depan belum punya proses atau sel kerja.',
  },
  dialog: {
    title: 'Draf SOP',
    open: 'Draf SOP',
    openTitle: 'Prosedur operasi standar kondisi masa depan, langkah demi langkah: ubah dan unduh sebagai Word (Alt+O)',
    steps: 'Langkah',
    generated: 'Draf dari peta',
    edited: 'Diubah oleh tim',
    generatedNote: 'Draf ini dibuat dari peta kondisi masa depan. Perubahan pertama Anda menyimpannya sebagai teks tim; perubahan peta berikutnya tidak menimpanya.',
    editedNote: 'Teks tim. Perubahan peta tidak mengubahnya; buat draf lagi untuk mengambil angka peta.',
    standardsChanged: 'Angka peta berbeda dari standar ini (peta berubah, atau tim mengubahnya).',
    refreshStandards: 'Ambil standar dari peta',
    confirmRefreshStandards: 'Ganti standar SOP ini dengan angka peta saat ini? Bagian draf yang lain tetap. Urungkan mengembalikannya.',
    regenerate: 'Buat draf lagi dari peta',
    regenerateTitle: 'Buang teks tim untuk SOP ini dan buat draf baru dari peta',
    confirmRegenerate: (title) => `Ganti teks tim untuk "${title}" dengan draf baru dari peta? Urungkan mengembalikannya.`,
    add: 'Tambah',
    addTitle: (section) => `Tambah baris pada ${section.toLowerCase()}`,
    remove: 'Hapus',
    removeTitle: (n) => `Hapus baris ${n}`,
    moveUp: 'Naikkan',
    moveDown: 'Turunkan',
    download: 'Unduh Word',
    downloadTitle: 'SOP setiap langkah dalam satu dokumen Word (.docx), judul bagian dalam bahasa ini',
    downloading: 'Membuat dokumen Word…',
    downloaded: (file) => `Tersimpan ${file}`,
    downloadFailed: (why) => `Dokumen Word tidak bisa dibuat: ${why}`,
    close: 'Tutup',
    noFuture: 'SOP ditulis untuk kondisi masa depan: kerja standar dari aliran yang baru. Mulai kondisi masa depan lebih dulu.',
    startFuture: 'Mulai kondisi masa depan',
    noSteps: 'Kondisi masa depan belum punya proses atau sel kerja: masing-masing mendapat SOP.',
    orphans: 'Draf langkah yang sudah tidak ada di peta',
    deleteDraft: 'Hapus draf ini',
    confirmDelete: (title) => `Hapus draf "${title}"? Langkahnya sudah tidak ada di peta. Urungkan mengembalikannya.`,
    stepMissing: 'Langkah draf ini sudah tidak ada di peta.',
  },
};

export const SOP_TEXT: Record<Language, SopText> = { en: EN, id: ID };

/** What the SOPs are made from: a document, or the parts of it a view follows. */
export type SopSource = Pick<VsmDocument, 'product' | 'sops'> & { states: Pick<VsmDocument['states'], 'future'> };

/** One step's SOP as the dialog and the Word file show it. */
export interface SopEntry {
  stepId: string;
  /** The team's draft, else the one generated from the map in `lang`. */
  draft: SopDraft;
  /** The draft generated from the map: what the first edit stores, and what "draft again" brings back. */
  generated: SopDraft;
  /** Whether the team has a stored draft of this step. */
  edited: boolean;
}

/**
 * The SOPs of a document's future state in flow order (none without a future state), each
 * the team's draft where there is one; and the stored drafts whose step is gone from the map,
 * listed apart so nothing typed is lost.
 */
export function sopEntries(doc: SopSource, lang: Language, today: string): { entries: SopEntry[]; orphans: SopEntry[] } {
  const state = sopState(doc);
  const sops = doc.sops ?? {};
  const entries: SopEntry[] = [];
  const seen = new Set<string>();
  if (state) {
    for (const content of sopContents(state, doc.product ?? '')) {
      const stepId = content.step.id;
      seen.add(stepId);
      const generated = wordSop(content, state, lang, today);
      const stored = Object.hasOwn(sops, stepId) ? sops[stepId] : undefined;
      entries.push({ stepId, draft: stored ?? generated, generated, edited: stored !== undefined });
    }
  }
  const orphans = Object.keys(sops).filter((stepId) => !seen.has(stepId)).map((stepId) => ({
    stepId, draft: sops[stepId]!, generated: sops[stepId]!, edited: true,
  }));
  return { entries, orphans };
}
