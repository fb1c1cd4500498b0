/** Withdrawal kanban: the card that tells someone to fetch parts from a supermarket. */
import { defineSymbol } from './definition';
import { KANBAN_CONNECTIONS, KANBAN_FIELDS } from './shared';

export const definition = defineSymbol({
  type: 'kanban-withdrawal',
  group: 'information',
  fields: KANBAN_FIELDS,
  role: 'information',
  connections: KANBAN_CONNECTIONS,
});
