/** Load leveling (heijunka): evens out the mix and volume released to the pacemaker. */
import { defineSymbol, field } from './definition';
import { KANBAN_CONNECTIONS } from './shared';

export const definition = defineSymbol({
  type: 'heijunka',
  group: 'information',
  name: { en: 'Load leveling', id: 'Perataan beban (heijunka)' },
  fields: [field('pattern', 'text', 'Pattern', 'Pola')],
  role: 'information',
  // Kanban cards pass through the leveling box.
  connections: KANBAN_CONNECTIONS,
});
