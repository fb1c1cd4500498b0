/**
 * Every VSM symbol and edge type for React Flow, declared once at module scope (React Flow
 * re-mounts every node when these objects change identity), plus glyphs and default sizes
 * for the palette.
 */
import type { ComponentType } from 'react';
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { VsmEdgeType, VsmNodeType } from '../domain/types';
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
import type { GlyphProps, NodeSize } from './symbols/shared';
import * as ElectronicInfoEdge from './edges/ElectronicInfoEdge';
import * as KanbanPathEdge from './edges/KanbanPathEdge';
import * as ManualInfoEdge from './edges/ManualInfoEdge';
import * as MaterialEdge from './edges/MaterialEdge';
import * as PushEdge from './edges/PushEdge';
import * as ShipmentEdge from './edges/ShipmentEdge';
import * as WithdrawalEdge from './edges/WithdrawalEdge';
import type { EdgeGlyphProps } from './edges/base';

export { SymbolContext, type SymbolContextValue, type SymbolLocale } from './symbols/context';
export type { GlyphProps, NodeSize, FlowNode, SymbolNodeProps } from './symbols/shared';
export type { EdgeGlyphProps, FlowEdge, VsmEdgeProps } from './edges/base';

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
} satisfies Record<VsmNodeType, { Glyph: ComponentType<GlyphProps>; size: NodeSize }>;

const EDGES = {
  push: PushEdge,
  withdrawal: WithdrawalEdge,
  shipment: ShipmentEdge,
  material: MaterialEdge,
  'manual-info': ManualInfoEdge,
  'electronic-info': ElectronicInfoEdge,
  'kanban-path': KanbanPathEdge,
} satisfies Record<VsmEdgeType, { Glyph: ComponentType<EdgeGlyphProps> }>;

/** Node components by VSM node type, for `<ReactFlow nodeTypes={nodeTypes}>`. */
export const nodeTypes = {
  process: Process.NodeComponent,
  workcell: WorkCell.NodeComponent,
  supplier: Supplier.NodeComponent,
  customer: Customer.NodeComponent,
  inventory: Inventory.NodeComponent,
  supermarket: Supermarket.NodeComponent,
  fifo: Fifo.NodeComponent,
  buffer: Buffer.NodeComponent,
  transport: Transport.NodeComponent,
  operator: Operator.NodeComponent,
  control: Control.NodeComponent,
  'kanban-production': KanbanProduction.NodeComponent,
  'kanban-withdrawal': KanbanWithdrawal.NodeComponent,
  'kanban-signal': KanbanSignal.NodeComponent,
  'kanban-post': KanbanPost.NodeComponent,
  heijunka: Heijunka.NodeComponent,
  'go-see': GoSee.NodeComponent,
  kaizen: Kaizen.NodeComponent,
  quality: Quality.NodeComponent,
  note: Note.NodeComponent,
} satisfies Record<VsmNodeType, unknown> satisfies NodeTypes;

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
