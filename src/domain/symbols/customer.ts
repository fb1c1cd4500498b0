/** Customer: where the flow ends and demand, hence takt, comes from. */
import { defineSymbol, field, numberField } from './definition';
import { NOTE_FIELD } from './shared';

export const definition = defineSymbol({
  type: 'customer',
  group: 'material',
  name: { en: 'Customer', id: 'Pelanggan' },
  fields: [
    field('name', 'text', 'Name', 'Nama'),
    numberField('demandPerDay', 'number', 'Demand per day', 'Permintaan per hari', { short: '/day' }),
    numberField('demandPerMonth', 'number', 'Demand per month', 'Permintaan per bulan', { short: '/month' }),
    NOTE_FIELD,
  ],
  role: 'customer',
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'external' },
});
