/** Kaizen burst: an improvement to make, and a line of the action plan. */
import { KAIZEN_STATUSES } from '../types';
import { defineSymbol, enumField, field } from './definition';

export const definition = defineSymbol({
  type: 'kaizen',
  group: 'general',
  name: { en: 'Kaizen burst', id: 'Kaizen burst' },
  fields: [
    field('title', 'text', 'Title', 'Judul'),
    field('waste', 'waste', 'Waste', 'Pemborosan'),
    field('stepId', 'nodeRef', 'Improves step', 'Langkah yang diperbaiki'),
    field('owner', 'text', 'Owner', 'Penanggung jawab'),
    field('dueDate', 'date', 'Due date', 'Tenggat'),
    enumField('status', KAIZEN_STATUSES, 'Status', 'Status'),
    field('targetNote', 'longText', 'Target', 'Target'),
  ],
  // Tagged wastes and the action plan read it; it points at its step by stepId, not by arrows.
  role: 'annotation',
});
