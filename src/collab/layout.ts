import * as Y from 'yjs';
import type { MapState, StateKey, VsmEdge, VsmNode } from '../domain/types';
import { copyJson } from './json';

/**
 * How an Arus document lives in a Y.Doc. Everything hangs under one root map, so one
 * UndoManager scope and one `observeDeep` see the whole document:
 *
 *   root (Y.Map 'arus')   format, schemaVersion, title, product, unknown document fields
 *     current, future     Y.Map per state (no `future` key: no future state)
 *       settings          Y.Map: one key per setting
 *       nodes             Y.Map: node id → Y.Map { type, position, order, data: Y.Map, extra: Y.Map }
 *       edges             Y.Map: edge id → Y.Map { type, source, target, order, data: Y.Map, extra: Y.Map }
 *       other keys        unknown fields of the state, plain values
 *     sops                Y.Map: the SOP drafts by step id (schema 2; see `sops.ts`)
 *
 * Merging works per key: two people changing different fields of one symbol both win; the same
 * field is last-writer-wins (Yjs orders concurrent writes the same way on every replica). Text
 * fields are plain values too: the inspector commits a whole field at a time, so merging the
 * characters of two concurrent versions (Y.Text) would make a word neither person typed.
 * `position` is one value, so a move is never half applied. `order` keeps the array order of
 * the file: a new symbol gets the highest order plus one and two concurrent ones are told apart
 * by id. `extra` holds the node's or edge's other top-level fields (`width`, `sourceHandle`,
 * fields of a newer version), so no field name can clash with `order`. The viewport is each
 * person's own and never enters the shared document.
 */
export const ROOT_KEY = 'arus';

export type YMap = Y.Map<unknown>;

/** The root map: the scope for an UndoManager and `observeDeep`. */
export function rootMap(ydoc: Y.Doc): YMap {
  return ydoc.getMap<unknown>(ROOT_KEY);
}

/** Whether the Y.Doc holds a document yet (a new room is empty until someone fills it). */
export function hasDocument(ydoc: Y.Doc): boolean {
  return rootMap(ydoc).get('current') instanceof Y.Map;
}

export function asYMap(value: unknown): YMap | null {
  return value instanceof Y.Map ? (value as YMap) : null;
}

/** The map of one state, or null (no future state, or an empty document). */
export function stateMap(ydoc: Y.Doc, key: StateKey): YMap | null {
  return asYMap(rootMap(ydoc).get(key));
}

/** The `nodes`, `edges` or `settings` map of a state, or null. */
export function partOf(state: YMap | null, part: 'nodes' | 'edges' | 'settings'): YMap | null {
  return state ? asYMap(state.get(part)) : null;
}

/** A Y.Map of plain fields; `undefined` values are left out. */
export function fieldsToY(fields: Record<string, unknown> | undefined): YMap {
  const map = new Y.Map<unknown>();
  if (fields) {
    for (const [key, value] of Object.entries(fields)) {
      const copy = copyJson(value);
      if (copy !== undefined) map.set(key, copy);
    }
  }
  return map;
}

const NODE_OWN_KEYS = new Set(['id', 'type', 'position', 'data']);
const EDGE_OWN_KEYS = new Set(['id', 'type', 'source', 'target', 'data']);

function extraOf(item: object, own: ReadonlySet<string>): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!own.has(key)) extra[key] = value;
  return extra;
}

export function nodeToY(node: VsmNode, order: number): YMap {
  const map = new Y.Map<unknown>();
  map.set('type', node.type);
  map.set('position', copyJson(node.position) ?? { x: 0, y: 0 });
  map.set('order', order);
  map.set('data', fieldsToY(node.data as Record<string, unknown>));
  map.set('extra', fieldsToY(extraOf(node, NODE_OWN_KEYS)));
  return map;
}

export function edgeToY(edge: VsmEdge, order: number): YMap {
  const map = new Y.Map<unknown>();
  map.set('type', edge.type);
  map.set('source', edge.source);
  map.set('target', edge.target);
  map.set('order', order);
  // Always there, so two people giving an arrow its first field never race to create it.
  map.set('data', fieldsToY(edge.data as Record<string, unknown> | undefined));
  map.set('extra', fieldsToY(extraOf(edge, EDGE_OWN_KEYS)));
  return map;
}

const STATE_OWN_KEYS = new Set(['settings', 'nodes', 'edges', 'viewport']);

export function stateToY(state: MapState): YMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(state)) {
    if (STATE_OWN_KEYS.has(key)) continue;
    const copy = copyJson(value);
    if (copy !== undefined) map.set(key, copy);
  }
  map.set('settings', fieldsToY(state.settings as unknown as Record<string, unknown>));
  const nodes = new Y.Map<unknown>();
  state.nodes.forEach((node, i) => nodes.set(node.id, nodeToY(node, i)));
  const edges = new Y.Map<unknown>();
  state.edges.forEach((edge, i) => edges.set(edge.id, edgeToY(edge, i)));
  map.set('nodes', nodes);
  map.set('edges', edges);
  return map;
}

/** The highest `order` among the items of a nodes or edges map (-1 when empty). */
export function highestOrder(items: YMap): number {
  let highest = -1;
  items.forEach((item) => {
    const order = asYMap(item)?.get('order');
    if (typeof order === 'number' && Number.isFinite(order) && order > highest) highest = order;
  });
  return highest;
}
