/** Safety or buffer stock: protection against variation in demand or supply. */
import { defineSymbol } from './definition';
import { STOCK_CONNECTIONS, STOCK_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'buffer',
  group: 'material',
  fields: STOCK_FIELDS,
  role: 'stock',
  connections: STOCK_CONNECTIONS,
});
