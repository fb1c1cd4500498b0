/** Customer: where the flow ends and demand, hence takt, comes from. */
import { defineSymbol, field, numberField } from './definition';
import { NOTE_FIELD } from './shared';

export const definition = defineSymbol({
  type: 'customer',
  group: 'material',
  fields: [
    field('name', 'text'),
    numberField('demandPerDay', 'number', { short: '/day' }),
    numberField('demandPerMonth', 'number', { short: '/month' }),
    NOTE_FIELD,
  ],
  role: 'customer',
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'external' },
});
