/** Load leveling (heijunka): evens out the mix and volume released to the pacemaker. */
import { defineSymbol, field } from './definition';
import { KANBAN_CONNECTIONS } from './shared';

export const definition = defineSymbol({
  type: 'heijunka',
  group: 'information',
  fields: [field('pattern', 'text')],
  role: 'information',
  // Kanban cards pass through the leveling box.
  connections: KANBAN_CONNECTIONS,
});
