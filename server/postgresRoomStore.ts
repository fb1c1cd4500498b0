import pg from 'pg';
import { foldUpdates, groupCommit, makeViewToken, type RoomStore } from './roomStore';

/**
 * Rooms in PostgreSQL, for several room servers of a company sharing them: the same tables as
 * the SQLite file (a snapshot per room, the updates since, the view token). Several processes
 * append and compact the same room at once, so a snapshot folds in the stored snapshot and the
 * updates it read, and deletes those updates by id, never "all of the room's".
 */

// Two servers starting at once would race on CREATE TABLE IF NOT EXISTS (PostgreSQL can then
// fail on its catalog's unique index); a transaction-scoped advisory lock makes them take turns.
const SCHEMA_LOCK = 0x41_72_75_73; // "Arus"
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY,
    view_token TEXT NOT NULL UNIQUE,
    state BYTEA,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS room_updates (
    id BIGSERIAL PRIMARY KEY,
    room TEXT NOT NULL REFERENCES rooms(name),
    data BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_by_room ON room_updates(room, id);
`;

/** The address without its password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Connects to `url` (`postgres://user:password@host:5432/db`) and makes the tables if missing. */
export async function openPostgresRoomStore(url: string): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the database drops (a restart, a network blip) must not end the server.
  pool.on('error', (error) => console.error('database connection lost:', error.message));
  try {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
  } catch (error) {
    await pool.end();
    throw error;
  }

  const ensureRoom = async (room: string, client: pg.ClientBase | pg.Pool = pool): Promise<string> => {
    const existing = await client.query<{ view_token: string }>('SELECT view_token FROM rooms WHERE name = $1', [room]);
    if (existing.rows[0]) return existing.rows[0].view_token;
    await client.query('INSERT INTO rooms (name, view_token) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [room, makeViewToken()]);
    // Another server may have made the room first: read whichever token won.
    const made = await client.query<{ view_token: string }>('SELECT view_token FROM rooms WHERE name = $1', [room]);
    return made.rows[0]!.view_token;
  };

  // Updates waiting while a write is under way go in the next one: one INSERT of many rows, one
  // commit. The room rows first, in the same statement, so a room's first update needs no extra
  // round trip.
  const appends = groupCommit(async (batch) => {
    const rooms = [...new Set(batch.map(({ room }) => room))];
    await pool.query(
      `WITH made AS (
         INSERT INTO rooms (name, view_token) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING
       )
       INSERT INTO room_updates (room, data) SELECT room, data FROM unnest($3::text[], $4::bytea[]) WITH ORDINALITY AS u(room, data, n) ORDER BY n`,
      [rooms, rooms.map(() => makeViewToken()), batch.map(({ room }) => room), batch.map(({ update }) => Buffer.from(update.buffer, update.byteOffset, update.byteLength))],
    );
  });

  return {
    description: describeDatabaseUrl(url),
    async load(room) {
      // One statement sees one snapshot of the database: a compaction by another server cannot
      // move updates into the snapshot between reading the one and the other.
      const { rows } = await pool.query<{ data: Buffer | null }>(
        `SELECT state AS data, 0 AS part, 0::bigint AS id FROM rooms WHERE name = $1
         UNION ALL SELECT data, 1, id FROM room_updates WHERE room = $1
         ORDER BY part, id`,
        [room],
      );
      const parts = rows.flatMap(({ data }) => (data ? [new Uint8Array(data.buffer, data.byteOffset, data.byteLength)] : []));
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : foldUpdates(parts);
    },
    append: appends.append,
    async compact(room, state) {
      await inTransaction(pool, async (client) => {
        await ensureRoom(room, client);
        // FOR UPDATE: two servers compacting one room take turns, each reading the other's snapshot.
        const stored = await client.query<{ state: Buffer | null }>('SELECT state FROM rooms WHERE name = $1 FOR UPDATE', [room]);
        const updates = await client.query<{ id: string; data: Buffer }>('SELECT id, data FROM room_updates WHERE room = $1 ORDER BY id', [room]);
        const snapshot = stored.rows[0]?.state;
        const folded = foldUpdates([...(snapshot ? [snapshot] : []), state, ...updates.rows.map(({ data }) => data)]);
        await client.query('UPDATE rooms SET state = $2, updated_at = now() WHERE name = $1', [room, Buffer.from(folded)]);
        // By id: an update committed after the SELECT above is not in the snapshot and stays.
        if (updates.rows.length > 0) await client.query('DELETE FROM room_updates WHERE id = ANY($1::bigint[])', [updates.rows.map(({ id }) => id)]);
      });
    },
    viewToken: (room) => ensureRoom(room),
    async roomOfViewToken(token) {
      const { rows } = await pool.query<{ name: string }>('SELECT name FROM rooms WHERE view_token = $1', [token]);
      return rows[0]?.name ?? null;
    },
    close: async () => {
      await appends.flushed();
      await pool.end();
    },
  };
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
