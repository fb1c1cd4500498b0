import { labelOf } from './analysis/labels';
import { findMaterialLoop } from './graph';
import { edgeSymbol, nodeSymbol } from './symbols';
import {
  MATERIAL_EDGE_TYPES, PROCESS_TYPES, STOCK_TYPES,
  type MapState, type VsmEdgeType, type VsmNode, type VsmNodeType,
} from './types';

/** The answer to "may these two symbols be joined by this arrow?", with a reason to show if not. */
export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

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

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const refuse = (reason: string): ConnectionCheck => ({ ok: false, reason });

/** "an inventory", "a process": the symbol's English name with its article, for messages. */
function aSymbol(node: VsmNode): string {
  const name = nodeSymbol(node.type).name.en.toLowerCase();
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function arrowName(edgeType: VsmEdgeType): string {
  switch (edgeType) {
    case 'push': return 'A push arrow';
    case 'withdrawal': return 'A withdrawal arrow';
    case 'shipment': return 'A shipment arrow';
    case 'material': return 'A material arrow';
    case 'manual-info': return 'An information arrow';
    case 'electronic-info': return 'An electronic information arrow';
    case 'kanban-path': return 'A kanban path';
  }
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
  if (!source || !target) return refuse('That symbol is no longer on the map');
  if (sourceId === targetId) return refuse('An arrow cannot start and end at the same symbol');

  for (const node of [source, target]) {
    if (FLOATING_TYPES.includes(node.type)) {
      return refuse(`${capitalize(aSymbol(node))} floats on the map and takes no arrows`);
    }
  }

  const arrow = arrowName(edgeType);
  if (MATERIAL_EDGE_TYPES.includes(edgeType)) {
    for (const node of [source, target]) {
      if (!nodeSymbol(node.type).material) {
        return refuse(`${arrow} moves material; ${aSymbol(node)} holds no material`);
      }
    }
  }
  if (INFO_EDGE_TYPES.includes(edgeType)) {
    if (STOCK_TYPES.includes(target.type)) {
      return refuse(`${arrow} cannot point into ${aSymbol(target)}`);
    }
    // A process counts as an information symbol only as the receiver of a schedule.
    const touchesInformation = INFORMATION_TYPES.includes(source.type)
      || INFORMATION_TYPES.includes(target.type) || PROCESS_TYPES.includes(target.type);
    if (!touchesInformation) {
      return refuse(`${arrow} needs production control, a kanban, a customer or a supplier at one end, or a process receiving it`);
    }
  }
  if (edgeType === 'kanban-path') {
    for (const node of [source, target]) {
      if (!KANBAN_PATH_TYPES.includes(node.type)) {
        return refuse(`${arrow} joins kanbans, kanban posts, supermarkets, load leveling and processes; not ${aSymbol(node)}`);
      }
    }
  }
  if (edgeType === 'shipment') {
    for (const node of [source, target]) {
      if (!SHIPMENT_END_TYPES.includes(node.type)) {
        return refuse(`${arrow} runs between suppliers, customers, trucks and stocks; not ${aSymbol(node)}`);
      }
    }
    if (!EXTERNAL_TYPES.includes(source.type) && !EXTERNAL_TYPES.includes(target.type)) {
      return refuse(`${arrow} needs a supplier, a customer or a truck at one end; between two stocks use a material arrow`);
    }
  }

  const edges = options.ignoreEdgeId === undefined ? map.edges : map.edges.filter((e) => e.id !== options.ignoreEdgeId);
  if (edges.some((e) => e.type === edgeType && e.source === sourceId && e.target === targetId)) {
    return refuse(`These symbols are already joined by a ${edgeSymbol(edgeType).name.en.toLowerCase()}`);
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
        const names = [...rotated, rotated[0]!].map((id) => labelOf(byId.get(id)!));
        return refuse(`This arrow would close a loop in the material flow (${names.join(' → ')}); draw it as rework to show a return loop`);
      }
    }
  }
  return { ok: true };
}
