/** Inventory: parts waiting between steps (the triangle with "I"). */
import { defineSymbol } from './definition';
import { NOTE_FIELD, STOCK_CONNECTIONS, STOCK_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'inventory',
  group: 'material',
  fields: [...STOCK_FIELDS, NOTE_FIELD],
  role: 'stock',
  connections: STOCK_CONNECTIONS,
});
