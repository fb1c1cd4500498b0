/** Production control: the department and system that schedule the flow. */
import { defineSymbol, field } from './definition';

export const definition = defineSymbol({
  type: 'control',
  group: 'information',
  fields: [field('name', 'text'), field('system', 'text')],
  role: 'information',
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'none' },
});
