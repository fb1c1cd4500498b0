/** Kanban post: where withdrawal cards are dropped for collection. */
import { defineSymbol } from './definition';
import { KANBAN_CONNECTIONS } from './shared';

export const definition = defineSymbol({
  type: 'kanban-post',
  group: 'information',
  fields: [],
  role: 'information',
  connections: KANBAN_CONNECTIONS,
});
