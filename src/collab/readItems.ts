/**
 * Reading one symbol or one arrow out of the shared document, and the repairs a merge can need
 * across them (references to a deleted step, loops closed at the same time). `document.ts`
 * reads a whole state with these; `readCache.ts` reads only what a transaction touched.
 */
import { fieldsOf } from '../domain/fields';
import { findMaterialLoop } from '../domain/graph';
import { FORBIDDEN_KEYS, MAX_ID_CHARS, checkId, checkPosition } from '../domain/schema';
import {
  EDGE_TYPES, NODE_TYPES, isMaterialEdge, type VsmEdge, type VsmEdgeType, type VsmNode, type VsmNodeType,
} from '../domain/types';
import { validateEdgeFieldValue, validateFieldValue } from '../domain/validate';
import { copyJson } from './json';
import { asYMap, type YMap } from './layout';

/** What `readDocument` changed to turn a merged Y.Doc into a valid document. */
export type RepairCode =
  /** A symbol of an unknown type, or with an unusable id: left out. */
  | 'node-dropped'
  /** An arrow whose symbol is gone (deleted by someone else at the same time), of an unknown type, or whose id a symbol has: left out. */
  | 'edge-dropped'
  /** A field with a value the validator refuses, or a reference (`stepId`) to a symbol that is gone: left out. */
  | 'field-dropped'
  /** A symbol without a usable position: shown at 0, 0. */
  | 'position-reset'
  /** Arrows drawn at the same time closed a loop in the material flow: the newest arrow of the loop reads as a rework loop. */
  | 'edge-made-rework'
  /** A setting the validator refuses (alone, or with another changed at the same time): its default, or fewer shifts. */
  | 'setting-repaired'
  /** A text of an SOP draft the validator refuses (too long, not text): read as empty; an unusable draft or item: left out. */
  | 'sop-field-dropped';

export interface Repair {
  code: RepairCode;
  /** Where, as the validator names paths: `states.current.edges.e-abc`. */
  path: string;
}

export interface NodeEntry { node: VsmNode; order: number }
export interface EdgeEntry { edge: VsmEdge; order: number }

/** What reading one item gave: its entry (null: left out) and what was repaired in it. */
export interface ItemRead<T> { entry: T | null; repairs: readonly Repair[] }

/** Items read before, by their Y.Map (`ReadCache` in `readCache.ts`). */
export interface ItemCache {
  get(item: YMap): (NodeEntry & { repairs: Repair[] }) | undefined;
  set(item: YMap, entry: NodeEntry & { repairs: Repair[] }): void;
  getEdge(item: YMap): (EdgeEntry & { repairs: Repair[] }) | undefined;
  setEdge(item: YMap, entry: EdgeEntry & { repairs: Repair[] }): void;
}

/** Which ids a state holds: a Set, or the index of a state read before. */
export interface IdSet { has(id: string): boolean }

export function orderOf(map: YMap): number {
  const order = map.get('order');
  return typeof order === 'number' && Number.isFinite(order) ? order : 0;
}

const byOrderThenId = (aOrder: number, aId: string, bOrder: number, bId: string): number =>
  aOrder - bOrder || (aId < bId ? -1 : aId > bId ? 1 : 0);

/** Symbols and arrows in the order every replica reads them: by `order`, then id. */
export const byNodeOrder = (a: NodeEntry, b: NodeEntry): number => byOrderThenId(a.order, a.node.id, b.order, b.node.id);
export const byEdgeOrder = (a: EdgeEntry, b: EdgeEntry): number => byOrderThenId(a.order, a.edge.id, b.order, b.edge.id);

function usableId(id: string): boolean {
  return id.length <= MAX_ID_CHARS && checkId(id) === null;
}

/** The symbol `id` of a state's nodes map, from the cache unless a transaction touched it. */
export function readNodeItem(value: unknown, id: string, path: string, cache: ItemCache | null): ItemRead<NodeEntry> {
  const item = asYMap(value);
  const cached = item ? cache?.get(item) : undefined;
  if (cached) return { entry: { node: cached.node, order: cached.order }, repairs: cached.repairs };
  const type = item?.get('type');
  const nodePath = `${path}.nodes.${id}`;
  if (!item || !usableId(id) || typeof type !== 'string' || !(NODE_TYPES as readonly string[]).includes(type)) {
    return { entry: null, repairs: [{ code: 'node-dropped', path: nodePath }] };
  }
  const own: Repair[] = [];
  const nodeType = type as VsmNodeType;
  let position = copyJson(item.get('position'));
  if (checkPosition(position) !== null) {
    position = { x: 0, y: 0 };
    own.push({ code: 'position-reset', path: nodePath });
  }
  const data = readFields(asYMap(item.get('data')), (key, v) => validateFieldValue(nodeType, key, v).ok || !isKnownNodeField(nodeType, key), `${nodePath}.data`, own, nodeFieldOrder(nodeType));
  const node = { id, type: nodeType, position, data } as Record<string, unknown>;
  Object.assign(node, readExtra(asYMap(item.get('extra')), nodePath, own));
  const entry: NodeEntry = { node: node as unknown as VsmNode, order: orderOf(item) };
  cache?.set(item, { ...entry, repairs: own });
  return { entry, repairs: own };
}

/**
 * The arrow `id` of a state's edges map, from the cache unless a transaction touched it; its
 * ends are checked on every read, since someone may have deleted a symbol it joins.
 */
export function readEdgeItem(value: unknown, id: string, nodeIds: IdSet, path: string, cache: ItemCache | null): ItemRead<EdgeEntry> {
  const item = asYMap(value);
  const edgePath = `${path}.edges.${id}`;
  const dropped: ItemRead<EdgeEntry> = { entry: null, repairs: [{ code: 'edge-dropped', path: edgePath }] };
  const cached = item ? cache?.getEdge(item) : undefined;
  if (cached) {
    const { source, target } = cached.edge;
    if (nodeIds.has(id) || !nodeIds.has(source) || !nodeIds.has(target)) return dropped;
    return { entry: { edge: cached.edge, order: cached.order }, repairs: cached.repairs };
  }
  const type = item?.get('type');
  const source = item?.get('source');
  const target = item?.get('target');
  if (
    !item || !usableId(id) || nodeIds.has(id)
    || typeof type !== 'string' || !(EDGE_TYPES as readonly string[]).includes(type)
    || typeof source !== 'string' || typeof target !== 'string' || !nodeIds.has(source) || !nodeIds.has(target)
  ) {
    return dropped;
  }
  const own: Repair[] = [];
  const edge: Record<string, unknown> = { id, type: type as VsmEdgeType, source, target };
  Object.assign(edge, readExtra(asYMap(item.get('extra')), edgePath, own));
  const data = readFields(asYMap(item.get('data')), (key, v) => validateEdgeFieldValue(key, v).ok || !EDGE_FIELD_KEYS.includes(key), `${edgePath}.data`, own, EDGE_FIELD_KEYS);
  if (Object.keys(data).length > 0) edge.data = data;
  const entry: EdgeEntry = { edge: edge as unknown as VsmEdge, order: orderOf(item) };
  cache?.setEdge(item, { ...entry, repairs: own });
  return { entry, repairs: own };
}

/** Every symbol of a nodes map, in order. */
export function readNodes(map: YMap | null, path: string, repairs: Repair[], cache: ItemCache | null): NodeEntry[] {
  const entries: NodeEntry[] = [];
  map?.forEach((value, id) => {
    const read = readNodeItem(value, id, path, cache);
    repairs.push(...read.repairs);
    if (read.entry) entries.push(read.entry);
  });
  return entries.sort(byNodeOrder);
}

/** Every arrow of an edges map whose ends are among `nodeIds`, in order. */
export function readEdges(map: YMap | null, nodeIds: IdSet, path: string, repairs: Repair[], cache: ItemCache | null): EdgeEntry[] {
  const entries: EdgeEntry[] = [];
  map?.forEach((value, id) => {
    const read = readEdgeItem(value, id, nodeIds, path, cache);
    repairs.push(...read.repairs);
    if (read.entry) entries.push(read.entry);
  });
  return entries.sort(byEdgeOrder);
}

const EDGE_FIELD_KEYS = ['label', 'rework', 'distanceM', 'transitDays'];

function nodeFieldOrder(type: VsmNodeType): string[] {
  return [...fieldsOf(type).map((field) => field.key), 'originId'];
}

function isKnownNodeField(type: VsmNodeType, key: string): boolean {
  return key === 'originId' || fieldsOf(type).some((field) => field.key === key);
}

/** Fields of a `data` map: known keys in catalog order, then unknown ones by name. */
function readFields(
  map: YMap | null,
  accept: (key: string, value: unknown) => boolean,
  path: string,
  repairs: Repair[],
  knownOrder: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!map) return out;
  const keys = [...map.keys()].sort((a, b) => rank(knownOrder, a) - rank(knownOrder, b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const value = copyJson(map.get(key));
    if (value === undefined || FORBIDDEN_KEYS.has(key) || !accept(key, value)) {
      repairs.push({ code: 'field-dropped', path: `${path}.${key}` });
      continue;
    }
    out[key] = value;
  }
  return out;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

const EXTRA_ORDER = ['width', 'height', 'sourceHandle', 'targetHandle'];

/** Top-level fields besides the structural ones, each checked where the schema has a rule for it. */
function readExtra(map: YMap | null, path: string, repairs: Repair[]): Record<string, unknown> {
  return readFields(map, (key, value) => {
    if (key === 'width' || key === 'height') return typeof value === 'number' && value >= 0;
    if (key === 'sourceHandle' || key === 'targetHandle') return value === null || typeof value === 'string';
    if (key === 'id' || key === 'type' || key === 'position' || key === 'data' || key === 'source' || key === 'target') return false;
    return true;
  }, path, repairs, EXTRA_ORDER);
}

/** The fields of `node` that refer (`stepId`) to a symbol not among `ids`. */
export function danglingRefs(node: VsmNode, ids: IdSet): string[] {
  const data = node.data as Record<string, unknown>;
  const keys: string[] = [];
  for (const field of fieldsOf(node.type)) {
    if (field.kind !== 'nodeRef') continue;
    const ref = data[field.key];
    if (typeof ref === 'string' && !ids.has(ref)) keys.push(field.key);
  }
  return keys;
}

/** Node references (`stepId`) to symbols that are not in this state are left out. */
export function dropDanglingRefs(nodes: NodeEntry[], nodeIds: IdSet, path: string, repairs: Repair[]): void {
  for (const entry of nodes) {
    const keys = danglingRefs(entry.node, nodeIds);
    if (keys.length === 0) continue;
    // A copy: the node read may be the cached one the views already hold (and immer froze).
    const rest = { ...(entry.node.data as Record<string, unknown>) };
    for (const key of keys) {
      delete rest[key];
      repairs.push({ code: 'field-dropped', path: `${path}.nodes.${entry.node.id}.data.${key}` });
    }
    entry.node = { ...entry.node, data: rest } as VsmNode;
  }
}

/** Turns the newest arrow of each material loop into a rework loop until the flow has none. */
export function breakMaterialLoops(nodes: NodeEntry[], edges: EdgeEntry[], path: string, repairs: Repair[]): void {
  const state = { nodes: nodes.map((entry) => entry.node), edges: edges.map((entry) => entry.edge) };
  for (let guard = 0; guard <= edges.length; guard++) {
    const loop = findMaterialLoop(state);
    if (!loop) return;
    const steps = new Set(loop.map((id, i) => `${id}\u0000${loop[(i + 1) % loop.length]}`));
    let at = -1;
    for (let index = 0; index < edges.length; index++) {
      const entry = edges[index]!;
      const { edge } = entry;
      if (!isMaterialEdge(edge) || edge.data?.rework === true || !steps.has(`${edge.source}\u0000${edge.target}`)) continue;
      const newest = at < 0 ? null : edges[at]!;
      if (!newest || byEdgeOrder(entry, newest) > 0) at = index;
    }
    if (at < 0) return;
    const chosen = edges[at]!;
    // A copy: the edge read may be the cached one the views already hold (and immer froze).
    chosen.edge = { ...chosen.edge, data: { ...chosen.edge.data, rework: true } };
    state.edges[at] = chosen.edge;
    repairs.push({ code: 'edge-made-rework', path: `${path}.edges.${chosen.edge.id}` });
  }
}
