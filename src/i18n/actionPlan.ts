import type { KaizenStatus, StateKey } from '../domain/types';
import type { Language } from './language';

/**
 * The action plan's words in both languages, shared by the panel, the CSV download and the
 * command line (plain TypeScript: the CLI reads it too). Column headers are the CSV's headers.
 */
const EN = {
  columns: {
    title: 'Kaizen',
    waste: 'Waste',
    step: 'Step improved',
    owner: 'Owner',
    dueDate: 'Due date',
    status: 'Status',
    targetNote: 'Target',
    state: 'Map state',
  },
  status: { open: 'Open', doing: 'In progress', done: 'Done' } satisfies Record<KaizenStatus, string>,
  state: { current: 'Current state', future: 'Future state' } satisfies Record<StateKey, string>,
  untitled: '(untitled kaizen burst)',
  panel: {
    filterStatus: 'Status',
    filterOwner: 'Owner',
    all: 'All',
    noOwner: 'No owner yet',
    overdueOnly: 'Overdue only',
    overdue: 'Overdue',
    sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
    showOnMap: (title: string) => `Show "${title}" on the map`,
    empty: 'No kaizen bursts yet. Put a kaizen burst on the map where an improvement is needed; each one becomes a line of this plan.',
    noneMatch: 'No line matches these filters.',
    count: (shown: number, total: number) => (shown === total ? `${total} actions` : `${shown} of ${total} actions`),
  },
  dialog: {
    title: 'Action plan',
    open: 'Action plan',
    openTitle: 'Every kaizen burst of both states: owner, due date, status (Alt+K)',
    download: 'Download CSV',
    downloadTitle: 'The plan as a spreadsheet file, with the column names in this language',
    close: 'Close',
    downloaded: (file: string) => `Saved ${file}`,
  },
};

export type ActionPlanText = typeof EN;

const ID: ActionPlanText = {
  columns: {
    title: 'Kaizen',
    waste: 'Pemborosan',
    step: 'Langkah yang diperbaiki',
    owner: 'Penanggung jawab',
    dueDate: 'Tenggat',
    status: 'Status',
    targetNote: 'Target',
    state: 'Kondisi peta',
  },
  status: { open: 'Terbuka', doing: 'Sedang dikerjakan', done: 'Selesai' },
  state: { current: 'Kondisi saat ini', future: 'Kondisi masa depan' },
  untitled: '(kaizen burst tanpa judul)',
  panel: {
    filterStatus: 'Status',
    filterOwner: 'Penanggung jawab',
    all: 'Semua',
    noOwner: 'Belum ada penanggung jawab',
    overdueOnly: 'Hanya yang terlambat',
    overdue: 'Terlambat',
    sortBy: (column) => `Urutkan menurut ${column.toLowerCase()}`,
    showOnMap: (title) => `Tampilkan "${title}" di peta`,
    empty: 'Belum ada kaizen burst. Letakkan kaizen burst di peta tempat perbaikan diperlukan; masing-masing menjadi satu baris rencana ini.',
    noneMatch: 'Tidak ada baris yang cocok dengan saringan ini.',
    count: (shown, total) => (shown === total ? `${total} aksi` : `${shown} dari ${total} aksi`),
  },
  dialog: {
    title: 'Rencana aksi',
    open: 'Rencana aksi',
    openTitle: 'Setiap kaizen burst kedua kondisi: penanggung jawab, tenggat, status (Alt+K)',
    download: 'Unduh CSV',
    downloadTitle: 'Rencana sebagai berkas spreadsheet, dengan nama kolom dalam bahasa ini',
    close: 'Tutup',
    downloaded: (file) => `Tersimpan ${file}`,
  },
};

export const ACTION_PLAN_TEXT: Record<Language, ActionPlanText> = { en: EN, id: ID };

/** The columns in the order the table and the CSV show them. */
export const ACTION_COLUMNS = ['title', 'waste', 'step', 'owner', 'dueDate', 'status', 'targetNote', 'state'] as const;
