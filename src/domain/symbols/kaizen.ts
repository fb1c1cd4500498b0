/** Kaizen burst: an improvement to make, and a line of the action plan. */
import { KAIZEN_STATUSES } from '../types';
import { defineSymbol, enumField, field } from './definition';

export const definition = defineSymbol({
  type: 'kaizen',
  group: 'general',
  fields: [
    field('title', 'text'),
    field('waste', 'waste'),
    field('stepId', 'nodeRef'),
    field('owner', 'text'),
    field('dueDate', 'date'),
    enumField('status', KAIZEN_STATUSES),
    field('targetNote', 'longText'),
  ],
  // Tagged wastes and the action plan read it; it points at its step by stepId, not by arrows.
  role: 'annotation',
});
