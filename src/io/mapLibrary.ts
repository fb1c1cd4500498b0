import { createStore, del, entries, get, getMany, keys, set, update, type UseStore } from 'idb-keyval';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { hasDocument, readDocument, setTitle, writeDocument } from '../collab';
import { syncTabs } from '../collab/tabs';
import type { VsmDocument, VsmNode } from '../domain/types';
import { openStoredMap } from './mapStorage';

/**
 * The maps kept in this browser: a catalog (title, product, dates, a small picture) beside each
 * map's own y-indexeddb database, and the named versions of each map. Plain TypeScript on
 * IndexedDB: the catalog and the versions through idb-keyval, a map's content as Yjs, as the
 * editor keeps it. One key per map, so two tabs changing two maps never overwrite each other.
 */

/** What the home draws of a map: its first symbols (capped, so a huge map costs no more) and the arrows between them. */
export interface MapPicture {
  nodes: VsmNode[];
  edges: { source: string; target: string }[];
  /** Symbols on the map, drawn or not. */
  totalNodes: number;
}

export interface MapEntry {
  id: string;
  title: string;
  product: string;
  /** Milliseconds since 1970, as `Date.now()`. */
  createdAt: number;
  updatedAt: number;
  /** When this browser last opened it: `/` opens the most recent. */
  openedAt: number;
  /** In the bin since then; null while in the list. */
  deletedAt: number | null;
  /** The y-indexeddb database holding the map (`arus-map-ID`; the first map keeps the one it had). */
  database: string;
  picture: MapPicture | null;
}

export interface MapVersion {
  id: string;
  mapId: string;
  name: string;
  savedAt: number;
}

/** The id of the map this browser kept before there were many (its database is left where it was). */
export const FIRST_MAP_ID = 'first';
/** Symbols drawn in a map's picture at most. */
export const PICTURE_NODE_LIMIT = 40;
const PICTURE_TEXT_LIMIT = 40;
const MAP_KEY = 'map/';
const MIGRATED_KEY = 'migrated';
const DATA_KEY = 'data/';

export interface MapLibraryOptions {
  /** The IndexedDB database of the catalog (tests use their own). */
  name?: string;
  /** The database of the map kept before the catalog existed (localStorage `arus:map-database`). */
  firstDatabase?: () => string;
  now?: () => number;
  newId?: () => string;
}

export type MapLibrary = ReturnType<typeof openMapLibrary>;

/** The catalog of this browser's maps. Fails (rejects) where IndexedDB does not work. */
export function openMapLibrary(options: MapLibraryOptions = {}) {
  const name = options.name ?? 'arus-library';
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  const firstDatabase = options.firstDatabase ?? (() => 'arus-map');
  let mapsStore: UseStore | undefined;
  let versionsStore: UseStore | undefined;
  // Created on first use: a library that is never read opens no database.
  const maps = () => (mapsStore ??= createStore(name, 'maps'));
  const versions = () => (versionsStore ??= createStore(`${name}-versions`, 'versions'));

  /**
   * The map kept before the catalog becomes its first entry, pointing at its database as it
   * is (nothing copied, nothing deleted). Once: a map deleted later is not brought back. The
   * fixed id means two tabs doing this at once make one entry.
   */
  async function migrate(): Promise<void> {
    if (await get<boolean>(MIGRATED_KEY, maps())) return;
    const at = now();
    await update<MapEntry>(MAP_KEY + FIRST_MAP_ID, (found) => found ?? {
      id: FIRST_MAP_ID, title: '', product: '', createdAt: at, updatedAt: at, openedAt: at, deletedAt: null,
      database: firstDatabase(), picture: null,
    }, maps());
    await set(MIGRATED_KEY, true, maps());
  }

  async function all(): Promise<MapEntry[]> {
    await migrate();
    const found = await entries<string, MapEntry>(maps());
    return found.filter(([key]) => typeof key === 'string' && key.startsWith(MAP_KEY)).map(([, entry]) => entry);
  }

  async function entry(id: string): Promise<MapEntry> {
    await migrate();
    const found = await get<MapEntry>(MAP_KEY + id, maps());
    if (!found) throw new Error(`no map "${id}" in this browser`);
    return found;
  }

  /** Changes one entry; a change to a map deleted meanwhile is dropped. */
  async function change(id: string, recipe: (entry: MapEntry) => MapEntry): Promise<MapEntry | null> {
    await migrate();
    let changed: MapEntry | null = null;
    await update<MapEntry | undefined>(MAP_KEY + id, (found) => {
      changed = found ? recipe(found) : null;
      return changed ?? undefined;
    }, maps());
    if (changed === null) await del(MAP_KEY + id, maps());
    return changed;
  }

  /** A new map holding `doc`, its content on disk before it is listed. */
  async function create(doc: VsmDocument, title = doc.title): Promise<MapEntry> {
    // The map kept before comes first, older than any made after it.
    await migrate();
    const id = newId();
    const database = `arus-map-${id}`;
    const content = title === doc.title ? doc : { ...doc, title };
    await writeNewDatabase(database, content);
    const at = now();
    const made: MapEntry = {
      id, title: content.title, product: content.product ?? '', createdAt: at, updatedAt: at, openedAt: 0,
      deletedAt: null, database, picture: pictureOf(content),
    };
    await set(MAP_KEY + id, made, maps());
    return made;
  }

  return {
    /** The maps in the list (`bin`: those in the bin), the most recently changed first. */
    async list({ bin = false }: { bin?: boolean } = {}): Promise<MapEntry[]> {
      const found = (await all()).filter((e) => (e.deletedAt !== null) === bin);
      return found.sort((a, b) => (bin ? (b.deletedAt ?? 0) - (a.deletedAt ?? 0) : b.updatedAt - a.updatedAt) || a.id.localeCompare(b.id));
    },
    get: entry,
    /** The map `/` opens: the one opened last, among those not in the bin; null when there is none. */
    async lastOpened(): Promise<MapEntry | null> {
      const live = (await all()).filter((e) => e.deletedAt === null);
      live.sort((a, b) => b.openedAt - a.openedAt || b.updatedAt - a.updatedAt);
      return live[0] ?? null;
    },
    create,
    async rename(id: string, title: string): Promise<MapEntry | null> {
      const trimmed = title.trim();
      if (trimmed === '') return entry(id);
      const found = await entry(id);
      // The title lives in the map itself too: written there, every tab and the editor see it.
      await changeStored(found.database, (ydoc) => setTitle(ydoc, trimmed));
      return change(id, (e) => ({ ...e, title: trimmed, updatedAt: now() }));
    },
    /** A copy beside the original, under `title`, from what is stored of it. */
    async duplicate(id: string, title: string): Promise<MapEntry> {
      const found = await entry(id);
      const doc = await readStored(found.database);
      if (!doc) throw new Error(`the map "${found.title}" cannot be read`);
      return create(doc, title);
    },
    async moveToBin(id: string): Promise<MapEntry | null> {
      return change(id, (e) => ({ ...e, deletedAt: now() }));
    },
    async restore(id: string): Promise<MapEntry | null> {
      return change(id, (e) => ({ ...e, deletedAt: null }));
    },
    /** Deletes a map in the bin for good: its entry, its versions and its database. A map not in the bin stays. */
    async deleteForever(id: string): Promise<void> {
      const found = await entry(id);
      if (found.deletedAt === null) throw new Error('only a map in the bin can be deleted for good');
      await del(MAP_KEY + id, maps());
      for (const key of await versionKeys(id)) {
        await del(key, versions());
        await del(DATA_KEY + key.slice(key.indexOf('/') + 1), versions());
      }
      await deleteDatabase(found.database);
    },
    /** The maps whose title or product holds every word of `query`, ignoring case and accents. */
    async search(query: string, { bin = false }: { bin?: boolean } = {}): Promise<MapEntry[]> {
      return filterMaps(await this.list({ bin }), query);
    },
    /** The map was edited: its title, product and picture from `doc`, and the time. */
    async touch(id: string, doc: VsmDocument): Promise<MapEntry | null> {
      return change(id, (e) => ({ ...e, ...summaryOf(doc), updatedAt: now() }));
    },
    /** The map was opened (`/` opens it next time); `doc` refreshes what the list shows of it. */
    async markOpened(id: string, doc: VsmDocument): Promise<MapEntry | null> {
      return change(id, (e) => ({ ...e, ...summaryOf(doc), openedAt: now() }));
    },
    /** The map's database could not be read and was kept aside: the map now lives in `database`. */
    async moveDatabase(id: string, database: string): Promise<MapEntry | null> {
      return change(id, (e) => ({ ...e, database }));
    },

    /** Keeps the map's content as it is now (`ydoc`, the open map) under `name`. */
    async saveVersion(mapId: string, name: string, ydoc: Y.Doc): Promise<MapVersion> {
      const version: MapVersion = { id: newId(), mapId, name: name.trim(), savedAt: now() };
      // The content first: a listed version always has its content.
      await set(DATA_KEY + version.id, Y.encodeStateAsUpdate(ydoc), versions());
      await set(`${mapId}/${version.id}`, version, versions());
      return version;
    },
    /** The map's named versions, the newest first. */
    async listVersions(mapId: string): Promise<MapVersion[]> {
      const found = await getMany<MapVersion | undefined>(await versionKeys(mapId), versions());
      return found.filter((v): v is MapVersion => v !== undefined).sort((a, b) => b.savedAt - a.savedAt || b.id.localeCompare(a.id));
    },
    /** A version's content, to look at. */
    async readVersion(versionId: string): Promise<VsmDocument> {
      const update = await get<Uint8Array>(DATA_KEY + versionId, versions());
      if (!update) throw new Error(`no version "${versionId}"`);
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, update);
      return readDocument(ydoc);
    },
    /**
     * Makes a version the map's content again. What the map holds now is saved first as a
     * version named `beforeName`, so nothing is lost; `replace` writes the version into the
     * open map (the store's `loadDocument`: one undo step for the person).
     */
    async restoreVersion(mapId: string, versionId: string, open: { ydoc: Y.Doc; beforeName: string; replace(doc: VsmDocument): void }): Promise<VsmDocument> {
      const doc = await this.readVersion(versionId);
      await this.saveVersion(mapId, open.beforeName, open.ydoc);
      open.replace(doc);
      return doc;
    },
  };

  async function versionKeys(mapId: string): Promise<string[]> {
    const all = await keys<string>(versions());
    return all.filter((key) => typeof key === 'string' && key.startsWith(`${mapId}/`));
  }
}

/** The maps whose title or product holds every word of `query`, ignoring case and accents. */
export function filterMaps(maps: readonly MapEntry[], query: string): MapEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...maps];
  return maps.filter((map) => {
    const text = fold(`${map.title} ${map.product}`);
    return words.every((word) => text.includes(word));
  });
}

/** Lower case without accents: "Pabrik Cikarang" is found by "cikárang". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function summaryOf(doc: VsmDocument): Pick<MapEntry, 'title' | 'product' | 'picture'> {
  return { title: doc.title, product: doc.product ?? '', picture: pictureOf(doc) };
}

/** The current state's first symbols and their arrows, text cut short: enough for a thumbnail. */
export function pictureOf(doc: VsmDocument, limit = PICTURE_NODE_LIMIT): MapPicture {
  const { nodes, edges } = doc.states.current;
  const drawn = nodes.slice(0, limit).map((node) => ({ ...node, data: shortData(node.data as Record<string, unknown>) }) as VsmNode);
  const ids = new Set(drawn.map((node) => node.id));
  return {
    nodes: drawn,
    edges: edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)).map(({ source, target }) => ({ source, target })),
    totalNodes: nodes.length,
  };
}

function shortData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = typeof value === 'string' && value.length > PICTURE_TEXT_LIMIT ? `${value.slice(0, PICTURE_TEXT_LIMIT - 1)}…` : value;
  }
  return out;
}

async function writeNewDatabase(database: string, doc: VsmDocument): Promise<void> {
  const ydoc = new Y.Doc();
  const stored = await openStoredMap(database, ydoc);
  try {
    writeDocument(ydoc, doc, null);
    await stored.flushed();
    if (stored.failure) throw new Error(stored.failure);
  } finally {
    stored.destroy();
  }
}

/** What a map's database holds, or null when it holds no map (or cannot be read). */
async function readStored(database: string): Promise<VsmDocument | null> {
  const ydoc = new Y.Doc();
  const persistence = new IndexeddbPersistence(database, ydoc);
  try {
    await persistence.whenSynced;
    return readDocument(ydoc);
  } catch {
    return null;
  } finally {
    await persistence.destroy();
  }
}

/** Opens a map's database, changes it with `edit`, and waits until the change is on disk. */
async function changeStored(database: string, edit: (ydoc: Y.Doc) => void): Promise<void> {
  const ydoc = new Y.Doc();
  const stored = await openStoredMap(database, ydoc);
  // Tabs that have the map open hear of the change at once, as from another tab.
  const stopTabs = syncTabs(ydoc, `arus:${database}`);
  try {
    if (hasDocument(ydoc)) ydoc.transact(() => edit(ydoc));
    await stored.flushed();
  } finally {
    stopTabs();
    stored.destroy();
  }
}

function deleteDatabase(database: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(database);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // A tab still has it open: it goes once that tab closes; the map is already gone from the list.
    request.onblocked = () => resolve();
  });
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');
}
