import { nodeRef } from './analysis/labels';
import { findMaterialLoop } from './graph';
import { message, type Message, type MessageCode, type MessageParams } from './messages';
import { nodeSymbol } from './symbols';
import {
  MATERIAL_EDGE_TYPES, PROCESS_TYPES, STOCK_TYPES,
  type MapState, type VsmEdgeType, type VsmNodeType,
} from './types';

/** The answer to "may these two symbols be joined by this arrow?", with a reason to show if not. */
export type ConnectionCheck = { ok: true } | { ok: false; reason: Message };

export interface ConnectionOptions {
  /** The new edge is a rework (return) loop, so it may close a loop in the material flow. */
  rework?: boolean;
  /** An existing edge to leave out of the duplicate and loop checks (when retyping it). */
  ignoreEdgeId?: string;
}

/** Symbols that float on the map: annotations, never the end of an arrow. */
const FLOATING_TYPES: readonly VsmNodeType[] = ['kaizen', 'quality', 'note', 'operator'];

/** Symbols that send or receive information in their own right. */
const INFORMATION_TYPES: readonly VsmNodeType[] = [
  'control', 'kanban-production', 'kanban-withdrawal', 'kanban-signal', 'kanban-post', 'heijunka',
  'go-see', 'customer', 'supplier',
];

const KANBAN_PATH_TYPES: readonly VsmNodeType[] = [
  'kanban-production', 'kanban-withdrawal', 'kanban-signal', 'kanban-post', 'supermarket', 'heijunka',
  'process', 'workcell',
];

/** Where a shipment arrow may start or end: outside partners, trucks, and the stocks at the ends. */
const SHIPMENT_END_TYPES: readonly VsmNodeType[] = ['supplier', 'customer', 'transport', ...STOCK_TYPES];
const EXTERNAL_TYPES: readonly VsmNodeType[] = ['supplier', 'customer', 'transport'];

const INFO_EDGE_TYPES: readonly VsmEdgeType[] = ['manual-info', 'electronic-info'];

function refuse<C extends MessageCode>(code: C, params: MessageParams[C]): ConnectionCheck {
  return { ok: false, reason: message(code, params) };
}

/**
 * Checks whether an edge of `edgeType` from `sourceId` to `targetId` makes sense in a value stream
 * map: no self-loops, material arrows between material symbols, information arrows touching an
 * information symbol and never into a stock, kanban paths and shipments between their symbols, no
 * duplicates, and no loop in the material flow unless the edge is rework.
 */
export function checkConnection(
  map: Pick<MapState, 'nodes' | 'edges'>,
  sourceId: string,
  targetId: string,
  edgeType: VsmEdgeType,
  options: ConnectionOptions = {},
): ConnectionCheck {
  const source = map.nodes.find((n) => n.id === sourceId);
  const target = map.nodes.find((n) => n.id === targetId);
  if (!source || !target) return refuse('connection.nodeGone', {});
  if (sourceId === targetId) return refuse('connection.selfLoop', {});

  for (const node of [source, target]) {
    if (FLOATING_TYPES.includes(node.type)) {
      return refuse('connection.floating', { type: node.type });
    }
  }

  if (MATERIAL_EDGE_TYPES.includes(edgeType)) {
    for (const node of [source, target]) {
      if (!nodeSymbol(node.type).material) {
        return refuse('connection.holdsNoMaterial', { edgeType, type: node.type });
      }
    }
  }
  if (INFO_EDGE_TYPES.includes(edgeType)) {
    if (STOCK_TYPES.includes(target.type)) {
      return refuse('connection.infoIntoStock', { edgeType, type: target.type });
    }
    // A process counts as an information symbol only as the receiver of a schedule.
    const touchesInformation = INFORMATION_TYPES.includes(source.type)
      || INFORMATION_TYPES.includes(target.type) || PROCESS_TYPES.includes(target.type);
    if (!touchesInformation) {
      return refuse('connection.infoNeedsInfoEnd', { edgeType });
    }
  }
  if (edgeType === 'kanban-path') {
    for (const node of [source, target]) {
      if (!KANBAN_PATH_TYPES.includes(node.type)) {
        return refuse('connection.kanbanPathEnd', { edgeType, type: node.type });
      }
    }
  }
  if (edgeType === 'shipment') {
    for (const node of [source, target]) {
      if (!SHIPMENT_END_TYPES.includes(node.type)) {
        return refuse('connection.shipmentEnd', { edgeType, type: node.type });
      }
    }
    if (!EXTERNAL_TYPES.includes(source.type) && !EXTERNAL_TYPES.includes(target.type)) {
      return refuse('connection.shipmentNeedsExternal', { edgeType });
    }
  }

  const edges = options.ignoreEdgeId === undefined ? map.edges : map.edges.filter((e) => e.id !== options.ignoreEdgeId);
  if (edges.some((e) => e.type === edgeType && e.source === sourceId && e.target === targetId)) {
    return refuse('connection.duplicate', { edgeType });
  }

  if (MATERIAL_EDGE_TYPES.includes(edgeType) && options.rework !== true) {
    // Only blame the new edge for a loop it closes; a map that already has one is reported by the analysis.
    if (findMaterialLoop({ nodes: map.nodes, edges }) === null) {
      const withEdge = [...edges, { id: '\u0000new', type: edgeType, source: sourceId, target: targetId }];
      const loop = findMaterialLoop({ nodes: map.nodes, edges: withEdge });
      if (loop !== null) {
        const byId = new Map(map.nodes.map((n) => [n.id, n]));
        // Read the loop from where the new arrow points, so it ends with the new arrow.
        const start = Math.max(0, loop.indexOf(targetId));
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        return refuse('connection.closesLoop', { nodes: rotated.map((id) => nodeRef(byId.get(id)!)) });
      }
    }
  }
  return { ok: true };
}
