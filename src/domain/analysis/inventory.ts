import { isStockKind, type MapContext } from './context';

/**
 * Inventory over all stock nodes: units (a stock given only in days counts days × daily demand)
 * and days (a stock given only in units counts quantity / daily demand); each null when a stock's
 * figure cannot be worked out without daily demand.
 */
export function measureInventory(ctx: MapContext): { inventoryUnits: number | null; inventoryDays: number | null } {
  const { kind, waitingDays, stockQuantity } = ctx;
  let inventoryUnits = 0;
  let inventoryDays = 0;
  for (let i = 0; i < kind.length; i++) {
    if (!isStockKind(kind[i]!)) continue;
    inventoryUnits += stockQuantity[i]!;
    inventoryDays += waitingDays[i]!;
  }
  return {
    inventoryUnits: Number.isNaN(inventoryUnits) ? null : inventoryUnits,
    inventoryDays: Number.isNaN(inventoryDays) ? null : inventoryDays,
  };
}
