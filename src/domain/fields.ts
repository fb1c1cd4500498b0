import { type FieldSpec, type OwnFieldKey, SYMBOL_DEFINITIONS, field, numberField } from './symbols';
import { NODE_TYPES, type VsmNodeType } from './types';

/**
 * The editable fields of each symbol: one catalog for validation (file and inspector alike),
 * the inspector's form, and the data box on the canvas. Each symbol's own fields are defined in
 * its module in `symbols/`; this is where the fields every node or edge takes are added.
 */
export type { FieldKind, FieldSpec, NumericFieldKind } from './symbols';

/** Fields every node type takes besides its own. */
const COMMON = [
  field('wasteTags', 'wasteTags'),
  field('link', 'url'),
] as const satisfies readonly FieldSpec[];

/** Edge data fields. `transitDays` applies to shipment edges only. */
const EDGE = [
  field('label', 'text'),
  field('rework', 'boolean'),
  numberField('distanceM', 'number'),
  numberField('transitDays', 'days'),
] as const satisfies readonly FieldSpec[];

/** Every field's key: symbols', the common ones and arrows'. The labels (`src/i18n/symbols.ts`) are typed by it. */
export type FieldKey =
  | { [T in VsmNodeType]: OwnFieldKey<T> }[VsmNodeType]
  | (typeof COMMON)[number]['key']
  | (typeof EDGE)[number]['key'];

/** Fields by node type, in inspector order, read from the registry. Every type also takes `wasteTags` and `link`. */
export const FIELDS_BY_TYPE: Readonly<Record<VsmNodeType, readonly FieldSpec<FieldKey>[]>> = Object.fromEntries(
  Object.values(SYMBOL_DEFINITIONS).map((definition) => [definition.type, definition.fields]),
) as Record<VsmNodeType, readonly FieldSpec<FieldKey>[]>;

export const COMMON_FIELDS: readonly FieldSpec<FieldKey>[] = COMMON;
export const EDGE_FIELDS: readonly FieldSpec<FieldKey>[] = EDGE;

export { MAX_LABEL_CHARS, MAX_LONG_TEXT_CHARS } from './limits';

const FIELDS_OF = new Map(NODE_TYPES.map((type) => [type, [...FIELDS_BY_TYPE[type], ...COMMON_FIELDS]]));

/** A node type's fields followed by those every node takes. */
export function fieldsOf(type: VsmNodeType): readonly FieldSpec<FieldKey>[] {
  return FIELDS_OF.get(type)!;
}
