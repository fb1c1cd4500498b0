import { createStore, get, set, type UseStore } from 'idb-keyval';
import { serializeDocument, validateDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';

/**
 * Keeps the open map in IndexedDB so a reload or a crash loses no edit. localStorage is too
 * small (about 5 MB) and fails when full, so IndexedDB (through idb-keyval) is the store.
 * Writes are coalesced (a drag would otherwise write on every frame) and flushed when the tab
 * is hidden. An IndexedDB write started while the page unloads may never commit, so the last
 * unsaved edit is also written synchronously to localStorage then; on start the newer wins.
 */
export interface Autosave {
  /** Schedules a write of this document. */
  save(doc: VsmDocument): void;
  /** Writes what is pending now. */
  flush(): Promise<void>;
  dispose(): void;
}

interface SavedMap {
  /** When it was saved (ms since epoch): the newer of the two copies wins on start. */
  savedAt: number;
  text: string;
}

const KEY = 'current-map';
const UNLOAD_KEY = 'arus:unsaved-map';
const DELAY_MS = 250;

let defaultStore: UseStore | undefined;
function idbStore(): UseStore {
  defaultStore ??= createStore('arus', 'maps');
  return defaultStore;
}

function readUnloadCopy(): SavedMap | null {
  try {
    const raw = localStorage.getItem(UNLOAD_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object' && typeof (parsed as SavedMap).text === 'string' && typeof (parsed as SavedMap).savedAt === 'number') {
      return parsed as SavedMap;
    }
  } catch {
    // No localStorage (private mode) or a damaged copy: the IndexedDB copy stands.
  }
  return null;
}

/** The last saved map, or null on a first start or when what was saved is no longer valid. */
export async function loadSavedDocument(): Promise<VsmDocument | null> {
  if (typeof indexedDB === 'undefined') return null;
  const stored = await get<SavedMap>(KEY, idbStore()).catch(() => undefined);
  const unload = readUnloadCopy();
  const candidates = [unload, stored].filter((c): c is SavedMap => !!c && typeof c.text === 'string')
    .sort((a, b) => b.savedAt - a.savedAt);
  for (const candidate of candidates) {
    try {
      return validateDocument(JSON.parse(candidate.text));
    } catch {
      // A copy that no longer validates is skipped, never half-loaded.
    }
  }
  return null;
}

/** Keeps `doc` in IndexedDB after every change; `onError` gets the reason of a failed write (never swallowed). */
export function createAutosave(onError: (reason: string) => void): Autosave {
  let pending: VsmDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: VsmDocument | null = null;

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    const doc = pending;
    pending = null;
    if (!doc || doc === lastWritten || typeof indexedDB === 'undefined') return;
    const saved: SavedMap = { savedAt: Date.now(), text: serializeDocument(doc) };
    try {
      await set(KEY, saved, idbStore());
      lastWritten = doc;
      // The unload copy is older than what IndexedDB now holds.
      if ((readUnloadCopy()?.savedAt ?? Infinity) <= saved.savedAt) localStorage.removeItem(UNLOAD_KEY);
    } catch (error) {
      // Never swallow a failed write: the person must know the map is not safe yet.
      pending ??= doc;
      onError(error instanceof Error ? error.message : String(error));
    }
  };

  const onPageHide = () => {
    if (pending && pending !== lastWritten) {
      try {
        localStorage.setItem(UNLOAD_KEY, JSON.stringify({ savedAt: Date.now(), text: serializeDocument(pending) } satisfies SavedMap));
      } catch {
        // Too large for localStorage: the IndexedDB write below is the only chance.
      }
    }
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onPageHide();
  };
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);

  return {
    save(doc) {
      pending = doc;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), DELAY_MS);
    },
    flush,
    dispose() {
      clearTimeout(timer);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
