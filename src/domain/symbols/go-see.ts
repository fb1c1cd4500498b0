/** Go-see scheduling: adjusting schedules by going to look. */
import { defineSymbol } from './definition';

export const definition = defineSymbol({
  type: 'go-see',
  group: 'information',
  fields: [],
  role: 'information',
  connections: { information: 'endpoint', kanbanPath: false, shipment: 'none' },
});
