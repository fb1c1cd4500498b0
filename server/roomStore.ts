import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * Where rooms are kept. Each room is a Yjs state (a snapshot) plus the updates made since, so
 * every change is stored the moment it arrives and a crash or a pulled plug loses nothing; a
 * snapshot now and then folds the updates in. Two backends: SQLite (one file, the workshop
 * laptop) and PostgreSQL (`postgresRoomStore.ts`, several servers of a company). Every step
 * returns a promise because PostgreSQL answers over the network; SQLite answers at once.
 */
export interface RoomStore {
  /** The room's content (snapshot and later updates merged), or null for a room never edited. */
  load(room: string): Promise<Uint8Array | null>;
  /** Keeps one update of the room; resolved once it is stored. */
  append(room: string, update: Uint8Array): Promise<void>;
  /**
   * Folds `state`, the stored snapshot and the updates read in the same transaction into the
   * new snapshot, and drops exactly those updates: one that arrives meanwhile stays in the log,
   * so a snapshot never drops an update it does not contain.
   */
  compact(room: string, state: Uint8Array): Promise<void>;
  /** The room's read-only token, made when the room is first used. */
  viewToken(room: string): Promise<string>;
  /** The room a view token belongs to, or null. */
  roomOfViewToken(token: string): Promise<string | null>;
  /** Where the rooms are, for the start message (no password). */
  readonly description: string;
  close(): Promise<void>;
}

export interface RoomUpdate {
  room: string;
  update: Uint8Array;
}

/**
 * Group commit: appends that arrive while a write is under way wait and go together in the
 * next write, one transaction (one sync to disk) for all of them, so the rate of updates a
 * store takes does not stop at one per disk sync. Writes run one at a time, in arrival order,
 * so each person's updates are stored and confirmed in the order sent. `collectFirst` waits one
 * turn of the event loop before a write, for a store that writes synchronously (SQLite) and
 * would otherwise never find a second update waiting.
 */
export function groupCommit(write: (batch: readonly RoomUpdate[]) => Promise<void>, { collectFirst = false } = {}) {
  let queued: Array<RoomUpdate & { done: () => void; failed: (error: unknown) => void }> = [];
  let writing: Promise<void> | null = null;
  const drain = async () => {
    if (collectFirst) await new Promise((resolve) => setImmediate(resolve));
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      try {
        await write(batch);
        for (const entry of batch) entry.done();
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
    writing = null;
  };
  return {
    append(room: string, update: Uint8Array): Promise<void> {
      return new Promise((done, failed) => {
        queued.push({ room, update, done, failed });
        writing ??= drain();
      });
    },
    /** Resolves once every update appended so far is written (or has failed). */
    flushed: async () => {
      while (writing) await writing;
    },
  };
}

/** One Yjs update holding everything in `parts` (snapshots and updates, in any order, overlapping or not). */
export function foldUpdates(parts: readonly Uint8Array[]): Uint8Array {
  // Through a document rather than Y.mergeUpdates: overlapping parts are applied once and
  // deleted content is garbage-collected, so the snapshot stays as small as the map.
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  const folded = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return folded;
}

/** The file inside the data folder. */
export const DATABASE_FILE = 'arus-rooms.sqlite';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY,
    view_token TEXT NOT NULL UNIQUE,
    state BLOB,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS room_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL REFERENCES rooms(name),
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_by_room ON room_updates(room, id);
`;

/** 18 random bytes as 24 URL-safe characters (matches VIEW_TOKEN_PATTERN). */
export function makeViewToken(): string {
  return randomBytes(18).toString('base64url');
}

/** better-sqlite3 stores Buffers as BLOBs; Yjs hands out plain Uint8Arrays. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Rooms in one SQLite file in `dataDir` (made if missing). */
export function openSqliteRoomStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  // WAL lets a snapshot be written while updates keep arriving; FULL syncs each commit to disk,
  // which a workshop's pace of edits affords.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);

  const selectRoom = db.prepare<[string], { state: Buffer | null; view_token: string }>('SELECT state, view_token FROM rooms WHERE name = ?');
  const selectUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM room_updates WHERE room = ? ORDER BY id');
  const insertRoom = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO rooms (name, view_token, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO room_updates (room, data) VALUES (?, ?)');
  const touchRoom = db.prepare<[string, string]>('UPDATE rooms SET updated_at = ? WHERE name = ?');
  const writeState = db.prepare<[Uint8Array, string, string]>('UPDATE rooms SET state = ?, updated_at = ? WHERE name = ?');
  const deleteUpdates = db.prepare<[string]>('DELETE FROM room_updates WHERE room = ?');
  const selectByToken = db.prepare<[string], { name: string }>('SELECT name FROM rooms WHERE view_token = ?');

  const now = () => new Date().toISOString();
  const ensureRoom = (room: string): string => {
    const existing = selectRoom.get(room);
    if (existing) return existing.view_token;
    const token = makeViewToken();
    insertRoom.run(room, token, now(), now());
    return selectRoom.get(room)!.view_token;
  };

  const appends = groupCommit(async (batch) => writeUpdates(batch), { collectFirst: true });
  const writeUpdates = db.transaction((batch: readonly RoomUpdate[]) => {
    for (const { room, update } of batch) {
      ensureRoom(room);
      insertUpdate.run(room, asBuffer(update));
    }
    for (const room of new Set(batch.map((entry) => entry.room))) touchRoom.run(now(), room);
  });
  // One transaction on one connection: no update can arrive between reading the log and
  // deleting it, so the whole log is folded in and deleted.
  const compact = db.transaction((room: string, state: Uint8Array) => {
    ensureRoom(room);
    const stored = selectRoom.get(room)!.state;
    const updates = selectUpdates.all(room).map(({ data }) => data);
    writeState.run(asBuffer(foldUpdates([...(stored ? [stored] : []), state, ...updates])), now(), room);
    deleteUpdates.run(room);
  });

  return {
    description: join(dataDir, DATABASE_FILE),
    async load(room) {
      const row = selectRoom.get(room);
      const parts: Uint8Array[] = [];
      if (row?.state) parts.push(row.state);
      for (const { data } of selectUpdates.all(room)) parts.push(data);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
    },
    append: appends.append,
    compact: async (room, state) => compact(room, state),
    viewToken: async (room) => ensureRoom(room),
    roomOfViewToken: async (token) => selectByToken.get(token)?.name ?? null,
    close: async () => {
      await appends.flushed();
      db.close();
    },
  };
}
