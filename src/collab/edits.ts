import type * as Y from 'yjs';
import { FORBIDDEN_KEYS } from '../domain/schema';
import type { MapSettings, MapState, StateKey, VsmEdge, VsmEdgeType, VsmNode, XYPosition } from '../domain/types';
import { copyJson, jsonEqual } from './json';
import { asYMap, edgeToY, highestOrder, nodeToY, partOf, rootMap, stateMap, stateToY, type YMap } from './layout';

/**
 * The fine-grained edits a store makes to the shared document. Each changes only the keys it
 * names, so concurrent edits of other keys survive. Call them inside
 * `ydoc.transact(() => …, origin)` with the person's origin: one transaction is one undo step
 * and one update on the wire. Called alone, each is its own transaction with origin null.
 *
 * Values are taken as valid (the store checks them with the domain's validators first) and are
 * copied in, so later changes to the caller's objects never leak into the document. An edit of
 * something that is not there (deleted by someone else a moment ago) does nothing and returns false.
 */

/** Field changes: a value sets the key, `undefined` deletes it. */
export type FieldPatch = Record<string, unknown>;

function items(ydoc: Y.Doc, state: StateKey, part: 'nodes' | 'edges'): YMap | null {
  return partOf(stateMap(ydoc, state), part);
}

function item(ydoc: Y.Doc, state: StateKey, part: 'nodes' | 'edges', id: string): YMap | null {
  return asYMap(items(ydoc, state, part)?.get(id));
}

/** Sets or deletes each key of `patch` in `map`, leaving equal values alone (no update, no undo step). */
function patchMap(map: YMap, patch: FieldPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key)) throw new Error(`the key "${key}" is not allowed in a map`);
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
      continue;
    }
    const copy = copyJson(value);
    if (copy === undefined) throw new Error(`the value of "${key}" is not plain JSON data`);
    if (!jsonEqual(map.get(key), copy)) map.set(key, copy);
  }
}

/** Adds symbols on top of the others, in the given order. Returns false without a state to add to. */
export function addNodes(ydoc: Y.Doc, state: StateKey, nodes: readonly VsmNode[]): boolean {
  const map = items(ydoc, state, 'nodes');
  if (!map) return false;
  let order = highestOrder(map);
  for (const node of nodes) map.set(node.id, nodeToY(node, ++order));
  return true;
}

/** Deletes symbols and every arrow that touches them. */
export function removeNodes(ydoc: Y.Doc, state: StateKey, ids: readonly string[]): void {
  const nodes = items(ydoc, state, 'nodes');
  const edges = items(ydoc, state, 'edges');
  if (!nodes) return;
  const gone = new Set(ids);
  for (const id of gone) if (nodes.has(id)) nodes.delete(id);
  if (!edges) return;
  const touching: string[] = [];
  edges.forEach((value, id) => {
    const edge = asYMap(value);
    if (edge && (gone.has(edge.get('source') as string) || gone.has(edge.get('target') as string))) touching.push(id);
  });
  for (const id of touching) edges.delete(id);
}

/** Moves symbols (top-left corner, flow coordinates). */
export function moveNodes(ydoc: Y.Doc, state: StateKey, moves: ReadonlyArray<{ id: string; position: XYPosition }>): void {
  for (const { id, position } of moves) {
    const node = item(ydoc, state, 'nodes', id);
    const next = { x: position.x, y: position.y };
    if (node && !jsonEqual(node.get('position'), next)) node.set('position', next);
  }
}

/** Changes fields of a symbol's data (`undefined` deletes a field). */
export function setNodeData(ydoc: Y.Doc, state: StateKey, id: string, patch: FieldPatch): boolean {
  const data = asYMap(item(ydoc, state, 'nodes', id)?.get('data'));
  if (!data) return false;
  patchMap(data, patch);
  return true;
}

/** Changes a symbol's other top-level fields (`width`, `height`, fields of newer versions). */
export function setNodeExtra(ydoc: Y.Doc, state: StateKey, id: string, patch: FieldPatch): boolean {
  const extra = asYMap(item(ydoc, state, 'nodes', id)?.get('extra'));
  if (!extra) return false;
  patchMap(extra, patch);
  return true;
}

/** Brings symbols to the front (the end of the node order), keeping their order among themselves. */
export function bringNodesToFront(ydoc: Y.Doc, state: StateKey, ids: readonly string[]): void {
  const map = items(ydoc, state, 'nodes');
  if (!map) return;
  let order = highestOrder(map);
  for (const id of ids) asYMap(map.get(id))?.set('order', ++order);
}

/** Adds arrows after the others. Returns false without a state to add to. */
export function addEdges(ydoc: Y.Doc, state: StateKey, edges: readonly VsmEdge[]): boolean {
  const map = items(ydoc, state, 'edges');
  if (!map) return false;
  let order = highestOrder(map);
  for (const edge of edges) map.set(edge.id, edgeToY(edge, ++order));
  return true;
}

export function removeEdges(ydoc: Y.Doc, state: StateKey, ids: readonly string[]): void {
  const map = items(ydoc, state, 'edges');
  if (!map) return;
  for (const id of ids) if (map.has(id)) map.delete(id);
}

export interface EdgeChange {
  type?: VsmEdgeType;
  /** Data fields: a value sets, `undefined` deletes. */
  data?: FieldPatch;
  /** `sourceHandle`, `targetHandle` and other top-level fields. */
  extra?: FieldPatch;
}

/** Retypes an arrow and/or changes its fields. */
export function updateEdge(ydoc: Y.Doc, state: StateKey, id: string, change: EdgeChange): boolean {
  const edge = item(ydoc, state, 'edges', id);
  if (!edge) return false;
  if (change.type !== undefined && edge.get('type') !== change.type) edge.set('type', change.type);
  const data = asYMap(edge.get('data'));
  if (change.data && data) patchMap(data, change.data);
  const extra = asYMap(edge.get('extra'));
  if (change.extra && extra) patchMap(extra, change.extra);
  return true;
}

/** Changes map settings of one state, key by key. */
export function setSettings(ydoc: Y.Doc, state: StateKey, patch: Partial<MapSettings>): boolean {
  const settings = partOf(stateMap(ydoc, state), 'settings');
  if (!settings) return false;
  patchMap(settings, patch);
  return true;
}

export function setTitle(ydoc: Y.Doc, title: string): void {
  patchMap(rootMap(ydoc), { title });
}

/** Sets the product, or clears it with `undefined`. */
export function setProduct(ydoc: Y.Doc, product: string | undefined): void {
  patchMap(rootMap(ydoc), { product });
}

/**
 * Puts a future state in the document (made by the domain's `startFutureFromCurrent` with
 * `newId`). Two people starting one at the same time: one of the two copies wins as a whole.
 */
export function startFutureState(ydoc: Y.Doc, future: MapState): void {
  rootMap(ydoc).set('future', stateToY(future));
}

/** Removes the future state. Edits made in it at the same time by others go with it. */
export function removeFutureState(ydoc: Y.Doc): void {
  const root = rootMap(ydoc);
  if (root.has('future')) root.delete('future');
}
