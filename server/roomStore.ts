import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * Where rooms are kept. Each room is a Yjs state (a snapshot) plus the updates made since, so
 * every change is on disk the moment it arrives and a crash or a pulled plug loses nothing; a
 * snapshot now and then folds the updates in. The interface is synchronous because SQLite
 * through better-sqlite3 is; a PostgreSQL store would be the same four steps, asynchronous,
 * compacting only the updates up to the one its snapshot contains.
 */
export interface RoomStore {
  /** The room's content (snapshot and later updates merged), or null for a room never edited. */
  load(room: string): Uint8Array | null;
  /** Keeps one update of the room. */
  append(room: string, update: Uint8Array): void;
  /** Replaces the room's snapshot with `state` and drops the updates it contains. */
  compact(room: string, state: Uint8Array): void;
  /** The room's read-only token, made when the room is first used. */
  viewToken(room: string): string;
  /** The room a view token belongs to, or null. */
  roomOfViewToken(token: string): string | null;
  close(): void;
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

  const append = db.transaction((room: string, update: Uint8Array) => {
    ensureRoom(room);
    insertUpdate.run(room, asBuffer(update));
    touchRoom.run(now(), room);
  });
  const compact = db.transaction((room: string, state: Uint8Array) => {
    ensureRoom(room);
    writeState.run(asBuffer(state), now(), room);
    deleteUpdates.run(room);
  });

  return {
    load(room) {
      const row = selectRoom.get(room);
      const parts: Uint8Array[] = [];
      if (row?.state) parts.push(row.state);
      for (const { data } of selectUpdates.all(room)) parts.push(data);
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
    },
    append: (room, update) => append(room, update),
    compact: (room, state) => compact(room, state),
    viewToken: (room) => ensureRoom(room),
    roomOfViewToken: (token) => selectByToken.get(token)?.name ?? null,
    close: () => db.close(),
  };
}
