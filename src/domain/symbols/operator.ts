/** Operator: people drawn beside a step; they float and take no arrows. */
import { defineSymbol, numberField } from './definition';

export const definition = defineSymbol({
  type: 'operator',
  // Drawn with the material flow, though not part of it.
  group: 'material',
  fields: [numberField('count', 'count')],
  role: 'annotation',
});
