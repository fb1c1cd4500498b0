/** Signal kanban: the triangle that triggers a batch when stock falls to its point. */
import { defineSymbol } from './definition';
import { KANBAN_CONNECTIONS, KANBAN_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'kanban-signal',
  group: 'information',
  fields: KANBAN_FIELDS,
  role: 'information',
  connections: KANBAN_CONNECTIONS,
});
