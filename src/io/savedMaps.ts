import { createStore, get, set, type UseStore } from 'idb-keyval';
import { validateDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';

/**
 * What earlier versions of Arus kept in this browser (one map as JSON text in IndexedDB, a
 * rescue copy in localStorage), read once to carry the map into the shared document, and the
 * maps kept aside because they could not be read. Nothing here is ever deleted or overwritten.
 */

interface SavedText {
  savedAt: number;
  text: string;
}

/** A saved map that could not be read: its text as stored, and where it was. */
export interface UnreadableMap {
  source: string;
  foundAt: number;
  text: string;
  /** The person closed the notice (the map itself stays kept). */
  dismissed?: boolean;
}

const LEGACY_KEY = 'current-map';
const LEGACY_UNLOAD_KEY = 'arus:unsaved-map';
const KEPT_ASIDE_KEY = 'kept-aside';

let defaultStore: UseStore | undefined;
function keyvalStore(): UseStore {
  defaultStore ??= createStore('arus', 'maps');
  return defaultStore;
}

function legacyUnloadCopy(): SavedText | null {
  try {
    const raw = localStorage.getItem(LEGACY_UNLOAD_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof (parsed as SavedText).text === 'string' && typeof (parsed as SavedText).savedAt === 'number') return parsed as SavedText;
  } catch {
    // No localStorage (private mode) or a damaged copy: the IndexedDB copy stands.
  }
  return null;
}

/**
 * The map an earlier version saved (the newer of its two copies that validates), and the copies
 * that do not validate, so they can be kept aside and offered to the person.
 */
export async function loadLegacyMap(): Promise<{ doc: VsmDocument | null; unreadable: UnreadableMap[] }> {
  if (typeof indexedDB === 'undefined') return { doc: null, unreadable: [] };
  const stored = await get<SavedText>(LEGACY_KEY, keyvalStore()).catch(() => undefined);
  const copies = [
    { copy: legacyUnloadCopy(), source: `localStorage ${LEGACY_UNLOAD_KEY}` },
    { copy: stored ?? null, source: `IndexedDB arus/maps ${LEGACY_KEY}` },
  ].filter((c): c is { copy: SavedText; source: string } => !!c.copy && typeof c.copy.text === 'string')
    .sort((a, b) => b.copy.savedAt - a.copy.savedAt);
  const unreadable: UnreadableMap[] = [];
  for (const { copy, source } of copies) {
    try {
      return { doc: validateDocument(JSON.parse(copy.text)), unreadable };
    } catch {
      unreadable.push({ source, foundAt: Date.now(), text: copy.text });
    }
  }
  return { doc: null, unreadable };
}

/** The maps kept aside in this browser. */
export async function keptAsideMaps(): Promise<UnreadableMap[]> {
  if (typeof indexedDB === 'undefined') return [];
  return (await get<UnreadableMap[]>(KEPT_ASIDE_KEY, keyvalStore()).catch(() => undefined)) ?? [];
}

/** Keeps `maps` aside (a copy of each, beside any kept before); a map already kept is not added twice. */
export async function keepAside(maps: UnreadableMap[]): Promise<UnreadableMap[]> {
  const kept = await keptAsideMaps();
  for (const map of maps) {
    if (!kept.some((k) => k.source === map.source && k.text === map.text)) kept.push(map);
  }
  await set(KEPT_ASIDE_KEY, kept, keyvalStore());
  return kept;
}

/** Hides the notice of a kept map; the map stays kept. */
export async function dismissKeptAside(foundAt: number): Promise<void> {
  const kept = await keptAsideMaps();
  await set(KEPT_ASIDE_KEY, kept.map((k) => (k.foundAt === foundAt ? { ...k, dismissed: true } : k)), keyvalStore());
}
