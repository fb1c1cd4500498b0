/**
 * Every VSM symbol's view in one table: its glyph (palette and canvas), its React Flow node
 * component, its default size and its SVG drawing for exports. Typed by node type, so a symbol
 * or a part of one left out does not compile. `nodeTypes` and `edgeTypes` are derived once at
 * module scope: React Flow re-mounts every node when these objects change identity.
 */
import { type ComponentType, createElement, type ReactElement } from 'react';
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { NodeOf, VsmEdge, VsmEdgeType, VsmNode, VsmNodeType } from '../domain/types';
import './symbols.css';
import * as Buffer from './symbols/Buffer';
import * as Control from './symbols/Control';
import * as Customer from './symbols/Customer';
import * as Fifo from './symbols/Fifo';
import * as GoSee from './symbols/GoSee';
import * as Heijunka from './symbols/Heijunka';
import * as Inventory from './symbols/Inventory';
import * as Kaizen from './symbols/Kaizen';
import * as KanbanPost from './symbols/KanbanPost';
import * as KanbanProduction from './symbols/KanbanProduction';
import * as KanbanSignal from './symbols/KanbanSignal';
import * as KanbanWithdrawal from './symbols/KanbanWithdrawal';
import * as Note from './symbols/Note';
import * as Operator from './symbols/Operator';
import * as Process from './symbols/Process';
import * as Quality from './symbols/Quality';
import * as Supermarket from './symbols/Supermarket';
import * as Supplier from './symbols/Supplier';
import * as Transport from './symbols/Transport';
import * as WorkCell from './symbols/WorkCell';
import type { SymbolLocale } from './symbols/context';
import type { GlyphProps, NodeSize, SymbolNodeProps } from './symbols/shared';
import type { SymbolSvgProps } from './symbols/svg';
import * as ElectronicInfoEdge from './edges/ElectronicInfoEdge';
import * as KanbanPathEdge from './edges/KanbanPathEdge';
import * as ManualInfoEdge from './edges/ManualInfoEdge';
import * as MaterialEdge from './edges/MaterialEdge';
import * as PushEdge from './edges/PushEdge';
import * as ShipmentEdge from './edges/ShipmentEdge';
import * as WithdrawalEdge from './edges/WithdrawalEdge';
import type { EdgeGlyphProps, EdgeSvgProps } from './edges/base';
import type { EdgeEnds } from './edges/geometry';

export { SymbolContext, type SymbolContextValue, type SymbolLocale } from './symbols/context';
export type { GlyphProps, NodeSize, FlowNode, SymbolNodeProps } from './symbols/shared';
export type { EdgeGlyphProps, EdgeSvgProps, FlowEdge, VsmEdgeProps } from './edges/base';
export { edgeEnds, pathBounds, routerFor, type Box, type EdgeEnds } from './edges/geometry';
export type { SymbolSvgProps } from './symbols/svg';

/** What the canvas, the palette and the exports need of one symbol (its module in `symbols/`). */
export interface SymbolView<T extends VsmNodeType> {
  /** The icon, drawn once for the palette and the canvas. */
  Glyph: ComponentType<GlyphProps>;
  /** The React Flow node (wrapped in `memo`). */
  NodeComponent: ComponentType<SymbolNodeProps<T>>;
  /** Default width and height in px at zoom 1. */
  size: NodeSize;
  /** The symbol as plain SVG at its position, from its data alone (exports). */
  Svg: ComponentType<SymbolSvgProps<T>>;
}

/** Each type's view; a mapped type, so the module filed under a type must draw that type. */
export type SymbolViews = { readonly [T in VsmNodeType]: SymbolView<T> };

const SYMBOLS = {
  process: Process,
  workcell: WorkCell,
  supplier: Supplier,
  customer: Customer,
  inventory: Inventory,
  supermarket: Supermarket,
  fifo: Fifo,
  buffer: Buffer,
  transport: Transport,
  operator: Operator,
  control: Control,
  'kanban-production': KanbanProduction,
  'kanban-withdrawal': KanbanWithdrawal,
  'kanban-signal': KanbanSignal,
  'kanban-post': KanbanPost,
  heijunka: Heijunka,
  'go-see': GoSee,
  kaizen: Kaizen,
  quality: Quality,
  note: Note,
} satisfies SymbolViews;

const EDGES = {
  push: PushEdge,
  withdrawal: WithdrawalEdge,
  shipment: ShipmentEdge,
  material: MaterialEdge,
  'manual-info': ManualInfoEdge,
  'electronic-info': ElectronicInfoEdge,
  'kanban-path': KanbanPathEdge,
} satisfies Record<VsmEdgeType, { Glyph: ComponentType<EdgeGlyphProps>; Svg: ComponentType<EdgeSvgProps> }>;

/** Node components by VSM node type, for `<ReactFlow nodeTypes={nodeTypes}>`. */
export const nodeTypes = Object.fromEntries(
  Object.entries(SYMBOLS).map(([type, view]) => [type, view.NodeComponent]),
) as { [T in VsmNodeType]: (typeof SYMBOLS)[T]['NodeComponent'] } satisfies NodeTypes;

/** Edge components by VSM edge type, for `<ReactFlow edgeTypes={edgeTypes}>`. */
export const edgeTypes = {
  push: PushEdge.EdgeComponent,
  withdrawal: WithdrawalEdge.EdgeComponent,
  shipment: ShipmentEdge.EdgeComponent,
  material: MaterialEdge.EdgeComponent,
  'manual-info': ManualInfoEdge.EdgeComponent,
  'electronic-info': ElectronicInfoEdge.EdgeComponent,
  'kanban-path': KanbanPathEdge.EdgeComponent,
} satisfies Record<VsmEdgeType, unknown> satisfies EdgeTypes;

/** The icon of a node type: `<Glyph size={32} title="Process" />`. */
export function glyphFor(type: VsmNodeType): ComponentType<GlyphProps> {
  return SYMBOLS[type].Glyph;
}

/** A short sample line of an edge type for the flow-type picker. */
export function edgeGlyphFor(type: VsmEdgeType): ComponentType<EdgeGlyphProps> {
  return EDGES[type].Glyph;
}

/** Default width and height in px of a node type at zoom 1 (where to place, how much room). */
export function nodeSize(type: VsmNodeType): NodeSize {
  return SYMBOLS[type].size;
}

/**
 * A node drawn as SVG at its position, from its data: the standard shape, its name and its data
 * box lines, in `locale`. Stock days computed by the analysis can be passed as the canvas shows them.
 */
export function symbolSvg(
  node: VsmNode, locale: SymbolLocale, options: { stockDaysById?: ReadonlyMap<string, number> } = {},
): ReactElement {
  // Each view draws its own type; the map by type cannot say so to the compiler for a union.
  const Svg = SYMBOLS[node.type].Svg as ComponentType<SymbolSvgProps<VsmNodeType>>;
  return createElement(Svg, { key: node.id, node: node as NodeOf<VsmNodeType>, locale, ...options });
}

/** How an edge type is routed (`step`, `straight`, `curve`; a rework loop is always a curve), for the exports' bounds. */
export function edgeRouteStyle(edge: VsmEdge): 'step' | 'straight' | 'curve' {
  return edge.data?.rework === true ? 'curve' : EDGES[edge.type].look.route;
}

/** An edge drawn as SVG between the given ends, as the canvas routes it: its shape and its label in `locale`. */
export function edgeSvg(edge: VsmEdge, ends: EdgeEnds, locale: SymbolLocale): ReactElement {
  return createElement(EDGES[edge.type].Svg, { key: edge.id, edge, ends, locale });
}
