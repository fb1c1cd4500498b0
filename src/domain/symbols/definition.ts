/**
 * What one VSM symbol is in the domain: its palette group, its fields with their
 * units and limits, how arrows may join it, and its role in the analysis. One module per node
 * type defines it (`process.ts`, `inventory.ts` …); `index.ts` collects them, typed so that a
 * symbol or a part of one left out does not compile.
 */
import { LIMITS_BY_KIND, type NumberLimit } from '../limits';
import type { BaseNodeData, NodeDataByType, VsmNodeType } from '../types';

/** Palette groups, in palette order. */
export type SymbolGroup = 'material' | 'information' | 'general';

export type FieldKind =
  | 'text' // short label, one line
  | 'longText' // note, several lines
  | 'seconds' // a duration stored in seconds; the UI takes "45 s", "10 min", "1.5 h", "2 d"
  | 'days' // a duration stored in days; the UI takes the same units
  | 'percent' // 0 to 100
  | 'count' // non-negative integer
  | 'number' // non-negative number
  | 'boolean'
  | 'enum'
  | 'date' // YYYY-MM-DD
  | 'wasteTags' // a list of waste ids
  | 'waste' // one waste id
  | 'nodeRef' // the id of another node of the same map
  | 'url'; // http, https or mailto

/** The kinds of field that hold numbers. */
export type NumericFieldKind = Extract<FieldKind, 'seconds' | 'days' | 'percent' | 'count' | 'number'>;

/** A field is named by its key; its label in each language lives in `src/i18n/symbols.ts`. */
interface FieldBase<K extends string> {
  key: K;
  /** Short unit or abbreviation shown on the canvas data box (C/T, C/O …). */
  short?: string;
}
/** A number field carries its range and unit: the schema, the inspector and the exports read it here. */
export interface NumberFieldSpec<K extends string = string> extends FieldBase<K> { kind: NumericFieldKind; limit: NumberLimit }
export interface EnumFieldSpec<K extends string = string> extends FieldBase<K> { kind: 'enum'; options: readonly string[] }
export interface OtherFieldSpec<K extends string = string> extends FieldBase<K> { kind: Exclude<FieldKind, NumericFieldKind | 'enum'> }
export type FieldSpec<K extends string = string> = NumberFieldSpec<K> | EnumFieldSpec<K> | OtherFieldSpec<K>;

/** A field of a number kind, limited by its kind's range unless given a narrower one. */
export function numberField<K extends string>(
  key: K, kind: NumericFieldKind, extra: { short?: string; limit?: NumberLimit } = {},
): NumberFieldSpec<K> {
  const spec: NumberFieldSpec<K> = { key, kind, limit: extra.limit ?? LIMITS_BY_KIND[kind] };
  if (extra.short !== undefined) spec.short = extra.short;
  return spec;
}

export function enumField<K extends string>(key: K, options: readonly string[]): EnumFieldSpec<K> {
  return { key, kind: 'enum', options };
}

export function field<K extends string>(key: K, kind: OtherFieldSpec['kind']): OtherFieldSpec<K> {
  return { key, kind };
}

/**
 * What the analysis takes a symbol for. Material roles make up the flow: a `step` has times,
 * load and the ladder's lower rungs; a `stock` adds waiting days; a `fifo` lane is a stock that
 * also caps what the step upstream makes (a pull link for overproduction); a `transport` adds
 * transit days; the `supplier` starts the flow and the `customer` holds demand and ends it.
 * `information` symbols steer the flow from outside it; `annotation`s float on the map.
 */
export type AnalysisRole = 'step' | 'stock' | 'fifo' | 'transport' | 'supplier' | 'customer' | 'information' | 'annotation';

/** Roles that take part in the material flow (may be the end of a material arrow). */
export const MATERIAL_ROLES: ReadonlySet<AnalysisRole> = new Set(['step', 'stock', 'fifo', 'transport', 'supplier', 'customer']);

/** How a symbol takes part in the arrows besides the material ones (spec section 2, `connections.ts`). */
export interface ConnectionRules {
  /**
   * Manual and electronic information arrows need an information end: `endpoint` is one either
   * way; `scheduleReceiver` only as the target (a process receiving its schedule); `neutral`
   * never is; `notTarget` never is and refuses to be the target (information into a stock).
   */
  information: 'endpoint' | 'scheduleReceiver' | 'neutral' | 'notTarget';
  /** May be either end of a kanban path. */
  kanbanPath: boolean;
  /**
   * Its place on a shipment arrow: an outside partner or a truck (`external`, one end must be),
   * a stock at the dock (`end`), or none.
   */
  shipment: 'external' | 'end' | 'none';
}

/** The keys a symbol's own fields may have: its data's fields, less those every node takes. */
export type OwnFieldKey<T extends VsmNodeType> = Exclude<keyof NodeDataByType[T], keyof BaseNodeData> & string;

interface DefinitionBase<T extends VsmNodeType> {
  type: T;
  group: SymbolGroup;
  /** Its own fields in inspector order (`wasteTags` and `link` come with every symbol). */
  fields: readonly FieldSpec<OwnFieldKey<T>>[];
}

/**
 * One symbol in the domain. An annotation floats: it has no connection rules to give. Without a
 * type argument, the union of every type's definition.
 */
export type SymbolDefinition<T extends VsmNodeType = VsmNodeType> = T extends VsmNodeType
  ? DefinitionBase<T> & ({ role: 'annotation' } | { role: Exclude<AnalysisRole, 'annotation'>; connections: ConnectionRules })
  : never;

/** Keeps the type of a definition while checking it (`type` ties it to its data's fields). */
export function defineSymbol<T extends VsmNodeType>(definition: SymbolDefinition<T>): SymbolDefinition<T> {
  return definition;
}
