/**
 * What a reader keeps between reads of the shared document, so reading it again after an edit
 * costs what the edit touched, not the size of the map. On a 5,000-symbol map, walking every
 * symbol and arrow of a state (Yjs's `forEach`, the checks, the sort) was most of an edit's time.
 *
 * Two levels, both right only while the reader calls `forgetChanged` after every transaction of
 * the Y.Doc (the store does, in `afterTransaction`):
 * - each symbol and arrow read before, by its Y.Map, until a transaction touches it;
 * - each state's last read, when it needed no repairs: its symbols and arrows in order, and
 *   which ids every transaction since touched, added or removed. `readStateChange` then reads
 *   those ids alone.
 */
import type * as Y from 'yjs';
import { findMaterialLoop } from '../domain/graph';
import type { VsmEdge, VsmNode } from '../domain/types';
import { partOf, type YMap } from './layout';
import {
  byEdgeOrder, byNodeOrder, danglingRefs, readEdgeItem, readNodeItem,
  type EdgeEntry, type IdSet, type ItemCache, type NodeEntry, type Repair,
} from './readItems';
import type { SopReadCache } from './sops';

/** A state as last read, with no repairs: the start for reading only what changed since. */
export interface StateRead {
  nodesMap: YMap | null;
  edgesMap: YMap | null;
  nodes: readonly NodeEntry[];
  edges: readonly EdgeEntry[];
  /** Where each id sits in `nodes` and `edges`. */
  nodeIndex: ReadonlyMap<string, number>;
  edgeIndex: ReadonlyMap<string, number>;
  /** The lists that read handed out: a later read starts from it only if it is given these back. */
  nodeList: readonly VsmNode[];
  edgeList: readonly VsmEdge[];
}

export interface ReadCache extends ItemCache {
  /** Forgets what a transaction changed: the maps it changed and every map above them. */
  forgetChanged(transaction: Y.Transaction): void;
  /** SOP drafts read before, by their Y.Map (forgotten with the rest). */
  sops?: SopReadCache;
  /** The last clean read of a state map, if it is still a start for reading changes. */
  lastRead(state: YMap): StateRead | undefined;
  /** Keeps `read` as the start for the next read of `state`; null forgets it (the read needed repairs). */
  remember(state: YMap, read: StateRead | null): void;
  /** The keys of `map` (a remembered state, its nodes or its edges) changed since that read; `null` is a change without a key. */
  changedKeys(map: YMap | null): ReadonlySet<string | null>;
}

const NONE: ReadonlySet<string | null> = new Set();

export function newReadCache(): ReadCache {
  // A plain object of closures: the store keeps it in immer state, where class privates do not type-check.
  const nodes = new WeakMap<object, NodeEntry & { repairs: Repair[] }>();
  const edges = new WeakMap<object, EdgeEntry & { repairs: Repair[] }>();
  const sops: SopReadCache = new WeakMap();
  const reads = new WeakMap<object, StateRead>();
  // Keys changed since the last read, kept only for maps a remembered read watches.
  const changed = new WeakMap<object, Set<string | null>>();
  const note = (map: object, key: string | null) => changed.get(map)?.add(key);
  const watched = (read: StateRead, state: YMap) => [state, read.nodesMap, read.edgesMap].filter((map): map is YMap => map !== null);

  return {
    sops,
    get: (item) => nodes.get(item),
    set: (item, entry) => void nodes.set(item, entry),
    getEdge: (item) => edges.get(item),
    setEdge: (item, entry) => void edges.set(item, entry),
    forgetChanged(transaction) {
      for (const type of [...transaction.changed.keys(), ...transaction.changedParentTypes.keys()]) {
        nodes.delete(type);
        edges.delete(type);
        sops.delete(type);
      }
      // Each changed key, and up the tree the key under which the change happened: a change deep
      // in a symbol's data notes the symbol's id on its state's nodes map.
      for (const [type, keys] of transaction.changed) {
        for (const key of keys) note(type, key);
        let child = type;
        for (let item = child._item; item !== null; item = child._item) {
          const parent = item.parent as typeof type;
          note(parent, item.parentSub);
          child = parent;
        }
      }
    },
    lastRead: (state) => reads.get(state),
    remember(state, read) {
      const last = reads.get(state);
      if (last) for (const map of watched(last, state)) changed.delete(map);
      if (read === null) {
        reads.delete(state);
        return;
      }
      reads.set(state, read);
      for (const map of watched(read, state)) changed.set(map, new Set());
    },
    changedKeys: (map) => (map ? changed.get(map) ?? NONE : NONE),
  };
}

/** Where each item sits in a list of entries. */
export function indexOf<T>(entries: readonly T[], idOf: (entry: T) => string): Map<string, number> {
  const index = new Map<string, number>();
  entries.forEach((entry, i) => index.set(idOf(entry), i));
  return index;
}

const nodeId = (entry: NodeEntry) => entry.node.id;
const edgeId = (entry: EdgeEntry) => entry.edge.id;

/** What `readStateChange` read: the state's symbols and arrows in order, and where each sits. */
export type StateItems = Pick<StateRead, 'nodes' | 'edges' | 'nodeIndex' | 'edgeIndex'>;

/**
 * The symbols and arrows of `state` read from `last` and the ids changed since, each re-read on
 * its own; null when the state must be read whole. That is when something changed besides its
 * settings, symbols and arrows, when its nodes or edges map was replaced, when an item changed
 * its `order`, and whenever the result would need a repair (an item that cannot be read, a
 * reference to a deleted symbol, an arrow whose symbol is gone, a loop in the material flow):
 * the whole read makes those, the same way on every replica.
 */
export function readStateChange(state: YMap, last: StateRead, path: string, cache: ReadCache): StateItems | null {
  for (const key of cache.changedKeys(state)) if (key !== 'nodes' && key !== 'edges' && key !== 'settings') return null;
  const nodesMap = partOf(state, 'nodes');
  const edgesMap = partOf(state, 'edges');
  if (nodesMap !== last.nodesMap || edgesMap !== last.edgesMap) return null;
  const nodeIds = cache.changedKeys(nodesMap);
  const edgeIds = cache.changedKeys(edgesMap);
  if (nodeIds.size === 0 && edgeIds.size === 0) return last;
  // Every symbol in the map reads cleanly (the last read had no repairs, and each one changed is
  // checked below), so the map's own keys are the state's symbol ids.
  const ids: IdSet = { has: (id) => nodesMap?.has(id) ?? false };

  const nodes = applyChanges(last.nodes, last.nodeIndex, nodeIds, nodeId, byNodeOrder, (id) => {
    const value = nodesMap?.get(id);
    if (value === undefined) return 'deleted';
    const read = readNodeItem(value, id, path, cache);
    // A symbol whose id an arrow has would drop that arrow.
    if (!read.entry || read.repairs.length > 0 || danglingRefs(read.entry.node, ids).length > 0 || edgesMap?.has(id)) return null;
    return read.entry;
  });
  if (!nodes) return null;
  const edges = applyChanges(last.edges, last.edgeIndex, edgeIds, edgeId, byEdgeOrder, (id) => {
    const value = edgesMap?.get(id);
    if (value === undefined) return 'deleted';
    const read = readEdgeItem(value, id, ids, path, cache);
    return !read.entry || read.repairs.length > 0 ? null : read.entry;
  });
  if (!edges) return null;
  if (nodes.deleted) {
    // Whatever pointed at a deleted symbol needs a repair, unless it went in the same change.
    if (nodes.entries.some((entry) => danglingRefs(entry.node, ids).length > 0)) return null;
    if (edges.entries.some(({ edge }) => !ids.has(edge.source) || !ids.has(edge.target))) return null;
  }
  // A new or changed arrow may close a loop in the material flow.
  if (edges.entries !== last.edges) {
    const flow = { nodes: nodes.entries.map((entry) => entry.node), edges: edges.entries.map((entry) => entry.edge) };
    if (findMaterialLoop(flow) !== null) return null;
  }
  return { nodes: nodes.entries, edges: edges.entries, nodeIndex: nodes.index, edgeIndex: edges.index };
}

/**
 * `entries` with the items `ids` read again by `read` ('deleted' when gone, null when the whole
 * state must be read): changed ones in place, new ones in order. Null when an item cannot be
 * read cleanly or changed its order.
 */
function applyChanges<T extends { order: number }>(
  entries: readonly T[],
  index: ReadonlyMap<string, number>,
  ids: ReadonlySet<string | null>,
  idOf: (entry: T) => string,
  order: (a: T, b: T) => number,
  read: (id: string) => T | 'deleted' | null,
): { entries: readonly T[]; index: ReadonlyMap<string, number>; deleted: boolean } | null {
  if (ids.size === 0) return { entries, index, deleted: false };
  const next = [...entries];
  const gone = new Set<number>();
  const added: T[] = [];
  for (const id of ids) {
    if (id === null) return null;
    const at = index.get(id);
    const entry = read(id);
    if (entry === null) return null;
    if (entry === 'deleted') {
      if (at !== undefined) gone.add(at);
    } else if (at === undefined) {
      added.push(entry);
    } else if (entry.order !== next[at]!.order) {
      return null;
    } else {
      next[at] = entry;
    }
  }
  if (added.length === 0 && gone.size === 0) return { entries: next, index, deleted: false };
  // A new symbol's order is the highest, so the list is sorted but for its tail: a linear sort.
  const merged = [...next.filter((_, i) => !gone.has(i)), ...added].sort(order);
  return { entries: merged, index: indexOf(merged, idOf), deleted: gone.size > 0 };
}
