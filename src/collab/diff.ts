import type * as Y from 'yjs';
import type { MapState, StateKey, VsmDocument, VsmEdge, VsmNode } from '../domain/types';
import {
  addEdges, addNodes, moveNodes, removeEdges, removeFutureState, removeNodes, setNodeData, setNodeExtra,
  setProduct, setSettings, setTitle, startFutureState, updateEdge, type FieldPatch,
} from './edits';
import { writeSopsChange } from './sops';

/**
 * Writes the difference between two versions of a document into the shared one, key by key,
 * through the fine-grained edits (`edits.ts`): the store keeps its commands as immer recipes on a
 * plain document, and only what a command changed reaches the room, so two people's edits of
 * different fields both survive. Unchanged parts are found by identity (immer shares them), so a
 * change costs in proportion to what changed, not to the size of the map.
 *
 * Call inside `ydoc.transact(…, origin)`. The viewport is each person's own: never written.
 */
export function writeDocumentChange(ydoc: Y.Doc, before: VsmDocument, after: VsmDocument): void {
  if (before === after) return;
  if (after.title !== before.title) setTitle(ydoc, after.title);
  if (after.product !== before.product) setProduct(ydoc, after.product);
  if (after.sops !== before.sops) writeSopsChange(ydoc, before.sops ?? {}, after.sops ?? {});
  writeStateChange(ydoc, 'current', before.states.current, after.states.current);
  const [was, is] = [before.states.future, after.states.future];
  if (was === is) return;
  if (is === null) removeFutureState(ydoc);
  else if (was === null) startFutureState(ydoc, is);
  else writeStateChange(ydoc, 'future', was, is);
}

function writeStateChange(ydoc: Y.Doc, key: StateKey, before: MapState, after: MapState): void {
  if (before === after) return;
  if (before.settings !== after.settings) setSettings(ydoc, key, after.settings);
  if (before.nodes !== after.nodes) writeNodes(ydoc, key, before.nodes, after.nodes);
  if (before.edges !== after.edges) writeEdges(ydoc, key, before.edges, after.edges);
}

const NODE_OWN_KEYS = new Set(['id', 'type', 'position', 'data']);
const EDGE_OWN_KEYS = new Set(['id', 'type', 'source', 'target', 'data']);

function writeNodes(ydoc: Y.Doc, key: StateKey, before: readonly VsmNode[], after: readonly VsmNode[]): void {
  const old = new Map(before.map((n) => [n.id, n]));
  const kept = new Set(after.map((n) => n.id));
  const gone = before.filter((n) => !kept.has(n.id)).map((n) => n.id);
  if (gone.length > 0) removeNodes(ydoc, key, gone);
  const added: VsmNode[] = [];
  const moves: { id: string; position: VsmNode['position'] }[] = [];
  for (const node of after) {
    const was = old.get(node.id);
    if (was === undefined || was.type !== node.type) {
      // A new symbol (or one whose type changed, which no command does): added whole.
      if (was !== undefined) removeNodes(ydoc, key, [node.id]);
      added.push(node);
      continue;
    }
    if (was === node) continue;
    if (was.position !== node.position) moves.push({ id: node.id, position: node.position });
    if (was.data !== node.data) setNodeData(ydoc, key, node.id, patchBetween(was.data, node.data));
    const extra = patchBetween(was, node, NODE_OWN_KEYS);
    if (Object.keys(extra).length > 0) setNodeExtra(ydoc, key, node.id, extra);
  }
  if (moves.length > 0) moveNodes(ydoc, key, moves);
  if (added.length > 0) addNodes(ydoc, key, added);
}

function writeEdges(ydoc: Y.Doc, key: StateKey, before: readonly VsmEdge[], after: readonly VsmEdge[]): void {
  const old = new Map(before.map((e) => [e.id, e]));
  const kept = new Set(after.map((e) => e.id));
  const gone = before.filter((e) => !kept.has(e.id)).map((e) => e.id);
  const added: VsmEdge[] = [];
  for (const edge of after) {
    const was = old.get(edge.id);
    if (was === edge) continue;
    if (was === undefined || was.source !== edge.source || was.target !== edge.target) {
      // A reconnected arrow is a new arrow: its ends are what it is.
      if (was !== undefined) gone.push(edge.id);
      added.push(edge);
      continue;
    }
    updateEdge(ydoc, key, edge.id, {
      type: edge.type,
      data: patchBetween(was.data ?? {}, edge.data ?? {}),
      extra: patchBetween(was, edge, EDGE_OWN_KEYS),
    });
  }
  if (gone.length > 0) removeEdges(ydoc, key, gone);
  if (added.length > 0) addEdges(ydoc, key, added);
}

/** The keys whose values differ, with `undefined` for the keys that went. */
function patchBetween(before: object, after: object, skip?: ReadonlySet<string>): FieldPatch {
  const was = before as Record<string, unknown>;
  const is = after as Record<string, unknown>;
  const patch: FieldPatch = {};
  for (const [k, value] of Object.entries(is)) {
    if (skip?.has(k) || value === undefined) continue;
    if (was[k] !== value) patch[k] = value;
  }
  for (const k of Object.keys(was)) {
    if (skip?.has(k)) continue;
    if (is[k] === undefined && was[k] !== undefined) patch[k] = undefined;
  }
  return patch;
}
