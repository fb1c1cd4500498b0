/** Work cell: several steps in a U, measured as one process. */
import { defineSymbol } from './definition';
import { PROCESS_FIELDS } from './process';

export const definition = defineSymbol({
  type: 'workcell',
  group: 'material',
  fields: PROCESS_FIELDS,
  role: 'step',
  connections: { information: 'scheduleReceiver', kanbanPath: true, shipment: 'none' },
});
