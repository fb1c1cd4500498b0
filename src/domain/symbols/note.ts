/** Note: the team's free text on the map. */
import { defineSymbol, field } from './definition';

export const definition = defineSymbol({
  type: 'note',
  group: 'general',
  name: { en: 'Note', id: 'Catatan' },
  fields: [field('text', 'longText', 'Text', 'Teks')],
  role: 'annotation',
});
