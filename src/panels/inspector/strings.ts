import { useLanguage, type Language } from '../../i18n';

/** Readable names of enum options in each language; an option missing here is shown as stored. */
export const OPTION_TEXT: Record<Language, Record<string, string>> = {
  en: {
    work: 'Work',
    inspection: 'Inspection',
    truck: 'Truck',
    ship: 'Ship',
    rail: 'Rail',
    air: 'Air',
    open: 'Open',
    doing: 'In progress',
    done: 'Done',
  },
  id: {
    work: 'Kerja',
    inspection: 'Inspeksi',
    truck: 'Truk',
    ship: 'Kapal',
    rail: 'Kereta',
    air: 'Udara',
    open: 'Terbuka',
    doing: 'Sedang dikerjakan',
    done: 'Selesai',
  },
};

/** English option names (kept for callers that have no language). */
export const OPTION_NAMES: Record<string, string> = OPTION_TEXT.en;

const EN = {
  notSet: '—',
  durationUnits: 's, min, h or d',
  keptPrevious: (shown: string) => (shown === '' ? 'Not saved, still empty.' : `Not saved, still ${shown}.`),
  defaultIs: (value: string) => `Default: ${value}`,
  processingTime: 'processing time',
  symbolsSelected: (count: number) => `${count} symbols selected`,
  properties: 'Properties',
  arrowType: 'Arrow type',
  arrow: 'Arrow',
  missingNode: (id: string) => `Missing step (${id})`,
  settings: 'Map settings',
  mapTitle: 'Map title',
  product: 'Product family',
  availableTime: 'Available time per shift',
  availableTimeHint: 'Working time after breaks, e.g. 7 h 40 min',
  shiftsPerDay: 'Shifts per day',
  workingDaysPerMonth: 'Working days per month',
  daysBasis: 'Days basis',
  daysBasisWorking: 'Working days',
  daysBasisCalendar: 'Calendar days',
  daysBasisExplain: (basis: 'working' | 'calendar', availablePerDay: string) =>
    basis === 'working'
      ? `Value-added ratio counts a lead-time day as the available time, ${availablePerDay}.`
      : 'Value-added ratio counts a lead-time day as 24 hours.',
};

export type InspectorText = typeof EN;

// The parser reads the Indonesian units (dtk, mnt, jam, hari) as well as s, min, h and d.
const ID: InspectorText = {
  notSet: '—',
  durationUnits: 'dtk, mnt, jam atau hari',
  keptPrevious: (shown) => (shown === '' ? 'Tidak disimpan, tetap kosong.' : `Tidak disimpan, tetap ${shown}.`),
  defaultIs: (value) => `Bawaan: ${value}`,
  processingTime: 'waktu proses',
  symbolsSelected: (count) => `${count} simbol dipilih`,
  properties: 'Properti',
  arrowType: 'Jenis panah',
  arrow: 'Panah',
  missingNode: (id) => `Langkah hilang (${id})`,
  settings: 'Pengaturan peta',
  mapTitle: 'Judul peta',
  product: 'Keluarga produk',
  availableTime: 'Waktu tersedia per shift',
  availableTimeHint: 'Waktu kerja setelah istirahat, mis. 7 jam 40 mnt',
  shiftsPerDay: 'Shift per hari',
  workingDaysPerMonth: 'Hari kerja per bulan',
  daysBasis: 'Dasar hitungan hari',
  daysBasisWorking: 'Hari kerja',
  daysBasisCalendar: 'Hari kalender',
  daysBasisExplain: (basis, availablePerDay) =>
    basis === 'working'
      ? `Rasio nilai tambah menghitung satu hari lead time sebagai waktu tersedia, ${availablePerDay}.`
      : 'Rasio nilai tambah menghitung satu hari lead time sebagai 24 jam.',
};

/** Text shown by the inspector and the settings form, English (for callers with no language). */
export const T: InspectorText = EN;

/** Inspector and settings text of each language. */
export const INSPECTOR_TEXT: Record<Language, InspectorText> = { en: EN, id: ID };

/** The inspector text and option names of the current UI language. */
export function useInspectorText(): { t: InspectorText; optionNames: Record<string, string>; language: Language } {
  const language = useLanguage();
  return { t: INSPECTOR_TEXT[language], optionNames: OPTION_TEXT[language], language };
}
