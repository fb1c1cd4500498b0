import type { VsmNodeType } from './types';

/**
 * The editable fields of each symbol: one catalog for validation (file and inspector alike),
 * the inspector's form, and the data box on the canvas.
 */
export type FieldKind =
  | 'text' // short label, one line
  | 'longText' // note, several lines
  | 'seconds' // a duration stored in seconds; the UI takes "45 s", "10 min", "1.5 h", "2 d"
  | 'days' // a duration stored in days; the UI takes the same units
  | 'percent' // 0 to 100
  | 'count' // non-negative integer
  | 'number' // non-negative number
  | 'boolean'
  | 'enum'
  | 'date' // YYYY-MM-DD
  | 'wasteTags' // a list of waste ids
  | 'waste' // one waste id
  | 'nodeRef' // the id of another node of the same map
  | 'url'; // http, https or mailto

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: { en: string; id: string };
  /** Allowed values for `enum` fields. */
  options?: readonly string[];
  /** Short unit or abbreviation shown on the canvas data box (C/T, C/O …). */
  short?: string;
}

const f = (key: string, kind: FieldKind, en: string, id: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key, kind, label: { en, id }, ...extra,
});

const PROCESS_FIELDS: FieldSpec[] = [
  f('name', 'text', 'Name', 'Nama'),
  f('cycleTimeSec', 'seconds', 'Cycle time', 'Waktu siklus', { short: 'C/T' }),
  f('processingTimeSec', 'seconds', 'Processing time', 'Waktu proses', { short: 'P/T' }),
  f('valueAddedSec', 'seconds', 'Value-added time', 'Waktu nilai tambah', { short: 'VA' }),
  f('changeoverSec', 'seconds', 'Changeover', 'Changeover', { short: 'C/O' }),
  f('uptimePct', 'percent', 'Uptime', 'Uptime', { short: 'Uptime' }),
  f('operators', 'count', 'Operators', 'Operator', { short: 'Ops' }),
  f('shifts', 'count', 'Shifts', 'Shift', { short: 'Shifts' }),
  f('batchSize', 'count', 'Batch size', 'Ukuran batch', { short: 'Batch' }),
  f('scrapPct', 'percent', 'Scrap', 'Scrap', { short: 'Scrap' }),
  f('machines', 'count', 'Machines', 'Mesin', { short: 'Mach' }),
  f('motionSec', 'seconds', 'Motion time', 'Waktu gerakan', { short: 'Motion' }),
  f('kind', 'enum', 'Kind', 'Jenis', { options: ['work', 'inspection'] }),
  f('shared', 'boolean', 'Shared with other streams', 'Dipakai aliran lain'),
  f('pacemaker', 'boolean', 'Pacemaker', 'Pacemaker'),
];

const STOCK_FIELDS: FieldSpec[] = [
  f('quantity', 'count', 'Quantity', 'Jumlah', { short: 'Qty' }),
  f('days', 'days', 'Days (override)', 'Hari (manual)', { short: 'Days' }),
];

/** Fields by node type, in inspector order. Every type also takes `wasteTags` and `link`. */
export const FIELDS_BY_TYPE: Record<VsmNodeType, readonly FieldSpec[]> = {
  process: PROCESS_FIELDS,
  workcell: PROCESS_FIELDS,
  supplier: [f('name', 'text', 'Name', 'Nama'), f('deliveryNote', 'text', 'Delivery', 'Pengiriman')],
  customer: [
    f('name', 'text', 'Name', 'Nama'),
    f('demandPerDay', 'number', 'Demand per day', 'Permintaan per hari', { short: '/day' }),
    f('demandPerMonth', 'number', 'Demand per month', 'Permintaan per bulan', { short: '/month' }),
    f('note', 'text', 'Note', 'Catatan'),
  ],
  inventory: [...STOCK_FIELDS, f('note', 'text', 'Note', 'Catatan')],
  supermarket: [...STOCK_FIELDS, f('maxQuantity', 'count', 'Max quantity', 'Jumlah maks', { short: 'Max' })],
  fifo: [...STOCK_FIELDS, f('maxQuantity', 'count', 'Max quantity', 'Jumlah maks', { short: 'Max' })],
  buffer: STOCK_FIELDS,
  transport: [
    f('mode', 'enum', 'Mode', 'Moda', { options: ['truck', 'ship', 'rail', 'air'] }),
    f('frequency', 'text', 'Frequency', 'Frekuensi'),
    f('transitDays', 'days', 'Transit time', 'Waktu transit', { short: 'Transit' }),
  ],
  operator: [f('count', 'count', 'Count', 'Jumlah')],
  control: [f('name', 'text', 'Name', 'Nama'), f('system', 'text', 'System', 'Sistem')],
  'kanban-production': [f('quantity', 'count', 'Quantity', 'Jumlah')],
  'kanban-withdrawal': [f('quantity', 'count', 'Quantity', 'Jumlah')],
  'kanban-signal': [f('quantity', 'count', 'Quantity', 'Jumlah')],
  'kanban-post': [],
  heijunka: [f('pattern', 'text', 'Pattern', 'Pola')],
  'go-see': [],
  kaizen: [
    f('title', 'text', 'Title', 'Judul'),
    f('waste', 'waste', 'Waste', 'Pemborosan'),
    f('stepId', 'nodeRef', 'Improves step', 'Langkah yang diperbaiki'),
    f('owner', 'text', 'Owner', 'Penanggung jawab'),
    f('dueDate', 'date', 'Due date', 'Tenggat'),
    f('status', 'enum', 'Status', 'Status', { options: ['open', 'doing', 'done'] }),
    f('targetNote', 'longText', 'Target', 'Target'),
  ],
  quality: [f('note', 'text', 'Note', 'Catatan'), f('ppm', 'number', 'Defects (ppm)', 'Cacat (ppm)')],
  note: [f('text', 'longText', 'Text', 'Teks')],
};

/** Fields every node type takes besides its own. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  f('wasteTags', 'wasteTags', 'Waste tags', 'Tanda pemborosan'),
  f('link', 'url', 'Link', 'Tautan'),
];

/** Edge data fields. `transitDays` applies to shipment edges only. */
export const EDGE_FIELDS: readonly FieldSpec[] = [
  f('label', 'text', 'Label', 'Label'),
  f('rework', 'boolean', 'Rework loop', 'Loop pengerjaan ulang'),
  f('distanceM', 'number', 'Distance (m)', 'Jarak (m)'),
  f('transitDays', 'days', 'Transit time', 'Waktu transit'),
];

export { MAX_LABEL_CHARS, MAX_LONG_TEXT_CHARS } from './limits';

export function fieldsOf(type: VsmNodeType): readonly FieldSpec[] {
  return [...FIELDS_BY_TYPE[type], ...COMMON_FIELDS];
}
