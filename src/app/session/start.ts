import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  collabUrlFor, connectRoom, hasDocument, readDocument, roomAddressFromSearch, roomLinks, rootMap,
  ROOMS_API_PATH, SERVER_API_PATH, writeDocument, type RoomAnswer, type RoomTarget,
} from '../../collab';
import { FROM_OTHER_TAB, syncTabs } from '../../collab/tabs';
import { parseDocumentText } from '../../domain/validate';
import { COMMIT_DRAFTS_EVENT } from '../../panels/FieldInput';
import type { VsmDocument } from '../../domain/types';
import { FIRST_MAP_ID, openMapLibrary, type MapEntry, type MapLibrary } from '../../io/mapLibrary';
import { rememberRoom } from '../../io/joinedRooms';
import { openStoredMap, type StoredMap } from '../../io/mapStorage';
import { keepAside, keptAsideMaps, loadLegacyMap, type UnreadableMap } from '../../io/savedMaps';
import { blankDocument, createEditorStore, type EditorStore } from '../../store';
import { createSessionStatus, type SessionStatusStore } from './status';

/** The sample a first start opens. */
export const FIRST_SAMPLE = 'samples/steering-bracket.json';
/** localStorage: the IndexedDB database holding this browser's own map (changes when one is kept aside). */
const LOCAL_DATABASE_KEY = 'arus:map-database';
const DEFAULT_LOCAL_DATABASE = 'arus-map';
/** How long after an edit the list of maps learns of it (title, picture, last change). */
const CATALOG_DELAY_MS = 800;
/** sessionStorage: the room whose share dialog opens once the page is in it. */
export const SHARE_ON_OPEN_KEY = 'arus:share-on-open';

/** What the page is waiting for before it can show the map. */
export type StartProgress =
  | { stage: 'opening' }
  | { stage: 'joining'; connected: boolean }
  | { stage: 'emptyRoom' }
  | { stage: 'refused' };

/** An open editor: its store, the page's status, and the room connection (null when alone). */
export interface Session {
  store: EditorStore;
  status: SessionStatusStore;
  room: { target: RoomTarget; provider: HocuspocusProvider } | null;
  /** This browser's maps; null where IndexedDB does not work. */
  library: MapLibrary | null;
  /** The map of the library open here; null in a room (the room's map is the server's). */
  mapId: string | null;
  /** True once, for the room just made by *Share room*: its share dialog opens. */
  shareOnOpen: boolean;
  /** Whether leaving now would lose an edit (not yet stored, not yet synced). */
  wouldLoseEdits(): boolean;
  /** The page is going away: keeps, synchronously, the edits not yet stored. */
  rescue(): void;
  /** Resolves once every edit typed or made so far is stored in this browser (or storing failed). */
  flushed(): Promise<void>;
}

export interface StartOptions {
  /** `location.search`: `?map=ID`, `?room=ID`, `?view=TOKEN` or nothing. */
  search: string;
  /** `location.origin`, for the sync URL and the links. */
  origin: string;
  onProgress?: (progress: StartProgress) => void;
}

/**
 * Opens the map the address asks for. Alone: one of this browser's maps from IndexedDB
 * (`?map=ID`, else the one opened last), kept in step with the other tabs (first start: the map
 * an earlier version saved, else the sample).
 * In a room: the room's map, kept in IndexedDB too, so edits made while the server is away are
 * kept and merge when it returns. Watching: the room's map, read-only, nothing stored.
 */
export async function startSession(options: StartOptions): Promise<Session> {
  const address = roomAddressFromSearch(options.search);
  const status = createSessionStatus();
  if (address?.kind === 'invalid') status.setState({ invalidRoom: { param: address.param, value: address.value } });
  const target = address && address.kind !== 'invalid' ? address : null;
  void showKeptAside(status);
  void findServer(status, target, options.origin);
  const library = typeof indexedDB === 'undefined' ? null : openMapLibrary({ firstDatabase: localDatabaseName });
  if (!target) return startAlone(status, library, new URLSearchParams(options.search).get('map'));
  return startInRoom(status, target, options, library);
}

async function startAlone(status: SessionStatusStore, library: MapLibrary | null, requested: string | null): Promise<Session> {
  // Without a working catalog, the map kept before is opened as it always was.
  const entry = library ? await pickMap(library, requested, status).catch(() => null) : null;
  const database = entry?.database ?? localDatabaseName();
  const { ydoc, stored, database: used } = await openKeptMap(database, status, () => {
    const fresh = `${database}-${Date.now()}`;
    if (!entry || entry.id === FIRST_MAP_ID) writeLocalDatabaseName(fresh);
    return fresh;
  });
  if (library && entry && used !== entry.database) await library.moveDatabase(entry.id, used).catch(() => null);
  let seed: VsmDocument | undefined;
  if (!hasDocument(ydoc)) {
    // Only the first map inherits what an earlier version saved; a map made here was written before it was listed.
    const legacy = !entry || entry.id === FIRST_MAP_ID ? await loadLegacyMap() : { doc: null, unreadable: [] };
    if (legacy.unreadable.length > 0) await keepAsideAndTell(status, legacy.unreadable);
    seed = legacy.doc ?? (await fetchSample()) ?? blankDocument();
  }
  const store = createEditorStore(seed, { ydoc });
  const edited = trackEdits(ydoc, stored);
  const catalog = library && entry ? keepCatalog(library, entry.id, store, ydoc, stored) : null;
  return {
    // A catalog that could not be read offers nothing: *New* and *Open…* then replace the map, as before.
    store, status, room: null, shareOnOpen: false, library: entry ? library : null, mapId: entry?.id ?? null,
    wouldLoseEdits: () => (stored ? stored.pending || stored.failure !== null : edited()),
    rescue: () => stored?.rescue(),
    flushed: async () => {
      await flushDrafts(stored);
      await catalog?.flush();
    },
  };
}

/** The map `?map=ID` names, else the one opened last; when every map is in the bin, a new one from the sample. */
async function pickMap(library: MapLibrary, requested: string | null, status: SessionStatusStore): Promise<MapEntry> {
  if (requested) {
    const found = await library.get(requested).catch(() => null);
    if (found) return found;
    status.setState({ missingMap: requested });
  }
  const last = await library.lastOpened();
  if (last) return last;
  return library.create((await fetchSample()) ?? blankDocument());
}

/**
 * Keeps the list of maps true to the open one: opened now (so `/` opens it next), and after
 * each edit, a moment later, its title, product, picture and the time of the change.
 */
function keepCatalog(library: MapLibrary, id: string, store: EditorStore, ydoc: Y.Doc, stored: StoredMap | null): { flush(): Promise<void> } {
  void library.markOpened(id, store.getState().document).catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = false;
  const flush = async () => {
    clearTimeout(timer);
    if (!changed) return;
    changed = false;
    await library.touch(id, store.getState().document).catch(() => null);
  };
  ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
    // The tab that made the edit tells the list; the others only follow.
    if (origin === FROM_OTHER_TAB || (stored && origin === stored.persistence)) return;
    changed = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), CATALOG_DELAY_MS);
  });
  return { flush };
}

async function startInRoom(status: SessionStatusStore, target: RoomTarget, options: StartOptions, library: MapLibrary | null): Promise<Session> {
  const readOnly = target.kind === 'view';
  status.setState({ connection: 'connecting' });
  let ydoc = new Y.Doc();
  let stored: StoredMap | null = null;
  if (target.kind === 'edit') {
    // Observers keep nothing: what they watch is the room's, and it is on the server.
    const base = `arus-room-${target.room}`;
    ({ ydoc, stored } = await openKeptMap(base, status, () => `${base}-${Date.now()}`));
  }
  const provider = connectRoom({ ydoc, target, url: collabUrlFor(options.origin) });
  /** Set once the map is on screen: from then on the connection shows in the room's status, not as progress. */
  let opened = false;
  provider.on('status', ({ status: connection }: { status: string }) => {
    // Once the map is open, a retry is still "offline" (edits kept, merged later), not a flicker back to "connecting".
    status.setState({ connection: connection === 'connected' ? 'connected' : connection === 'connecting' && !opened ? 'connecting' : 'offline' });
    if (!opened) options.onProgress?.({ stage: 'joining', connected: connection === 'connected' });
  });

  if (!hasDocument(ydoc)) {
    // Nothing kept in this browser: the room's map has to arrive first.
    options.onProgress?.({ stage: 'joining', connected: false });
    const refused = await roomSynced(provider);
    if (refused) {
      options.onProgress?.({ stage: 'refused' });
      return new Promise<never>(() => {});
    }
    if (readOnly && !hasDocument(ydoc)) {
      options.onProgress?.({ stage: 'emptyRoom' });
      await documentArrives(ydoc);
    }
  }
  // A new room starts as a workshop does: a blank map with the supplier and the customer.
  const store = createEditorStore(hasDocument(ydoc) ? undefined : blankDocument(), { ydoc, readOnly });
  opened = true;
  if (target.kind === 'edit') rememberJoinedRoom(target.room, store);
  const shareOnOpen = target.kind === 'edit' && takeShareOnOpen(target.room);
  return {
    store, status, room: { target, provider }, shareOnOpen, library, mapId: null,
    wouldLoseEdits: () => !readOnly && (provider.hasUnsyncedChanges || (stored?.pending ?? false)),
    rescue: () => stored?.rescue(),
    flushed: () => flushDrafts(stored),
  };
}

/** Keeps the room in this browser's list of rooms, with the map's title and product as they change. */
function rememberJoinedRoom(room: string, store: EditorStore): void {
  const remember = () => {
    const { title, product } = store.getState().document;
    rememberRoom({ room, title, product, visitedAt: Date.now() });
  };
  remember();
  store.subscribe((state, previous) => {
    if (state.document.title !== previous.document.title || state.document.product !== previous.document.product) remember();
  });
}

/** Commits what is typed in any field, then waits until every edit is stored. */
async function flushDrafts(stored: StoredMap | null): Promise<void> {
  window.dispatchEvent(new Event(COMMIT_DRAFTS_EVENT));
  await stored?.flushed();
}

/**
 * Opens the document kept in `database`. One that cannot be read is kept aside as it was (its
 * database is left untouched), the person is told, and a fresh database (`freshName()`) is used.
 */
async function openKeptMap(database: string, status: SessionStatusStore, freshName: () => string): Promise<{ ydoc: Y.Doc; stored: StoredMap | null; database: string }> {
  let name = database;
  let ydoc = new Y.Doc();
  let stored: StoredMap | null;
  try {
    stored = await openStoredMap(name, ydoc);
  } catch (error) {
    status.setState({ storageProblem: error instanceof Error ? error.message : String(error) });
    return { ydoc, stored: null, database };
  }
  if (hasDocument(ydoc) && !readable(ydoc)) {
    await keepAsideAndTell(status, [{ source: `IndexedDB ${name}`, foundAt: Date.now(), text: JSON.stringify(rootMap(ydoc).toJSON(), null, 2) }]);
    stored.destroy();
    name = freshName();
    ydoc = new Y.Doc();
    try {
      stored = await openStoredMap(name, ydoc);
    } catch (error) {
      status.setState({ storageProblem: error instanceof Error ? error.message : String(error) });
      stored = null;
    }
  }
  if (stored) {
    const watched = stored;
    // A failed write is told at once (a lasting warning); the leave guard reads `pending` itself.
    watched.subscribe(() => {
      if (watched.failure !== null && status.getState().storageProblem === null) status.setState({ storageProblem: watched.failure });
    });
  }
  syncTabs(ydoc, `arus:${name}`);
  return { ydoc, stored, database: name };
}

function readable(ydoc: Y.Doc): boolean {
  try {
    readDocument(ydoc);
    return true;
  } catch {
    return false;
  }
}

async function keepAsideAndTell(status: SessionStatusStore, maps: UnreadableMap[]): Promise<void> {
  try {
    const kept = await keepAside(maps);
    status.setState({ keptAside: kept.filter((k) => !k.dismissed) });
  } catch {
    // Not even a copy can be stored: the maps stay where they were, and the notice offers them now.
    status.setState({ keptAside: [...status.getState().keptAside, ...maps] });
  }
}

async function showKeptAside(status: SessionStatusStore): Promise<void> {
  const kept = await keptAsideMaps().catch(() => []);
  const shown = status.getState().keptAside;
  const more = kept.filter((k) => !k.dismissed && !shown.some((s) => s.foundAt === k.foundAt && s.text === k.text));
  if (more.length > 0) status.setState({ keptAside: [...status.getState().keptAside, ...more] });
}

/** Asks the server (if one runs here) for the addresses to share, and the room's links. */
async function findServer(status: SessionStatusStore, target: RoomTarget | null, origin: string): Promise<void> {
  try {
    if (target?.kind === 'edit') {
      const response = await fetch(`${ROOMS_API_PATH}${encodeURIComponent(target.room)}`, { cache: 'no-store' });
      if (!response.ok) return;
      const answer = (await response.json()) as RoomAnswer;
      const shareOrigin = shareableOrigin(origin, answer.addresses);
      status.setState({ serverAvailable: true, addresses: answer.addresses, links: roomLinks(shareOrigin, answer.room, answer.viewToken) });
    } else {
      const response = await fetch(SERVER_API_PATH, { cache: 'no-store' });
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return;
      const answer = (await response.json()) as { addresses: string[] };
      status.setState({ serverAvailable: true, addresses: answer.addresses });
    }
  } catch {
    // No server here (the static build alone, or offline): the map is kept in this browser.
  }
}

/** The origin to put in links: the page's own, unless it is this machine's loopback name, which nobody else can open. */
export function shareableOrigin(origin: string, addresses: string[]): string {
  const host = new URL(origin).hostname;
  const loopback = host === 'localhost' || host === '[::1]' || host.startsWith('127.');
  return loopback && addresses[0] ? new URL(addresses[0]).origin : origin;
}

/** Resolves when the room's state has arrived (false), or when the server refused the link (true). */
function roomSynced(provider: HocuspocusProvider): Promise<boolean> {
  if (provider.isSynced) return Promise.resolve(false);
  return new Promise((resolve) => {
    provider.on('synced', () => resolve(false));
    provider.on('authenticationFailed', () => resolve(true));
  });
}

function documentArrives(ydoc: Y.Doc): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!hasDocument(ydoc)) return;
      ydoc.off('update', check);
      resolve();
    };
    ydoc.on('update', check);
  });
}

/** Whether this person edited since the page opened (for a browser that cannot store). */
function trackEdits(ydoc: Y.Doc, stored: StoredMap | null): () => boolean {
  let edited = false;
  if (stored === null) ydoc.on('update', () => { edited = true; });
  return () => edited;
}

function takeShareOnOpen(room: string): boolean {
  try {
    if (sessionStorage.getItem(SHARE_ON_OPEN_KEY) !== room) return false;
    sessionStorage.removeItem(SHARE_ON_OPEN_KEY);
    return true;
  } catch {
    return false;
  }
}

function localDatabaseName(): string {
  try {
    return localStorage.getItem(LOCAL_DATABASE_KEY) || DEFAULT_LOCAL_DATABASE;
  } catch {
    return DEFAULT_LOCAL_DATABASE;
  }
}

function writeLocalDatabaseName(name: string): void {
  try {
    localStorage.setItem(LOCAL_DATABASE_KEY, name);
  } catch {
    // Without localStorage the next start reads the default database, kept aside again and told again.
  }
}

async function fetchSample(): Promise<VsmDocument | null> {
  try {
    const response = await fetch(FIRST_SAMPLE);
    return response.ok ? parseDocumentText(await response.text()) : null;
  } catch {
    return null;
  }
}

/**
 * *Share room*: makes a room with an unguessable id holding `doc`, waits until the server has
 * it, and opens it in this tab (its share dialog opens there).
 */
export async function startRoomWith(doc: VsmDocument, room: string, origin: string): Promise<void> {
  const ydoc = new Y.Doc();
  writeDocument(ydoc, doc);
  const provider = connectRoom({ ydoc, target: { kind: 'edit', room }, url: collabUrlFor(origin) });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the room server did not answer')), 15_000);
      const check = () => {
        if (provider.isSynced && !provider.hasUnsyncedChanges) {
          clearTimeout(timer);
          resolve();
        }
      };
      provider.on('synced', check);
      provider.on('unsyncedChanges', check);
      check();
    });
  } finally {
    provider.destroy();
  }
  try {
    sessionStorage.setItem(SHARE_ON_OPEN_KEY, room);
  } catch {
    // The dialog does not open by itself; the button is there.
  }
}
