/**
 * The symbol registry: every node type's definition, one module each. The palette, the
 * inspector, the schema, the connection rules and the analysis read it. Typed by node type, so
 * a symbol left out, or a definition filed under another type, does not compile.
 */
import type { VsmNodeType } from '../types';
import {
  type AnalysisRole, type ConnectionRules, MATERIAL_ROLES, type SymbolDefinition, type SymbolGroup,
} from './definition';
import * as buffer from './buffer';
import * as control from './control';
import * as customer from './customer';
import * as fifo from './fifo';
import * as goSee from './go-see';
import * as heijunka from './heijunka';
import * as inventory from './inventory';
import * as kaizen from './kaizen';
import * as kanbanPost from './kanban-post';
import * as kanbanProduction from './kanban-production';
import * as kanbanSignal from './kanban-signal';
import * as kanbanWithdrawal from './kanban-withdrawal';
import * as note from './note';
import * as operator from './operator';
import * as process from './process';
import * as quality from './quality';
import * as supermarket from './supermarket';
import * as supplier from './supplier';
import * as transport from './transport';
import * as workcell from './workcell';

export * from './definition';
export { EDGE_SYMBOLS, edgeSymbol, type EdgeSymbol } from './edges';

/** Each type's own definition (a mapped type: the definition's `type` must be its key). */
export type SymbolRegistry = { readonly [T in VsmNodeType]: SymbolDefinition<T> };

/** Every node symbol of spec section 2, keyed by type, in palette order. */
export const SYMBOL_DEFINITIONS = {
  supplier: supplier.definition,
  process: process.definition,
  workcell: workcell.definition,
  inventory: inventory.definition,
  supermarket: supermarket.definition,
  fifo: fifo.definition,
  buffer: buffer.definition,
  transport: transport.definition,
  customer: customer.definition,
  operator: operator.definition,
  control: control.definition,
  'kanban-production': kanbanProduction.definition,
  'kanban-withdrawal': kanbanWithdrawal.definition,
  'kanban-signal': kanbanSignal.definition,
  'kanban-post': kanbanPost.definition,
  heijunka: heijunka.definition,
  'go-see': goSee.definition,
  kaizen: kaizen.definition,
  quality: quality.definition,
  note: note.definition,
} as const satisfies SymbolRegistry;

/** The definition of a node type. */
export function symbolDefinition<T extends VsmNodeType>(type: T): SymbolDefinition<T> {
  return (SYMBOL_DEFINITIONS as SymbolRegistry)[type];
}

/** What the palette needs of a symbol (its name in each language: `src/i18n/symbols.ts`). */
export interface NodeSymbol {
  type: VsmNodeType;
  group: SymbolGroup;
  /** Takes part in the material flow (may be the end of a material edge); follows from its role. */
  material: boolean;
  role: AnalysisRole;
}

/** Every node symbol in palette order (the order of SYMBOL_DEFINITIONS). */
export const NODE_SYMBOLS: readonly NodeSymbol[] = Object.values(SYMBOL_DEFINITIONS).map((definition: SymbolDefinition) => ({
  type: definition.type,
  group: definition.group,
  material: MATERIAL_ROLES.has(definition.role),
  role: definition.role,
}));

const nodeSymbolByType = new Map(NODE_SYMBOLS.map((s) => [s.type, s]));

export function nodeSymbol(type: VsmNodeType): NodeSymbol {
  return nodeSymbolByType.get(type)!;
}

/** What the analysis takes a node type for. */
export function roleOf(type: VsmNodeType): AnalysisRole {
  return SYMBOL_DEFINITIONS[type].role;
}

/** How arrows may join a node type; null for an annotation, which floats and takes none. */
export function connectionRulesOf(type: VsmNodeType): ConnectionRules | null {
  const definition: SymbolDefinition = SYMBOL_DEFINITIONS[type];
  return definition.role === 'annotation' ? null : definition.connections;
}
