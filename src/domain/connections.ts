import { nodeRef } from './analysis/labels';
import { findMaterialLoop } from './graph';
import { message, type Message, type MessageCode, type MessageParams } from './messages';
import { connectionRulesOf, nodeSymbol } from './symbols';
import { MATERIAL_EDGE_TYPES, type MapState, type VsmEdgeType } from './types';

/** The answer to "may these two symbols be joined by this arrow?", with a reason to show if not. */
export type ConnectionCheck = { ok: true } | { ok: false; reason: Message };

export interface ConnectionOptions {
  /** The new edge is a rework (return) loop, so it may close a loop in the material flow. */
  rework?: boolean;
  /** An existing edge to leave out of the duplicate and loop checks (when retyping it). */
  ignoreEdgeId?: string;
}

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

  // What each symbol's module says of arrows (`symbols/<type>.ts`); an annotation has no rules.
  const from = connectionRulesOf(source.type);
  const to = connectionRulesOf(target.type);
  if (from === null) return refuse('connection.floating', { type: source.type });
  if (to === null) return refuse('connection.floating', { type: target.type });

  if (MATERIAL_EDGE_TYPES.includes(edgeType)) {
    for (const node of [source, target]) {
      if (!nodeSymbol(node.type).material) {
        return refuse('connection.holdsNoMaterial', { edgeType, type: node.type });
      }
    }
  }
  if (INFO_EDGE_TYPES.includes(edgeType)) {
    if (to.information === 'notTarget') {
      return refuse('connection.infoIntoStock', { edgeType, type: target.type });
    }
    // A process counts as an information symbol only as the receiver of a schedule.
    const touchesInformation = from.information === 'endpoint'
      || to.information === 'endpoint' || to.information === 'scheduleReceiver';
    if (!touchesInformation) {
      return refuse('connection.infoNeedsInfoEnd', { edgeType });
    }
  }
  if (edgeType === 'kanban-path') {
    for (const [node, rules] of [[source, from], [target, to]] as const) {
      if (!rules.kanbanPath) {
        return refuse('connection.kanbanPathEnd', { edgeType, type: node.type });
      }
    }
  }
  if (edgeType === 'shipment') {
    for (const [node, rules] of [[source, from], [target, to]] as const) {
      if (rules.shipment === 'none') {
        return refuse('connection.shipmentEnd', { edgeType, type: node.type });
      }
    }
    if (from.shipment !== 'external' && to.shipment !== 'external') {
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
