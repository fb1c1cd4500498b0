/** Quality problem: where defects show, with their rate. */
import { PPM_LIMIT } from '../limits';
import { defineSymbol, field, numberField } from './definition';

export const definition = defineSymbol({
  type: 'quality',
  group: 'general',
  fields: [field('note', 'text'), numberField('ppm', 'number', { limit: PPM_LIMIT })],
  // Evidence of defects for the waste analysis; it floats beside the step it concerns.
  role: 'annotation',
});
