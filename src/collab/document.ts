import type * as Y from 'yjs';
import { DocumentError } from '../domain/errors';
import { FORBIDDEN_KEYS, settingsSchema } from '../domain/schema';
import { message } from '../domain/messages';
import { DEFAULT_SETTINGS, FORMAT, SCHEMA_VERSION, type MapSettings, type MapState, type VsmDocument } from '../domain/types';
import { validateFieldValue } from '../domain/validate';
import { copyJson, jsonEqual } from './json';
import { partOf, rootMap, stateMap, stateToY, type YMap } from './layout';
import { indexOf, readStateChange, type ReadCache, type StateItems } from './readCache';
import { breakMaterialLoops, dropDanglingRefs, readEdges, readNodes, type Repair } from './readItems';
import { readSops, sopsToY } from './sops';

export { newReadCache, type ReadCache } from './readCache';
export type { Repair, RepairCode } from './readItems';

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
  const repairsBefore = repairs.length;
  const settings = readSettings(partOf(map, 'settings'), `${path}.settings`, repairs);
  // After one edit, only what it touched is read again (`readCache.ts`); else the whole state.
  const last = map && cache ? cache.lastRead(map) : undefined;
  const change = map && cache && last && previous && previous.nodes === last.nodeList && previous.edges === last.edgeList
    ? readStateChange(map, last, path, cache)
    : null;
  const items = change ?? readItems(map, path, repairs, cache);

  const nodeList = shareItems(items.nodes.map((entry) => entry.node), previous?.nodes);
  const edgeList = shareItems(items.edges.map((entry) => entry.edge), previous?.edges);
  const read = {
    ...state,
    settings: previous && jsonEqual(previous.settings, settings) ? previous.settings : settings,
    nodes: nodeList,
    edges: edgeList,
  } as MapState;
  const result = previous && previous.viewport === undefined && jsonEqual(previous, read) ? previous : read;
  if (map && cache) {
    const clean = repairs.length === repairsBefore;
    cache.remember(map, clean ? {
      ...items, nodesMap: partOf(map, 'nodes'), edgesMap: partOf(map, 'edges'), nodeList: result.nodes, edgeList: result.edges,
    } : null);
  }
  return result;
}

/** Every symbol and arrow of a state, with the repairs a merge can need across them. */
function readItems(map: YMap | null, path: string, repairs: Repair[], cache: ReadCache | null): StateItems {
  const nodes = readNodes(partOf(map, 'nodes'), path, repairs, cache);
  const nodeIds = new Set(nodes.map((entry) => entry.node.id));
  dropDanglingRefs(nodes, nodeIds, path, repairs);
  const edges = readEdges(partOf(map, 'edges'), nodeIds, path, repairs, cache);
  breakMaterialLoops(nodes, edges, path, repairs);
  return { nodes, edges, nodeIndex: indexOf(nodes, (entry) => entry.node.id), edgeIndex: indexOf(edges, (entry) => entry.edge.id) };
}

/**
 * `next` with each item that equals its namesake in `previous` replaced by that (same object);
 * an item that changed keeps its namesake's `data` and `position` objects where those did not,
 * so a view that reads only data (the analysis) is not redone for a symbol that moved.
 */
function shareItems<T extends { id: string }>(next: T[], previous: readonly T[] | undefined): T[] {
  if (!previous) return next;
  // Most items sit where they sat: look up by id only past the first shift (an insert or a delete).
  let byId: Map<string, T> | null = null;
  let same = next.length === previous.length;
  const shared = next.map((item, i) => {
    const at = previous[i];
    const old = at !== undefined && at.id === item.id ? at : (byId ??= new Map(previous.map((p) => [p.id, p]))).get(item.id);
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

