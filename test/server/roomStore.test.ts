// @vitest-environment node
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as Y from 'yjs';
import { openPostgresRoomStore } from '../../server/postgresRoomStore';
import { DATABASE_FILE, openSqliteRoomStore, type RoomStore } from '../../server/roomStore';
import { tempDataDir } from './harness';
import { startCompanyServices } from './services';

/**
 * Both room stores against real databases: SQLite in a temporary folder, PostgreSQL from
 * services.ts (CI's server, or one started here from the installed binaries).
 */

const started = await startCompanyServices();
if ('missing' in started) {
  console.warn(`\n!!!!!!!!\n!! SKIPPED: the PostgreSQL room store tests. ${started.missing}.\n!!!!!!!!\n`);
}
const services = 'services' in started ? started.services : null;
afterAll(async () => services?.stop());

/** One person's document, and every update it made, in order. */
function aPerson() {
  const ydoc = new Y.Doc();
  const updates: Uint8Array[] = [];
  ydoc.on('update', (update: Uint8Array) => updates.push(update));
  return { ydoc, updates, set: (key: string, value: unknown) => ydoc.getMap('arus').set(key, value) };
}

/** What a stored room holds, as a plain object. */
function contentOf(state: Uint8Array | null): Record<string, unknown> | null {
  if (!state) return null;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc.getMap('arus').toJSON();
}

interface Backend {
  name: string;
  open(): Promise<RoomStore>;
  /** How many updates the room's log holds (not yet folded into its snapshot). */
  logLength(room: string): Promise<number>;
  cleanUp(): Promise<void>;
}

const sqliteDir = tempDataDir();
const backends: Array<Backend | null> = [
  {
    name: 'SQLite',
    open: async () => openSqliteRoomStore(sqliteDir),
    logLength: async (room) => {
      const db = new Database(join(sqliteDir, DATABASE_FILE), { readonly: true });
      const { n } = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM room_updates WHERE room = ?').get(room)!;
      db.close();
      return n;
    },
    cleanUp: async () => rmSync(sqliteDir, { recursive: true, force: true }),
  },
  services && {
    name: 'PostgreSQL',
    open: () => openPostgresRoomStore(services.databaseUrl),
    logLength: async (room) => {
      const client = new pg.Client({ connectionString: services.databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM room_updates WHERE room = $1', [room]);
      await client.end();
      return Number(rows[0]!.n);
    },
    cleanUp: async () => undefined,
  },
];

describe.each(backends.filter((b): b is Backend => b !== null).map((backend) => ({ backend, name: backend.name })))('the $name room store', ({ backend }) => {
  let store: RoomStore;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanUp();
  });

  it('has nothing for a room never edited', async () => {
    expect(await store.load('never-edited')).toBeNull();
  });

  it('gives back every update appended, merged, after closing and opening again', async () => {
    const ana = aPerson();
    ana.set('title', 'Bracket line');
    ana.set('taktTimeSec', 60);
    ana.set('title', 'Bracket line 3');
    for (const update of ana.updates) await store.append('appended', update);
    await store.close();
    store = await backend.open();
    expect(contentOf(await store.load('appended'))).toEqual({ title: 'Bracket line 3', taktTimeSec: 60 });
    expect(await backend.logLength('appended')).toBe(3);
  });

  it('keeps every one of many updates appended at once (written together, one commit)', async () => {
    const ana = aPerson();
    for (let i = 0; i < 100; i++) ana.set(`field${i}`, i);
    await Promise.all(ana.updates.map((update) => store.append('many-at-once', update)));
    expect(await backend.logLength('many-at-once')).toBe(100);
    const content = contentOf(await store.load('many-at-once'))!;
    expect(Object.keys(content)).toHaveLength(100);
    expect(content.field99).toBe(99);
  });

  it('compacting folds the log into the snapshot, content unchanged', async () => {
    const ana = aPerson();
    ana.set('title', 'Press shop');
    ana.set('shifts', 2);
    for (const update of ana.updates) await store.append('compacted', update);
    await store.compact('compacted', Y.encodeStateAsUpdate(ana.ydoc));
    expect(await backend.logLength('compacted')).toBe(0);
    expect(contentOf(await store.load('compacted'))).toEqual({ title: 'Press shop', shifts: 2 });
  });

  it('a snapshot that lacks an update still keeps it: compaction never loses what it did not see', async () => {
    const ana = aPerson();
    const budi = aPerson();
    ana.set('title', 'Weld cell');
    for (const update of ana.updates) await store.append('late-update', update);
    // Budi's edit is stored, but the server's document (Ana's) has not got it yet.
    Y.applyUpdate(budi.ydoc, Y.encodeStateAsUpdate(ana.ydoc));
    budi.updates.length = 0;
    budi.set('demandPerDay', 460);
    await store.append('late-update', budi.updates[0]!);
    await store.compact('late-update', Y.encodeStateAsUpdate(ana.ydoc));
    // A second snapshot from a document that lacks it again, as a lagging server would write.
    await store.compact('late-update', Y.encodeStateAsUpdate(ana.ydoc));
    expect(contentOf(await store.load('late-update'))).toEqual({ title: 'Weld cell', demandPerDay: 460 });
  });

  it('keeps one view token per room, unguessable, and finds the room from it', async () => {
    const token = await store.viewToken('line-3');
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await store.viewToken('line-3')).toBe(token);
    expect(await store.viewToken('line-4')).not.toBe(token);
    expect(await store.roomOfViewToken(token)).toBe('line-3');
    expect(await store.roomOfViewToken('x'.repeat(24))).toBeNull();
    // A room made by its first update has a token too, and keeps it.
    const ana = aPerson();
    ana.set('title', 'x');
    await store.append('made-by-update', ana.updates[0]!);
    const made = await store.viewToken('made-by-update');
    expect(await store.roomOfViewToken(made)).toBe('made-by-update');
  });
});

describe.skipIf(!services)('PostgreSQL shared by several servers', () => {
  it('two servers appending to one room while both compact it lose no update', async () => {
    // Two stores are two servers' connection pools. Each person's edits go to one server; both
    // servers snapshot the room from their own, lagging, copy all the while.
    const servers = await Promise.all([openPostgresRoomStore(services!.databaseUrl), openPostgresRoomStore(services!.databaseUrl)]);
    const people = [aPerson(), aPerson()];
    const EDITS = 40;
    await Promise.all(people.map(async (person, k) => {
      const server = servers[k]!;
      for (let i = 0; i < EDITS; i++) {
        person.set(`p${k}-${i}`, i);
        await server.append('busy-room', person.updates.at(-1)!);
        if (i % 5 === 4) await server.compact('busy-room', Y.encodeStateAsUpdate(person.ydoc));
      }
    }));
    const content = contentOf(await servers[0]!.load('busy-room'))!;
    expect(Object.keys(content)).toHaveLength(2 * EDITS);
    expect(content['p0-39']).toBe(39);
    expect(content['p1-0']).toBe(0);
    await Promise.all(servers.map((server) => server.close()));
  });

  it('two servers starting at once on an empty database both make it ready', async () => {
    const fresh = `${services!.databaseUrl}_fresh`;
    const admin = new pg.Client({ connectionString: services!.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${new URL(fresh).pathname.slice(1)}`);
    try {
      const servers = await Promise.all([openPostgresRoomStore(fresh), openPostgresRoomStore(fresh), openPostgresRoomStore(fresh)]);
      const token = await servers[0]!.viewToken('line-3');
      expect(await servers[2]!.roomOfViewToken(token)).toBe('line-3');
      await Promise.all(servers.map((server) => server.close()));
    } finally {
      await admin.query(`DROP DATABASE ${new URL(fresh).pathname.slice(1)} WITH (FORCE)`);
      await admin.end();
    }
  });
});
