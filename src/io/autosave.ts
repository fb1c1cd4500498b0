import { createStore, get, set, type UseStore } from 'idb-keyval';
import { serializeDocument, validateDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';

/**
 * Keeps the open map in IndexedDB so a reload or a crash loses no edit. localStorage is too
 * small (about 5 MB) and fails silently when full; IndexedDB through idb-keyval does not.
 * Writes are coalesced (one per idle moment) and flushed on pagehide and when the tab is hidden.
 */
export interface Autosave {
  /** Schedules a write of this document. */
  save(doc: VsmDocument): void;
  /** Writes what is pending now. */
  flush(): Promise<void>;
  dispose(): void;
}

const KEY = 'current-map';
const DELAY_MS = 250;

let defaultStore: UseStore | undefined;
function idbStore(): UseStore {
  defaultStore ??= createStore('arus', 'maps');
  return defaultStore;
}

/** The last saved map, or null on a first start or when what was saved is no longer valid. */
export async function loadSavedDocument(): Promise<VsmDocument | null> {
  if (typeof indexedDB === 'undefined') return null;
  const text = await get<string>(KEY, idbStore());
  if (typeof text !== 'string') return null;
  try {
    return validateDocument(JSON.parse(text));
  } catch {
    return null;
  }
}

export function createAutosave(onError: (message: string) => void): Autosave {
  let pending: VsmDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: VsmDocument | null = null;

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    const doc = pending;
    pending = null;
    if (!doc || doc === lastWritten || typeof indexedDB === 'undefined') return;
    try {
      await set(KEY, serializeDocument(doc), idbStore());
      lastWritten = doc;
    } catch (error) {
      // Never swallow a failed write: the person must know the map is not safe yet.
      pending ??= doc;
      onError(`Could not save the map in this browser: ${error instanceof Error ? error.message : String(error)}. Save it as JSON.`);
    }
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onHide);

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
      document.removeEventListener('visibilitychange', onHide);
    },
  };
}
