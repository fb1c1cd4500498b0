/** Note: the team's free text on the map. */
import { defineSymbol, field } from './definition';

export const definition = defineSymbol({
  type: 'note',
  group: 'general',
  fields: [field('text', 'longText')],
  role: 'annotation',
});
