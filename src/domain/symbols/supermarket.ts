/** Supermarket: a controlled stock the downstream step withdraws from. */
import { defineSymbol } from './definition';
import { MAX_QUANTITY_FIELD, STOCK_CONNECTIONS, STOCK_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'supermarket',
  group: 'material',
  fields: [...STOCK_FIELDS, MAX_QUANTITY_FIELD],
  role: 'stock',
  // Kanban loops run from the supermarket back to the step that fills it.
  connections: { ...STOCK_CONNECTIONS, kanbanPath: true },
});
