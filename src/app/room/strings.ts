import { useLanguage, type Language } from '../../i18n';
import { PERSON_COLOURS } from '../../collab/presence';

/** The text of the room's parts (joining, who is here, sharing, the map overlay) in both languages. */
const EN = {
  join: {
    title: 'Join the room',
    editTitle: 'Your name and colour',
    intro: 'Everyone in the room sees your name and colour beside what you select and point at.',
    name: 'Your name',
    nameMissing: 'Type a name so the others know who you are.',
    colour: 'Your colour',
    preview: 'This is how the others see you:',
    join: 'Join',
    save: 'Save',
    cancel: 'Cancel',
    /** Spoken names of the colours, in the order of `PERSON_COLOURS`. */
    colourNames: ['Red', 'Raspberry', 'Purple', 'Indigo', 'Teal', 'Green', 'Ochre', 'Rust', 'Brown', 'Slate'] as string[],
  },
  presence: {
    people: 'People in the room',
    you: '(you)',
    editYou: 'Change your name or colour',
    chooseName: 'Choose your name',
    more: (count: number) => `+${count} more`,
    connecting: 'Connecting…',
    connected: 'Connected',
    offline: 'Offline',
    offlineEditor: 'Offline: your edits are kept on this computer and will merge with the others when the connection is back.',
    offlineWatcher: 'Offline: the map catches up when the connection is back.',
    watching: 'Watching, read-only',
    watchingTitle: 'You see every change as it happens but cannot edit this map.',
  },
  share: {
    button: 'Share room',
    buttonTitle: 'Links and QR codes to bring others into this room',
    title: 'Share this room',
    editLink: 'Link to edit',
    editHint: 'Anyone with this link can change the map.',
    viewLink: 'Link to watch (read-only)',
    viewHint: 'For a projector or people following along: they see every change and cannot edit.',
    qr: (link: string) => `QR code: ${link}`,
    copy: 'Copy',
    copyTitle: (link: string) => `Copy the ${link.toLowerCase()}`,
    copied: 'Copied',
    copyByHand: 'Press Ctrl+C to copy the selected link.',
    addresses: 'This computer on the network',
    addressesHint: 'If a phone cannot open a link, check it is on the same network as one of these addresses.',
    close: 'Close',
  },
  canvas: {
    /** Said by a screen reader for another person's pointer on the map. */
    pointer: (name: string) => `${name}'s pointer`,
    selectedBy: (names: string) => `Selected by ${names}`,
  },
};

export type RoomText = typeof EN;

const ID: RoomText = {
  join: {
    title: 'Bergabung ke ruang',
    editTitle: 'Nama dan warna Anda',
    intro: 'Semua orang di ruang ini melihat nama dan warna Anda di samping yang Anda pilih dan tunjuk.',
    name: 'Nama Anda',
    nameMissing: 'Ketik nama agar yang lain tahu siapa Anda.',
    colour: 'Warna Anda',
    preview: 'Begini yang lain melihat Anda:',
    join: 'Gabung',
    save: 'Simpan',
    cancel: 'Batal',
    colourNames: ['Merah', 'Merah frambos', 'Ungu', 'Nila', 'Hijau toska', 'Hijau', 'Oker', 'Karat', 'Cokelat', 'Abu-abu batu'],
  },
  presence: {
    people: 'Orang di ruang ini',
    you: '(Anda)',
    editYou: 'Ubah nama atau warna Anda',
    chooseName: 'Pilih nama Anda',
    more: (count) => `+${count} lagi`,
    connecting: 'Menyambung…',
    connected: 'Tersambung',
    offline: 'Luring',
    offlineEditor: 'Luring: suntingan Anda tersimpan di komputer ini dan akan digabung dengan yang lain saat sambungan kembali.',
    offlineWatcher: 'Luring: peta akan menyusul saat sambungan kembali.',
    watching: 'Menonton, hanya baca',
    watchingTitle: 'Anda melihat setiap perubahan saat terjadi tetapi tidak dapat menyunting peta ini.',
  },
  share: {
    button: 'Bagikan ruang',
    buttonTitle: 'Tautan dan kode QR untuk mengajak orang lain ke ruang ini',
    title: 'Bagikan ruang ini',
    editLink: 'Tautan untuk menyunting',
    editHint: 'Siapa pun yang memegang tautan ini dapat mengubah peta.',
    viewLink: 'Tautan untuk menonton (hanya baca)',
    viewHint: 'Untuk proyektor atau peserta yang mengikuti: mereka melihat setiap perubahan dan tidak dapat menyunting.',
    qr: (link) => `Kode QR: ${link}`,
    copy: 'Salin',
    copyTitle: (link) => `Salin ${link.toLowerCase()}`,
    copied: 'Tersalin',
    copyByHand: 'Tekan Ctrl+C untuk menyalin tautan yang terpilih.',
    addresses: 'Alamat komputer ini di jaringan',
    addressesHint: 'Jika ponsel tidak dapat membuka tautan, pastikan ponsel berada di jaringan yang sama dengan salah satu alamat ini.',
    close: 'Tutup',
  },
  canvas: {
    pointer: (name) => `Penunjuk ${name}`,
    selectedBy: (names) => `Dipilih oleh ${names}`,
  },
};

/** Room text of each language. */
export const ROOM_TEXT: Record<Language, RoomText> = { en: EN, id: ID };

/** The room text of the current UI language. */
export function useRoomText(): RoomText {
  return ROOM_TEXT[useLanguage()];
}

/** The spoken name of a palette colour, or the colour itself for one from elsewhere. */
export function colourName(text: RoomText, colour: string): string {
  const index = (PERSON_COLOURS as readonly string[]).indexOf(colour.toLowerCase());
  return text.join.colourNames[index] ?? colour;
}
