/** FIFO lane: a stock of fixed capacity, first in first out. */
import { defineSymbol } from './definition';
import { MAX_QUANTITY_FIELD, STOCK_CONNECTIONS, STOCK_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'fifo',
  group: 'material',
  fields: [...STOCK_FIELDS, MAX_QUANTITY_FIELD],
  // A full lane stops the step upstream: a pull link, not overproduction.
  role: 'fifo',
  connections: STOCK_CONNECTIONS,
});
