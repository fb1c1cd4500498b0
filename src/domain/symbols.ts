import type { VsmEdgeType, VsmNodeType, WasteId } from './types';

/** Palette groups, in palette order. */
export type SymbolGroup = 'material' | 'information' | 'general';

export interface LocalName { en: string; id: string }

export interface NodeSymbol {
  type: VsmNodeType;
  group: SymbolGroup;
  name: LocalName;
  /** Takes part in the material flow (may be the end of a material edge). */
  material: boolean;
}

/** Every node symbol of spec section 2, in palette order. */
export const NODE_SYMBOLS: readonly NodeSymbol[] = [
  { type: 'supplier', group: 'material', name: { en: 'Supplier', id: 'Pemasok' }, material: true },
  { type: 'process', group: 'material', name: { en: 'Process', id: 'Proses' }, material: true },
  { type: 'workcell', group: 'material', name: { en: 'Work cell', id: 'Sel kerja' }, material: true },
  { type: 'inventory', group: 'material', name: { en: 'Inventory', id: 'Persediaan' }, material: true },
  { type: 'supermarket', group: 'material', name: { en: 'Supermarket', id: 'Supermarket' }, material: true },
  { type: 'fifo', group: 'material', name: { en: 'FIFO lane', id: 'Jalur FIFO' }, material: true },
  { type: 'buffer', group: 'material', name: { en: 'Safety/buffer stock', id: 'Stok pengaman' }, material: true },
  { type: 'transport', group: 'material', name: { en: 'External shipment', id: 'Pengiriman eksternal' }, material: true },
  { type: 'customer', group: 'material', name: { en: 'Customer', id: 'Pelanggan' }, material: true },
  { type: 'operator', group: 'material', name: { en: 'Operator', id: 'Operator' }, material: false },
  { type: 'control', group: 'information', name: { en: 'Production control', id: 'PPIC' }, material: false },
  { type: 'kanban-production', group: 'information', name: { en: 'Production kanban', id: 'Kanban produksi' }, material: false },
  { type: 'kanban-withdrawal', group: 'information', name: { en: 'Withdrawal kanban', id: 'Kanban pengambilan' }, material: false },
  { type: 'kanban-signal', group: 'information', name: { en: 'Signal kanban', id: 'Kanban sinyal' }, material: false },
  { type: 'kanban-post', group: 'information', name: { en: 'Kanban post', id: 'Pos kanban' }, material: false },
  { type: 'heijunka', group: 'information', name: { en: 'Load leveling', id: 'Perataan beban (heijunka)' }, material: false },
  { type: 'go-see', group: 'information', name: { en: 'Go-see scheduling', id: 'Penjadwalan go-see' }, material: false },
  { type: 'kaizen', group: 'general', name: { en: 'Kaizen burst', id: 'Kaizen burst' }, material: false },
  { type: 'quality', group: 'general', name: { en: 'Quality problem', id: 'Masalah kualitas' }, material: false },
  { type: 'note', group: 'general', name: { en: 'Note', id: 'Catatan' }, material: false },
];

export interface EdgeSymbol {
  type: VsmEdgeType;
  name: LocalName;
  /** Counts for lead time (a material edge). */
  material: boolean;
}

/** Every edge symbol of spec section 2. */
export const EDGE_SYMBOLS: readonly EdgeSymbol[] = [
  { type: 'push', name: { en: 'Push arrow', id: 'Panah dorong' }, material: true },
  { type: 'withdrawal', name: { en: 'Pull / withdrawal', id: 'Tarik (pengambilan)' }, material: true },
  { type: 'shipment', name: { en: 'Shipment arrow', id: 'Panah pengiriman' }, material: true },
  { type: 'material', name: { en: 'Material move', id: 'Perpindahan material' }, material: true },
  { type: 'manual-info', name: { en: 'Manual information', id: 'Informasi manual' }, material: false },
  { type: 'electronic-info', name: { en: 'Electronic information', id: 'Informasi elektronik' }, material: false },
  { type: 'kanban-path', name: { en: 'Kanban path', id: 'Jalur kanban' }, material: false },
];

const nodeSymbolByType = new Map(NODE_SYMBOLS.map((s) => [s.type, s]));
const edgeSymbolByType = new Map(EDGE_SYMBOLS.map((s) => [s.type, s]));

export function nodeSymbol(type: VsmNodeType): NodeSymbol {
  return nodeSymbolByType.get(type)!;
}
export function edgeSymbol(type: VsmEdgeType): EdgeSymbol {
  return edgeSymbolByType.get(type)!;
}

/** The eight wastes (DOWNTIME, spec section 5) by id, in both UI languages. */
export const WASTE_NAMES: Record<WasteId, LocalName> = {
  defects: { en: 'Defects', id: 'Cacat' },
  overproduction: { en: 'Overproduction', id: 'Produksi berlebih' },
  waiting: { en: 'Waiting', id: 'Menunggu' },
  talent: { en: 'Non-utilized talent', id: 'Bakat yang tidak dimanfaatkan' },
  transportation: { en: 'Transportation', id: 'Transportasi' },
  inventory: { en: 'Inventory', id: 'Persediaan' },
  motion: { en: 'Motion', id: 'Gerakan' },
  'extra-processing': { en: 'Extra processing', id: 'Proses berlebih' },
};
