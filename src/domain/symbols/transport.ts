/** External shipment: a truck, ship, train or plane between plants. */
import { TRANSPORT_MODES } from '../types';
import { defineSymbol, enumField, field, numberField } from './definition';

export const definition = defineSymbol({
  type: 'transport',
  group: 'material',
  name: { en: 'External shipment', id: 'Pengiriman eksternal' },
  fields: [
    enumField('mode', TRANSPORT_MODES, 'Mode', 'Moda'),
    field('frequency', 'text', 'Frequency', 'Frekuensi'),
    numberField('transitDays', 'days', 'Transit time', 'Waktu transit', { short: 'Transit' }),
  ],
  role: 'transport',
  connections: { information: 'neutral', kanbanPath: false, shipment: 'external' },
});
