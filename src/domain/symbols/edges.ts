/** Every edge symbol of spec section 2. */
import type { VsmEdgeType } from '../types';
import type { LocalName } from './definition';

export interface EdgeSymbol {
  type: VsmEdgeType;
  name: LocalName;
  /** Counts for lead time (a material edge). */
  material: boolean;
}

export const EDGE_SYMBOLS: readonly EdgeSymbol[] = [
  { type: 'push', name: { en: 'Push arrow', id: 'Panah dorong' }, material: true },
  { type: 'withdrawal', name: { en: 'Pull / withdrawal', id: 'Tarik (pengambilan)' }, material: true },
  { type: 'shipment', name: { en: 'Shipment arrow', id: 'Panah pengiriman' }, material: true },
  { type: 'material', name: { en: 'Material move', id: 'Perpindahan material' }, material: true },
  { type: 'manual-info', name: { en: 'Manual information', id: 'Informasi manual' }, material: false },
  { type: 'electronic-info', name: { en: 'Electronic information', id: 'Informasi elektronik' }, material: false },
  { type: 'kanban-path', name: { en: 'Kanban path', id: 'Jalur kanban' }, material: false },
];

const edgeSymbolByType = new Map(EDGE_SYMBOLS.map((s) => [s.type, s]));

export function edgeSymbol(type: VsmEdgeType): EdgeSymbol {
  return edgeSymbolByType.get(type)!;
}
