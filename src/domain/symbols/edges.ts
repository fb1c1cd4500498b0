/** Every edge symbol of spec section 2. */
import type { VsmEdgeType } from '../types';

export interface EdgeSymbol {
  type: VsmEdgeType;
  /** Counts for lead time (a material edge). */
  material: boolean;
}

export const EDGE_SYMBOLS: readonly EdgeSymbol[] = [
  { type: 'push', material: true },
  { type: 'withdrawal', material: true },
  { type: 'shipment', material: true },
  { type: 'material', material: true },
  { type: 'manual-info', material: false },
  { type: 'electronic-info', material: false },
  { type: 'kanban-path', material: false },
];

const edgeSymbolByType = new Map(EDGE_SYMBOLS.map((s) => [s.type, s]));

export function edgeSymbol(type: VsmEdgeType): EdgeSymbol {
  return edgeSymbolByType.get(type)!;
}
