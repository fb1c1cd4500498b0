/** Production control: the department and system that schedule the flow. */
import { defineSymbol, field } from './definition';

export const definition = defineSymbol({
  type: 'control',
  group: 'information',
  name: { en: 'Production control', id: 'PPIC' },
  fields: [field('name', 'text', 'Name', 'Nama'), field('system', 'text', 'System', 'Sistem')],
  role: 'information',
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'none' },
});
