/** Supplier: the outside source where the material flow starts. */
import { defineSymbol, field } from './definition';

export const definition = defineSymbol({
  type: 'supplier',
  group: 'material',
  name: { en: 'Supplier', id: 'Pemasok' },
  fields: [field('name', 'text', 'Name', 'Nama'), field('deliveryNote', 'text', 'Delivery', 'Pengiriman')],
  role: 'supplier',
  // Orders and forecasts go to a supplier; its deliveries are shipments.
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'external' },
});
