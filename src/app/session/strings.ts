import { useLanguage, type Language } from '../../i18n';

/** What the page says about where the map is kept: lasting notices, the leave prompt, *Share room*. */
const EN = {
  storageProblem: 'This browser cannot keep the map (private window or full disk), so a reload or closing the tab loses your edits. Download the map to keep it.',
  storageReason: (reason: string) => `Reason: ${reason}`,
  download: 'Download the map',
  keptAside: (source: string, when: string) => `A map saved in this browser could not be read (${source}, found ${when}). It is kept as it was; nothing overwrote it. Download it to look at it or send it for help.`,
  downloadKept: 'Download the unreadable map',
  dismiss: 'Close this notice',
  invalidRoom: (param: string, value: string) => `The link asks for ${param === 'view' ? 'a read-only view' : 'a room'} "${value}", which is not a valid room: you are working on this browser's own map.`,
  missingMap: (id: string) => `The link asks for a map "${id}" that this browser does not keep (it may have been deleted for good, or kept in another browser): the map opened last is shown.`,
  shareRoom: 'Share room',
  shareRoomTitle: 'Make a room for this map, so the team edits it together from their own laptops',
  startingRoom: 'Making the room…',
  roomFailed: (reason: string) => `The room could not be made: ${reason}. The map is unchanged.`,
  updateReady: 'A new version of Arus is ready. Your edits are stored first, then the page reloads into it.',
  updateNow: 'Reload now',
  offlineReady: 'Arus is kept on this computer: it now starts and works with no network.',
};

export type SessionText = typeof EN;

const ID: SessionText = {
  storageProblem: 'Browser ini tidak dapat menyimpan peta (jendela privat atau disk penuh), jadi memuat ulang atau menutup tab menghilangkan suntingan Anda. Unduh peta untuk menyimpannya.',
  storageReason: (reason) => `Penyebab: ${reason}`,
  download: 'Unduh peta',
  keptAside: (source, when) => `Peta yang tersimpan di browser ini tidak dapat dibaca (${source}, ditemukan ${when}). Peta itu disimpan apa adanya; tidak ada yang menimpanya. Unduh untuk melihatnya atau mengirimnya untuk minta bantuan.`,
  downloadKept: 'Unduh peta yang tidak terbaca',
  dismiss: 'Tutup pemberitahuan ini',
  invalidRoom: (param, value) => `Tautan meminta ${param === 'view' ? 'tampilan baca-saja' : 'ruang'} "${value}", yang bukan ruang yang sah: Anda sedang mengerjakan peta milik browser ini.`,
  missingMap: (id) => `Tautan meminta peta "${id}" yang tidak disimpan browser ini (mungkin sudah dihapus permanen, atau disimpan di browser lain): peta yang terakhir dibuka ditampilkan.`,
  shareRoom: 'Bagikan ruang',
  shareRoomTitle: 'Buat ruang untuk peta ini, agar tim menyuntingnya bersama dari laptop masing-masing',
  startingRoom: 'Membuat ruang…',
  roomFailed: (reason) => `Ruang tidak dapat dibuat: ${reason}. Peta tidak berubah.`,
  updateReady: 'Versi baru Arus sudah siap. Suntingan Anda disimpan dulu, lalu halaman dimuat ulang ke versi itu.',
  updateNow: 'Muat ulang sekarang',
  offlineReady: 'Arus tersimpan di komputer ini: sekarang dapat dibuka dan dipakai tanpa jaringan.',
};

export const SESSION_TEXT: Record<Language, SessionText> = { en: EN, id: ID };

export function useSessionText(): SessionText {
  return SESSION_TEXT[useLanguage()];
}
