import { type FieldSpec, SYMBOL_DEFINITIONS, field, numberField } from './symbols';
import { NODE_TYPES, type VsmNodeType } from './types';

/**
 * The editable fields of each symbol: one catalog for validation (file and inspector alike),
 * the inspector's form, and the data box on the canvas. Each symbol's own fields are defined in
 * its module in `symbols/`; this is where the fields every node or edge takes are added.
 */
export type { FieldKind, FieldSpec, NumericFieldKind } from './symbols';

/** Fields by node type, in inspector order, read from the registry. Every type also takes `wasteTags` and `link`. */
export const FIELDS_BY_TYPE: Readonly<Record<VsmNodeType, readonly FieldSpec[]>> = Object.fromEntries(
  Object.values(SYMBOL_DEFINITIONS).map((definition) => [definition.type, definition.fields]),
) as Record<VsmNodeType, readonly FieldSpec[]>;

/** Fields every node type takes besides its own. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  field('wasteTags', 'wasteTags', 'Waste tags', 'Tanda pemborosan'),
  field('link', 'url', 'Link', 'Tautan'),
];

/** Edge data fields. `transitDays` applies to shipment edges only. */
export const EDGE_FIELDS: readonly FieldSpec[] = [
  field('label', 'text', 'Label', 'Label'),
  field('rework', 'boolean', 'Rework loop', 'Loop pengerjaan ulang'),
  numberField('distanceM', 'number', 'Distance (m)', 'Jarak (m)'),
  numberField('transitDays', 'days', 'Transit time', 'Waktu transit'),
];

export { MAX_LABEL_CHARS, MAX_LONG_TEXT_CHARS } from './limits';

const FIELDS_OF = new Map(NODE_TYPES.map((type) => [type, [...FIELDS_BY_TYPE[type], ...COMMON_FIELDS]]));

/** A node type's fields followed by those every node takes. */
export function fieldsOf(type: VsmNodeType): readonly FieldSpec[] {
  return FIELDS_OF.get(type)!;
}
