/** External shipment: a truck, ship, train or plane between plants. */
import { TRANSPORT_MODES } from '../types';
import { defineSymbol, enumField, field, numberField } from './definition';

export const definition = defineSymbol({
  type: 'transport',
  group: 'material',
  fields: [
    enumField('mode', TRANSPORT_MODES),
    field('frequency', 'text'),
    numberField('transitDays', 'days', { short: 'Transit' }),
  ],
  role: 'transport',
  connections: { information: 'neutral', kanbanPath: false, shipment: 'external' },
});
