import * as Y from 'yjs';
import { MAX_ID_CHARS, MAX_SOP_ITEMS } from '../domain/limits';
import { FORBIDDEN_KEYS } from '../domain/schema';
import { SOP_ITEM_LIMITS, SOP_TEXT_LIMITS } from '../domain/sop';
import { checkSopText } from '../domain/sopSchema';
import {
  SOP_ITEM_FIELDS, SOP_LIST_KEYS, SOP_TEXT_KEYS, type SopDraft, type SopListKey,
} from '../domain/types';
import { copyJson, jsonEqual } from './json';
import { asYMap, rootMap, type YMap } from './layout';

/**
 * The SOP drafts in the shared document (schema 2), so that two people editing one draft
 * merge as they do on the map:
 *
 *   root.sops            Y.Map: step id → Y.Map (one draft)
 *     number, title …    the four texts, plain values (a field is committed whole, as the inspector's)
 *     roles, procedure … Y.Map per list: item id → Y.Map { order, and the item's text fields }
 *     other keys         fields of a newer version, plain values
 *
 * Two people changing different texts, different items or different fields of one item both
 * win; the same field is last-writer-wins. Items keep their order by `order` (then id), so two
 * lines added at once both stay. A draft's Y.Map is made on the team's first edit of that step:
 * two people making the first edit of one step at the same moment keep one of the two drafts.
 */

const SOPS_KEY = 'sops';
const LIST_KEYS: ReadonlySet<string> = new Set(SOP_LIST_KEYS);

/** The drafts' map, made when missing (a map kept by an earlier version has none). */
export function ensureSopsMap(ydoc: Y.Doc): YMap {
  const root = rootMap(ydoc);
  const found = asYMap(root.get(SOPS_KEY));
  if (found) return found;
  const made = new Y.Map<unknown>();
  root.set(SOPS_KEY, made);
  return made;
}

/** The drafts' map, or null when the shared document has none yet. */
export function sopsMap(ydoc: Y.Doc): YMap | null {
  return asYMap(rootMap(ydoc).get(SOPS_KEY));
}

function itemToY(item: Record<string, unknown>, order: number): YMap {
  const map = new Y.Map<unknown>();
  map.set('order', order);
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || key === 'order') continue;
    const copy = copyJson(value);
    if (copy !== undefined) map.set(key, copy);
  }
  return map;
}

function listToY(items: readonly Record<string, unknown>[]): YMap {
  const map = new Y.Map<unknown>();
  items.forEach((item, i) => map.set(item.id as string, itemToY(item, i)));
  return map;
}

/** One draft as a Y.Map. */
export function draftToY(draft: SopDraft): YMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(draft)) {
    if (LIST_KEYS.has(key)) map.set(key, listToY(value as Record<string, unknown>[]));
    else {
      const copy = copyJson(value);
      if (copy !== undefined) map.set(key, copy);
    }
  }
  return map;
}

/** Every draft as a Y.Map, for writing a whole document. */
export function sopsToY(sops: Readonly<Record<string, SopDraft>>): YMap {
  const map = new Y.Map<unknown>();
  for (const [stepId, draft] of Object.entries(sops)) map.set(stepId, draftToY(draft));
  return map;
}

/** Sets or deletes the keys of `map` whose value differs between `was` and `is` (`skip`: written otherwise). */
function patchPlain(map: YMap, was: Record<string, unknown>, is: Record<string, unknown>, skip: ReadonlySet<string>): void {
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (skip.has(key) || FORBIDDEN_KEYS.has(key) || was[key] === is[key]) continue;
    const copy = copyJson(is[key]);
    if (copy === undefined) {
      if (map.has(key)) map.delete(key);
    } else if (!jsonEqual(map.get(key), copy)) map.set(key, copy);
  }
}

const ITEM_SKIP: ReadonlySet<string> = new Set(['id', 'order']);

function writeList(draftMap: YMap, key: SopListKey, was: readonly Record<string, unknown>[], is: readonly Record<string, unknown>[]): void {
  if (was === is) return;
  const items = asYMap(draftMap.get(key));
  if (!items) {
    draftMap.set(key, listToY(is));
    return;
  }
  const before = new Map(was.map((item) => [item.id as string, item]));
  const kept = new Set(is.map((item) => item.id as string));
  for (const id of before.keys()) if (!kept.has(id) && items.has(id)) items.delete(id);
  is.forEach((item, order) => {
    const id = item.id as string;
    const old = before.get(id);
    const map = asYMap(items.get(id));
    if (old === undefined || map === null) {
      items.set(id, itemToY(item, order));
      return;
    }
    // Only what moved gets a new order, so a line someone else added keeps its place.
    if (map.get('order') !== order) map.set('order', order);
    if (old !== item) patchPlain(map, old, item, ITEM_SKIP);
  });
}

/**
 * Writes what changed between two versions of the drafts, key by key (call inside the
 * person's transaction). Unchanged drafts and items are found by identity, as immer shares them.
 */
export function writeSopsChange(ydoc: Y.Doc, before: Readonly<Record<string, SopDraft>>, after: Readonly<Record<string, SopDraft>>): void {
  if (before === after) return;
  const sops = ensureSopsMap(ydoc);
  for (const stepId of Object.keys(before)) if (!(stepId in after) && sops.has(stepId)) sops.delete(stepId);
  for (const [stepId, draft] of Object.entries(after)) {
    const was = before[stepId];
    if (was === draft) continue;
    const map = asYMap(sops.get(stepId));
    if (was === undefined || map === null) {
      sops.set(stepId, draftToY(draft));
      continue;
    }
    patchPlain(map, was as unknown as Record<string, unknown>, draft as unknown as Record<string, unknown>, LIST_KEYS);
    for (const key of SOP_LIST_KEYS) {
      writeList(map, key, was[key] as unknown as Record<string, unknown>[], draft[key] as unknown as Record<string, unknown>[]);
    }
  }
}

/** A field of a draft or an item that was refused on reading: left out or emptied, with its path. */
export interface SopRepair { path: string }

function orderOf(map: YMap): number {
  const order = map.get('order');
  return typeof order === 'number' && Number.isFinite(order) ? order : 0;
}

function readList(map: YMap | null, key: SopListKey, path: string, repairs: SopRepair[]): Record<string, string>[] {
  if (!map) return [];
  const limits = SOP_ITEM_LIMITS[key] as Record<string, number>;
  const entries: { id: string; order: number; item: Record<string, string> }[] = [];
  map.forEach((value, id) => {
    const itemMap = asYMap(value);
    if (!itemMap || id === '' || id.length > MAX_ID_CHARS || FORBIDDEN_KEYS.has(id)) {
      repairs.push({ path: `${path}.${key}.${id}` });
      return;
    }
    const item: Record<string, string> = { id };
    for (const field of SOP_ITEM_FIELDS[key] as readonly string[]) {
      const text = itemMap.get(field);
      if (text === undefined) item[field] = '';
      else if (checkSopText(text, limits[field]!) === null) item[field] = text as string;
      else {
        item[field] = '';
        repairs.push({ path: `${path}.${key}.${id}.${field}` });
      }
    }
    entries.push({ id, order: orderOf(itemMap), item });
  });
  entries.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // More lines than a file may hold (added at once by several people): the last ones wait unseen.
  if (entries.length > MAX_SOP_ITEMS) repairs.push({ path: `${path}.${key}` });
  return entries.slice(0, MAX_SOP_ITEMS).map((entry) => entry.item);
}

/** One draft read from its Y.Map: every text within its limit, every list of items with ids. */
export function readDraft(map: YMap, path: string, repairs: SopRepair[]): SopDraft {
  const draft: Record<string, unknown> = {};
  for (const key of SOP_TEXT_KEYS) {
    const text = map.get(key);
    if (text === undefined) draft[key] = '';
    else if (checkSopText(text, SOP_TEXT_LIMITS[key]) === null) draft[key] = text;
    else {
      draft[key] = '';
      repairs.push({ path: `${path}.${key}` });
    }
  }
  for (const key of SOP_LIST_KEYS) draft[key] = readList(asYMap(map.get(key)), key, path, repairs);
  // Fields of a newer version: kept as they are.
  for (const key of [...map.keys()].sort()) {
    if (key in draft || FORBIDDEN_KEYS.has(key)) continue;
    const copy = copyJson(map.get(key));
    if (copy !== undefined) draft[key] = copy;
  }
  return draft as unknown as SopDraft;
}

/** Drafts read before, by their Y.Map; the caller forgets every map a transaction changed. */
export type SopReadCache = WeakMap<object, { draft: SopDraft; repairs: SopRepair[] }>;

/**
 * Every draft of the shared document, sharing each draft that did not change with `previous`
 * (the same object), and `previous` itself when none did.
 */
export function readSops(
  ydoc: Y.Doc, previous: Readonly<Record<string, SopDraft>> | undefined, repairs: SopRepair[], cache?: SopReadCache | null,
): Record<string, SopDraft> {
  const map = sopsMap(ydoc);
  const out: Record<string, SopDraft> = {};
  if (map) {
    for (const stepId of [...map.keys()].sort()) {
      const draftMap = asYMap(map.get(stepId));
      const path = `sops.${stepId}`;
      if (!draftMap || stepId === '' || stepId.length > MAX_ID_CHARS || FORBIDDEN_KEYS.has(stepId)) {
        repairs.push({ path });
        continue;
      }
      const cached = cache?.get(draftMap);
      let draft: SopDraft;
      if (cached) {
        draft = cached.draft;
        repairs.push(...cached.repairs);
      } else {
        const own: SopRepair[] = [];
        draft = readDraft(draftMap, path, own);
        const old = previous?.[stepId];
        if (old !== undefined && jsonEqual(old, draft)) draft = old;
        cache?.set(draftMap, { draft, repairs: own });
        repairs.push(...own);
      }
      out[stepId] = draft;
    }
  }
  if (previous !== undefined) {
    const keys = Object.keys(out);
    if (keys.length === Object.keys(previous).length && keys.every((key) => previous[key] === out[key])) return previous as Record<string, SopDraft>;
  }
  return out;
}
