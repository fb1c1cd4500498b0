import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/**
 * The shared document kept in this browser's IndexedDB (y-indexeddb), with what the editor
 * needs to keep its promise of not one lost edit: whether every edit is stored yet (leaving
 * asks first while not), and a failure that is reported, never swallowed (private mode, a full
 * disk). y-indexeddb writes each update in its own transaction and reports neither completion
 * nor failure, so both are read from the database: a read-only transaction on the same store
 * completes only after the writes queued before it, and a failed write's error and abort
 * bubble up to the database object.
 */
export interface StoredMap {
  persistence: IndexeddbPersistence;
  /** True while an edit is not yet on disk. */
  readonly pending: boolean;
  /** Called when `pending` changes or a write fails. */
  subscribe(listener: () => void): () => void;
  /** The reason of the first failed write, or null. */
  readonly failure: string | null;
  /** Resolves once every edit made so far is on disk (or storing failed). */
  flushed(): Promise<void>;
  /**
   * Writes the edits not yet on disk to localStorage, synchronously: the page is going away and
   * its IndexedDB writes may never finish. Only those edits, so even a huge map's copy fits.
   */
  rescue(): void;
  destroy(): void;
}

const UPDATES_STORE = 'updates';
/** localStorage: edits rescued when a page went away before IndexedDB had them, per database. */
export const RESCUE_PREFIX = 'arus:rescue:';
/** How long opening IndexedDB may take before the browser is taken to have none (private mode). */
const OPEN_TIMEOUT_MS = 5_000;

export class StorageUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Loads the document stored under `name` into `ydoc` and keeps storing every edit. Rejects with
 * a `StorageUnavailableError` when this browser cannot store (no IndexedDB, refused, too slow).
 */
export async function openStoredMap(name: string, ydoc: Y.Doc): Promise<StoredMap> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
  const persistence = new IndexeddbPersistence(name, ydoc);
  // y-indexeddb's own promise of the database, the only way to see it refused.
  const opening = (persistence as unknown as { _db: Promise<IDBDatabase> })._db;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let db: IDBDatabase;
  try {
    db = await Promise.race([
      opening,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StorageUnavailableError('IndexedDB did not open')), OPEN_TIMEOUT_MS);
      }),
    ]);
    await persistence.whenSynced;
  } catch (error) {
    void persistence.destroy().catch(() => {});
    throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(reasonOf(error));
  } finally {
    clearTimeout(timer);
  }

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let writing = 0;
  /** Edits whose write is not yet known to be on disk, for `rescue`. */
  let unconfirmed: Uint8Array[] = [];
  let confirmedUpTo = 0;
  let failure: string | null = null;
  let waiters: (() => void)[] = [];
  const settle = () => {
    if (writing > 0) return;
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  };

  const onFailure = (event: Event) => {
    const error = (event.target as IDBRequest | IDBTransaction | null)?.error;
    if (failure === null) {
      failure = reasonOf(error ?? 'a write was aborted');
      notify();
    }
  };
  db.addEventListener('error', onFailure);
  db.addEventListener('abort', onFailure);

  // Registered after y-indexeddb's own listener, so its write transaction is queued first.
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return;
    unconfirmed.push(update);
    const index = confirmedUpTo + unconfirmed.length;
    writing += 1;
    if (writing === 1) notify();
    let check: IDBTransaction;
    try {
      check = db.transaction([UPDATES_STORE], 'readonly');
    } catch (error) {
      failure ??= reasonOf(error);
      writing -= 1;
      notify();
      settle();
      return;
    }
    const done = () => {
      // Transactions complete in order: every edit up to this one is on disk, unless a write failed.
      if (failure === null) {
        unconfirmed = unconfirmed.slice(index - confirmedUpTo);
        confirmedUpTo = index;
        if (writing === 1) clearRescue(name);
      }
      writing -= 1;
      if (writing === 0) notify();
      settle();
    };
    check.oncomplete = done;
    check.onabort = done;
    check.onerror = () => {};
  };
  ydoc.on('update', onUpdate);
  // After `onUpdate`, so the rescued edits are written and tracked like any other, then forgotten.
  applyRescued(name, ydoc);

  return {
    persistence,
    get pending() {
      return writing > 0;
    },
    get failure() {
      return failure;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flushed() {
      if (writing === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    rescue() {
      if (unconfirmed.length === 0) return;
      try {
        localStorage.setItem(RESCUE_PREFIX + name, toBase64(Y.mergeUpdates(unconfirmed)));
      } catch {
        // No room even for the last edits: nothing more can be done while the page unloads.
      }
    },
    destroy() {
      ydoc.off('update', onUpdate);
      db.removeEventListener('error', onFailure);
      db.removeEventListener('abort', onFailure);
      void persistence.destroy();
    },
  };
}

/** Applies edits a page rescued on its way out (applying them twice changes nothing), then forgets them once stored. */
function applyRescued(name: string, ydoc: Y.Doc): void {
  let text: string | null;
  try {
    text = localStorage.getItem(RESCUE_PREFIX + name);
  } catch {
    return;
  }
  if (!text) return;
  try {
    // Applied without an origin, so y-indexeddb stores it like any edit.
    Y.applyUpdate(ydoc, fromBase64(text));
  } catch {
    // A damaged rescue copy: the stored map stands; the copy stays for a later look.
  }
}

function clearRescue(name: string): void {
  try {
    localStorage.removeItem(RESCUE_PREFIX + name);
  } catch {
    // Nothing to clear without localStorage.
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) return error.name && error.message ? `${error.name}: ${error.message}` : error.message || error.name;
  return String(error);
}
