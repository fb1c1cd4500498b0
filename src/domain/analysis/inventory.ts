import { isStockKind, type MapContext } from './context';

/** Inventory over all stock nodes: units (missing quantity counts 0) and days (null if any stock's days are unknown). */
export function measureInventory(ctx: MapContext): { inventoryUnits: number; inventoryDays: number | null } {
  const { kind, waitingDays, stockQuantity } = ctx;
  let inventoryUnits = 0;
  let inventoryDays = 0;
  for (let i = 0; i < kind.length; i++) {
    if (!isStockKind(kind[i]!)) continue;
    inventoryUnits += stockQuantity[i]!;
    inventoryDays += waitingDays[i]!;
  }
  return { inventoryUnits, inventoryDays: Number.isNaN(inventoryDays) ? null : inventoryDays };
}
