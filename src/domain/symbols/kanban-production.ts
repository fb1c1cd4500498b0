/** Production kanban: the card that tells a step to make parts. */
import { defineSymbol } from './definition';
import { KANBAN_CONNECTIONS, KANBAN_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'kanban-production',
  group: 'information',
  fields: KANBAN_FIELDS,
  role: 'information',
  connections: KANBAN_CONNECTIONS,
});
