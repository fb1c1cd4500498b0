import type * as Y from 'yjs';
import { DocumentError } from '../domain/errors';
import { fieldsOf } from '../domain/fields';
import { findMaterialLoop } from '../domain/graph';
import { FORBIDDEN_KEYS, MAX_ID_CHARS, checkId, checkPosition, settingsSchema } from '../domain/schema';
import { message } from '../domain/messages';
import {
  DEFAULT_SETTINGS, EDGE_TYPES, FORMAT, NODE_TYPES, SCHEMA_VERSION, isMaterialEdge,
  type MapSettings, type MapState, type VsmDocument, type VsmEdge, type VsmEdgeType,
  type VsmNode, type VsmNodeType,
} from '../domain/types';
import { validateEdgeFieldValue, validateFieldValue } from '../domain/validate';
import { copyJson, jsonEqual } from './json';
import { asYMap, partOf, rootMap, stateMap, stateToY, type YMap } from './layout';
import { readSops, sopsToY, type SopReadCache } from './sops';

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

export interface ReadResult {
  document: VsmDocument;
  /** Empty when the Y.Doc held a valid document as it was. */
  repairs: Repair[];
}

export interface ReadOptions {
  /** The last document read: nodes, edges, settings and states that did not change are returned as the same objects. */
  previous?: VsmDocument | null;
  /** Nodes already read, by their Y.Map; the caller forgets every Y.Map a transaction changed. */
  cache?: ReadCache | null;
}

/**
 * Symbols read before, kept by their Y.Map, so a read after one edit reads and checks one
 * symbol, not all of them (on a 5,000-symbol map the checks are most of an edit's time). It is
 * right only while every Y.Map a transaction touched is forgotten: `forgetChanged` after each
 * transaction (its `changedParentTypes` holds every map whose content changed, deep).
 */
export interface ReadCache {
  get(item: YMap): CachedNode | undefined;
  set(item: YMap, entry: CachedNode): void;
  getEdge(item: YMap): CachedEdge | undefined;
  setEdge(item: YMap, entry: CachedEdge): void;
  /** Forgets what a transaction changed: the maps it changed and every map above them. */
  forgetChanged(transaction: Y.Transaction): void;
  /** SOP drafts read before, by their Y.Map (forgotten with the rest). */
  sops?: SopReadCache;
}

interface CachedNode { node: VsmNode; order: number; repairs: Repair[] }
interface CachedEdge { edge: VsmEdge; order: number; repairs: Repair[] }

export function newReadCache(): ReadCache {
  // A plain object of closures: the store keeps it in immer state, where class privates do not type-check.
  const nodes = new WeakMap<object, CachedNode>();
  const edges = new WeakMap<object, CachedEdge>();
  const sops: SopReadCache = new WeakMap();
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
    },
  };
}

/**
 * Fills (or replaces) the whole shared document with `doc` in one transaction. The viewport
 * is left out: it is each person's own.
 */
export function writeDocument(ydoc: Y.Doc, doc: VsmDocument, origin: unknown = null): void {
  ydoc.transact(() => {
    const root = rootMap(ydoc);
    const keep = new Set<string>();
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'states' || value === undefined) continue;
      if (key === 'sops') {
        // A map per draft and per list, so edits of different fields merge (`sops.ts`).
        root.set('sops', sopsToY(value as NonNullable<VsmDocument['sops']>));
        keep.add(key);
        continue;
      }
      const copy = copyJson(value);
      if (copy === undefined) continue;
      keep.add(key);
      if (!jsonEqual(root.get(key), copy)) root.set(key, copy);
    }
    root.set('current', stateToY(doc.states.current));
    keep.add('current');
    if (doc.states.future) {
      root.set('future', stateToY(doc.states.future));
      keep.add('future');
    }
    // Every shared document of schema 2 holds the drafts' map, so nobody's first draft races to make it.
    if (!keep.has('sops')) {
      root.set('sops', sopsToY({}));
      keep.add('sops');
    }
    for (const key of [...root.keys()]) if (!keep.has(key)) root.delete(key);
  }, origin);
}

/** The document in the Y.Doc, repaired where merging left it invalid (see `readDocumentWithRepairs`). */
export function readDocument(ydoc: Y.Doc, options: ReadOptions = {}): VsmDocument {
  return readDocumentWithRepairs(ydoc, options).document;
}

/**
 * Reads the shared document into a plain VsmDocument that `validateDocument` accepts, in the
 * same order on every replica that has the same updates: nodes and edges by `order`, then id.
 *
 * Each person's edit was valid where it was made, but edits made at the same time can add up
 * to a document the validator refuses. Those cases are repaired on read, the same way on every
 * replica, and never written back (the next edit of the person who sees it does that):
 * - an arrow whose symbol someone else deleted is left out;
 * - a kaizen burst's `stepId` pointing at a deleted step is left out;
 * - two arrows that close a loop in the material flow: the newest arrow on the loop (highest
 *   order, then id) reads as a rework loop, which is what such a return arrow is;
 * - seconds per shift and shifts per day each changed to values that are fine alone but give
 *   more than 24 hours a day: shifts per day is lowered until the day fits.
 * Values no editor of this version writes (an unknown symbol type, a refused field value) are
 * left out too, so a faulty or newer peer can never make a map unreadable.
 *
 * A document of a newer schema version than this build knows is refused (DocumentError), as a
 * newer file is. An empty Y.Doc (a new room) reads as an empty map; `hasDocument` tells the two apart.
 */
export function readDocumentWithRepairs(ydoc: Y.Doc, options: ReadOptions = {}): ReadResult {
  const root = rootMap(ydoc);
  const repairs: Repair[] = [];
  const version = root.get('schemaVersion');
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new DocumentError('schemaVersion', message('file.newerSchema', { version, newest: SCHEMA_VERSION }));
  }
  const doc: Record<string, unknown> = {};
  doc.format = FORMAT;
  doc.schemaVersion = SCHEMA_VERSION;
  const title = root.get('title');
  doc.title = typeof title === 'string' && validText(title) ? title : '';
  if (typeof title === 'string' && doc.title === '') repairs.push({ code: 'field-dropped', path: 'title' });
  const product = root.get('product');
  if (product !== undefined) {
    if (typeof product === 'string' && validText(product)) doc.product = product;
    else repairs.push({ code: 'field-dropped', path: 'product' });
  }
  for (const key of plainKeys(root)) {
    if (KNOWN_ROOT_KEYS.has(key)) continue;
    const copy = copyJson(root.get(key));
    if (copy !== undefined) doc[key] = copy;
  }
  const previous = options.previous ?? null;
  const cache = options.cache ?? null;
  const sopRepairs: { path: string }[] = [];
  const sops = readSops(ydoc, previous?.sops, sopRepairs, cache?.sops);
  for (const { path } of sopRepairs) repairs.push({ code: 'sop-field-dropped', path });
  const current = readState(stateMap(ydoc, 'current'), 'states.current', repairs, previous?.states.current ?? null, cache);
  const futureMap = stateMap(ydoc, 'future');
  const future = futureMap ? readState(futureMap, 'states.future', repairs, previous?.states.future ?? null, cache) : null;
  const sameStates = previous !== null && previous.states.current === current && previous.states.future === future;
  doc.states = sameStates ? previous.states : { current, future };
  // After the states, as a file has them: the map first, then the drafts written from it.
  doc.sops = sops;
  const document = doc as unknown as VsmDocument;
  const unchanged = sameStates && jsonEqual({ ...previous, states: null }, { ...document, states: null });
  return { document: unchanged ? previous : document, repairs };
}

/** The keys of a map that can be copied into a plain object, in a stable order. */
function plainKeys(map: YMap): string[] {
  return [...map.keys()].filter((key) => !FORBIDDEN_KEYS.has(key)).sort();
}

const KNOWN_ROOT_KEYS = new Set(['format', 'schemaVersion', 'title', 'product', 'current', 'future', 'states', 'sops']);

function validText(text: string): boolean {
  return validateFieldValue('process', 'name', text).ok;
}

function readState(map: YMap | null, path: string, repairs: Repair[], previous: MapState | null, cache: ReadCache | null): MapState {
  const state: Record<string, unknown> = {};
  if (map) {
    for (const key of plainKeys(map)) {
      if (key === 'settings' || key === 'nodes' || key === 'edges' || key === 'viewport') continue;
      const copy = copyJson(map.get(key));
      if (copy !== undefined) state[key] = copy;
    }
  }
  const settings = readSettings(partOf(map, 'settings'), `${path}.settings`, repairs);
  const nodes = readNodes(partOf(map, 'nodes'), path, repairs, cache);
  const nodeIds = new Set(nodes.map((entry) => entry.node.id));
  dropDanglingRefs(nodes, nodeIds, path, repairs);
  const edges = readEdges(partOf(map, 'edges'), nodeIds, path, repairs, cache);
  breakMaterialLoops(nodes, edges, path, repairs);

  const nodeList = shareItems(nodes.map((entry) => entry.node), previous?.nodes);
  const edgeList = shareItems(edges.map((entry) => entry.edge), previous?.edges);
  const result = {
    ...state,
    settings: previous && jsonEqual(previous.settings, settings) ? previous.settings : settings,
    nodes: nodeList,
    edges: edgeList,
  } as MapState;
  if (previous && previous.viewport === undefined && jsonEqual(previous, result)) return previous;
  return result;
}

/**
 * `next` with each item that equals its namesake in `previous` replaced by that (same object);
 * an item that changed keeps its namesake's `data` and `position` objects where those did not,
 * so a view that reads only data (the analysis) is not redone for a symbol that moved.
 */
function shareItems<T extends { id: string }>(next: T[], previous: readonly T[] | undefined): T[] {
  if (!previous) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  let same = next.length === previous.length;
  const shared = next.map((item, i) => {
    const old = byId.get(item.id);
    // A node from the read cache is the very object shown before: nothing to compare.
    const keep = old === undefined || old === item ? item : jsonEqual(old, item) ? old : shareParts(item, old);
    if (keep !== previous[i]) same = false;
    return keep;
  });
  return same ? (previous as T[]) : shared;
}

function shareParts<T extends { id: string }>(item: T, old: T): T {
  // A copy: `item` may be a cached node the views hold (and immer froze).
  const fresh = { ...item } as Record<string, unknown>;
  const was = old as Record<string, unknown>;
  for (const part of ['data', 'position']) {
    if (fresh[part] !== undefined && jsonEqual(fresh[part], was[part])) fresh[part] = was[part];
  }
  return fresh as T;
}

function readSettings(map: YMap | null, path: string, repairs: Repair[]): MapSettings {
  const raw: Record<string, unknown> = {};
  if (map) {
    for (const key of plainKeys(map)) {
      const copy = copyJson(map.get(key));
      if (copy !== undefined) raw[key] = copy;
    }
  }
  // The schema is the one judge; each refused key falls back to its default.
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = settingsSchema.safeParse(raw);
    if (result.success) return result.data as MapSettings;
    const issue = result.error.issues[0]!;
    const key = issue.path[0];
    if (typeof key === 'string' && key in raw) {
      delete raw[key];
      repairs.push({ code: 'setting-repaired', path: `${path}.${key}` });
      continue;
    }
    // Seconds per shift × shifts per day over a day: fewer shifts, down to one.
    const perShift = (raw.availableSecondsPerShift as number | undefined) ?? DEFAULT_SETTINGS.availableSecondsPerShift;
    raw.shiftsPerDay = Math.max(1, Math.floor(86_400 / perShift));
    repairs.push({ code: 'setting-repaired', path: `${path}.shiftsPerDay` });
  }
  return { ...DEFAULT_SETTINGS };
}

interface NodeEntry { node: VsmNode; order: number }
interface EdgeEntry { edge: VsmEdge; order: number }

function orderOf(map: YMap): number {
  const order = map.get('order');
  return typeof order === 'number' && Number.isFinite(order) ? order : 0;
}

function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function usableId(id: string): boolean {
  return id.length <= MAX_ID_CHARS && checkId(id) === null;
}

function readNodes(map: YMap | null, path: string, repairs: Repair[], cache: ReadCache | null): NodeEntry[] {
  const entries: Array<NodeEntry & { id: string }> = [];
  if (!map) return entries;
  map.forEach((value, id) => {
    const item = asYMap(value);
    const cached = item ? cache?.get(item) : undefined;
    if (cached) {
      repairs.push(...cached.repairs);
      entries.push({ node: cached.node, order: cached.order, id });
      return;
    }
    const own: Repair[] = [];
    const type = item?.get('type');
    const nodePath = `${path}.nodes.${id}`;
    if (!item || !usableId(id) || typeof type !== 'string' || !(NODE_TYPES as readonly string[]).includes(type)) {
      repairs.push({ code: 'node-dropped', path: nodePath });
      return;
    }
    const nodeType = type as VsmNodeType;
    let position = copyJson(item.get('position'));
    if (checkPosition(position) !== null) {
      position = { x: 0, y: 0 };
      own.push({ code: 'position-reset', path: nodePath });
    }
    const data = readFields(asYMap(item.get('data')), (key, v) => validateFieldValue(nodeType, key, v).ok || !isKnownNodeField(nodeType, key), `${nodePath}.data`, own, nodeFieldOrder(nodeType));
    const node: Record<string, unknown> = { id, type: nodeType, position, data };
    Object.assign(node, readExtra(asYMap(item.get('extra')), nodePath, own));
    const order = orderOf(item);
    repairs.push(...own);
    cache?.set(item, { node: node as unknown as VsmNode, order, repairs: own });
    entries.push({ node: node as unknown as VsmNode, order, id });
  });
  entries.sort(byOrderThenId);
  return entries.map(({ node, order }) => ({ node, order }));
}

function readEdges(map: YMap | null, nodeIds: ReadonlySet<string>, path: string, repairs: Repair[], cache: ReadCache | null): EdgeEntry[] {
  const entries: Array<EdgeEntry & { id: string }> = [];
  if (!map) return entries;
  map.forEach((value, id) => {
    const item = asYMap(value);
    const edgePath = `${path}.edges.${id}`;
    const cached = item ? cache?.getEdge(item) : undefined;
    if (cached) {
      // Its ends are checked again: someone may have deleted a symbol it joins.
      const { source, target } = cached.edge;
      if (nodeIds.has(id) || !nodeIds.has(source) || !nodeIds.has(target)) {
        repairs.push({ code: 'edge-dropped', path: edgePath });
        return;
      }
      repairs.push(...cached.repairs);
      entries.push({ edge: cached.edge, order: cached.order, id });
      return;
    }
    const type = item?.get('type');
    const source = item?.get('source');
    const target = item?.get('target');
    if (
      !item || !usableId(id) || nodeIds.has(id)
      || typeof type !== 'string' || !(EDGE_TYPES as readonly string[]).includes(type)
      || typeof source !== 'string' || typeof target !== 'string' || !nodeIds.has(source) || !nodeIds.has(target)
    ) {
      repairs.push({ code: 'edge-dropped', path: edgePath });
      return;
    }
    const own: Repair[] = [];
    const edge: Record<string, unknown> = { id, type: type as VsmEdgeType, source, target };
    Object.assign(edge, readExtra(asYMap(item.get('extra')), edgePath, own));
    const data = readFields(asYMap(item.get('data')), (key, v) => validateEdgeFieldValue(key, v).ok || !EDGE_FIELD_KEYS.includes(key), `${edgePath}.data`, own, EDGE_FIELD_KEYS);
    if (Object.keys(data).length > 0) edge.data = data;
    const order = orderOf(item);
    repairs.push(...own);
    cache?.setEdge(item, { edge: edge as unknown as VsmEdge, order, repairs: own });
    entries.push({ edge: edge as unknown as VsmEdge, order, id });
  });
  entries.sort(byOrderThenId);
  return entries.map(({ edge, order }) => ({ edge, order }));
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

/** Node references (`stepId`) to symbols that are not in this state are left out. */
function dropDanglingRefs(nodes: NodeEntry[], nodeIds: ReadonlySet<string>, path: string, repairs: Repair[]): void {
  for (const entry of nodes) {
    const { node } = entry;
    const data = node.data as Record<string, unknown>;
    for (const field of fieldsOf(node.type)) {
      if (field.kind !== 'nodeRef') continue;
      const ref = data[field.key];
      if (typeof ref === 'string' && !nodeIds.has(ref)) {
        // A copy: the node read may be the cached one the views already hold (and immer froze).
        const rest = { ...(entry.node.data as Record<string, unknown>) };
        delete rest[field.key];
        entry.node = { ...entry.node, data: rest } as VsmNode;
        repairs.push({ code: 'field-dropped', path: `${path}.nodes.${node.id}.data.${field.key}` });
      }
    }
  }
}

/** Turns the newest arrow of each material loop into a rework loop until the flow has none. */
function breakMaterialLoops(nodes: NodeEntry[], edges: EdgeEntry[], path: string, repairs: Repair[]): void {
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
      if (!newest || byOrderThenId({ order: entry.order, id: edge.id }, { order: newest.order, id: newest.edge.id }) > 0) at = index;
    }
    if (at < 0) return;
    const chosen = edges[at]!;
    // A copy: the edge read may be the cached one the views already hold (and immer froze).
    chosen.edge = { ...chosen.edge, data: { ...chosen.edge.data, rework: true } };
    state.edges[at] = chosen.edge;
    repairs.push({ code: 'edge-made-rework', path: `${path}.edges.${chosen.edge.id}` });
  }
}
