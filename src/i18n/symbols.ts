/**
 * What people call each symbol, arrow and field, in English and Bahasa Indonesia. The domain
 * names them by code (`process`, `cycleTimeSec`); these tables are the only place the words
 * live. Typed by the domain's codes, so a symbol, arrow or field without a name in both
 * languages does not compile.
 */
import type { FieldKey } from '../domain/fields';
import type { VsmEdgeType, VsmNodeType } from '../domain/types';
import type { Language } from './language';

/** One word or phrase in each language of the app. */
export type LocalName = Readonly<Record<Language, string>>;

/** Symbol names as the palette, the inspector and the messages give them. */
export const SYMBOL_NAMES: Readonly<Record<VsmNodeType, LocalName>> = {
  supplier: { en: 'Supplier', id: 'Pemasok' },
  process: { en: 'Process', id: 'Proses' },
  workcell: { en: 'Work cell', id: 'Sel kerja' },
  inventory: { en: 'Inventory', id: 'Persediaan' },
  supermarket: { en: 'Supermarket', id: 'Supermarket' },
  fifo: { en: 'FIFO lane', id: 'Jalur FIFO' },
  buffer: { en: 'Safety/buffer stock', id: 'Stok pengaman' },
  transport: { en: 'External shipment', id: 'Pengiriman eksternal' },
  customer: { en: 'Customer', id: 'Pelanggan' },
  operator: { en: 'Operator', id: 'Operator' },
  control: { en: 'Production control', id: 'PPIC' },
  'kanban-production': { en: 'Production kanban', id: 'Kanban produksi' },
  'kanban-withdrawal': { en: 'Withdrawal kanban', id: 'Kanban pengambilan' },
  'kanban-signal': { en: 'Signal kanban', id: 'Kanban sinyal' },
  'kanban-post': { en: 'Kanban post', id: 'Pos kanban' },
  heijunka: { en: 'Load leveling', id: 'Perataan beban (heijunka)' },
  'go-see': { en: 'Go-see scheduling', id: 'Penjadwalan go-see' },
  kaizen: { en: 'Kaizen burst', id: 'Kaizen burst' },
  quality: { en: 'Quality problem', id: 'Masalah kualitas' },
  note: { en: 'Note', id: 'Catatan' },
};

/** Arrow names. */
export const ARROW_NAMES: Readonly<Record<VsmEdgeType, LocalName>> = {
  push: { en: 'Push arrow', id: 'Panah dorong' },
  withdrawal: { en: 'Pull / withdrawal', id: 'Tarik (pengambilan)' },
  shipment: { en: 'Shipment arrow', id: 'Panah pengiriman' },
  material: { en: 'Material move', id: 'Perpindahan material' },
  'manual-info': { en: 'Manual information', id: 'Informasi manual' },
  'electronic-info': { en: 'Electronic information', id: 'Informasi elektronik' },
  'kanban-path': { en: 'Kanban path', id: 'Jalur kanban' },
};

/** Field labels of the inspector and the exports: one label per key, whichever symbol has it. */
export const FIELD_LABELS: Readonly<Record<FieldKey, LocalName>> = {
  batchSize: { en: 'Batch size', id: 'Ukuran batch' },
  changeoverSec: { en: 'Changeover', id: 'Changeover' },
  count: { en: 'Count', id: 'Jumlah' },
  cycleTimeSec: { en: 'Cycle time', id: 'Waktu siklus' },
  days: { en: 'Days (override)', id: 'Hari (manual)' },
  deliveryNote: { en: 'Delivery', id: 'Pengiriman' },
  demandPerDay: { en: 'Demand per day', id: 'Permintaan per hari' },
  demandPerMonth: { en: 'Demand per month', id: 'Permintaan per bulan' },
  distanceM: { en: 'Distance (m)', id: 'Jarak (m)' },
  dueDate: { en: 'Due date', id: 'Tenggat' },
  frequency: { en: 'Frequency', id: 'Frekuensi' },
  kind: { en: 'Kind', id: 'Jenis' },
  label: { en: 'Label', id: 'Label' },
  link: { en: 'Link', id: 'Tautan' },
  machines: { en: 'Machines', id: 'Mesin' },
  maxQuantity: { en: 'Max quantity', id: 'Jumlah maks' },
  mode: { en: 'Mode', id: 'Moda' },
  motionSec: { en: 'Motion time', id: 'Waktu gerakan' },
  name: { en: 'Name', id: 'Nama' },
  note: { en: 'Note', id: 'Catatan' },
  operators: { en: 'Operators', id: 'Operator' },
  owner: { en: 'Owner', id: 'Penanggung jawab' },
  pacemaker: { en: 'Pacemaker', id: 'Pacemaker' },
  pattern: { en: 'Pattern', id: 'Pola' },
  ppm: { en: 'Defects (ppm)', id: 'Cacat (ppm)' },
  processingTimeSec: { en: 'Processing time', id: 'Waktu proses' },
  quantity: { en: 'Quantity', id: 'Jumlah' },
  rework: { en: 'Rework loop', id: 'Loop pengerjaan ulang' },
  scrapPct: { en: 'Scrap', id: 'Scrap' },
  shared: { en: 'Shared with other streams', id: 'Dipakai aliran lain' },
  shifts: { en: 'Shifts', id: 'Shift' },
  status: { en: 'Status', id: 'Status' },
  stepId: { en: 'Improves step', id: 'Langkah yang diperbaiki' },
  system: { en: 'System', id: 'Sistem' },
  targetNote: { en: 'Target', id: 'Target' },
  text: { en: 'Text', id: 'Teks' },
  title: { en: 'Title', id: 'Judul' },
  transitDays: { en: 'Transit time', id: 'Waktu transit' },
  uptimePct: { en: 'Uptime', id: 'Uptime' },
  valueAddedSec: { en: 'Value-added time', id: 'Waktu nilai tambah' },
  waste: { en: 'Waste', id: 'Pemborosan' },
  wasteTags: { en: 'Waste tags', id: 'Tanda pemborosan' },
};

export const symbolName = (type: VsmNodeType, lang: Language): string => SYMBOL_NAMES[type][lang];
export const arrowName = (type: VsmEdgeType, lang: Language): string => ARROW_NAMES[type][lang];
export const fieldLabel = (key: FieldKey, lang: Language): string => FIELD_LABELS[key][lang];
