/** Supplier: the outside source where the material flow starts. */
import { defineSymbol, field } from './definition';

export const definition = defineSymbol({
  type: 'supplier',
  group: 'material',
  fields: [field('name', 'text'), field('deliveryNote', 'text')],
  role: 'supplier',
  // Orders and forecasts go to a supplier; its deliveries are shipments.
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'external' },
});
