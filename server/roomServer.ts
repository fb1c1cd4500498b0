import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import IORedis from 'ioredis';
import { WebSocketServer } from 'ws';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { COLLAB_PATH, isRoomId, ROOMS_API_PATH, SERVER_API_PATH, targetOfDocumentName, type RoomAnswer } from '../src/collab/room';
import { openPostgresRoomStore } from './postgresRoomStore';
import { openSqliteRoomStore, type RoomStore } from './roomStore';
import { createStaticHandler } from './staticFiles';
import { updateInMessage } from './updates';

export interface RoomServerOptions {
  port: number;
  /** The interface to listen on: 0.0.0.0 for the workshop network, 127.0.0.1 for this machine alone. */
  host: string;
  /** Where the rooms' SQLite file lives (unused when `databaseUrl` is set). */
  dataDir: string;
  /** PostgreSQL (`postgres://user:password@host:5432/db`) instead of SQLite: rooms shared by several servers. */
  databaseUrl?: string;
  /** Redis (`redis://host:6379`): servers on one database relay each other's edits and presence through it. */
  redisUrl?: string;
  /** The built app. */
  distDir: string;
}

export interface RoomServer {
  /** The port it listens on (the one asked for, or the one the system chose for 0). */
  port: number;
  /** Where the rooms are kept, for the start message (no password). */
  storeDescription: string;
  /** Stores every open room and closes the database; a signal handler awaits it, then exits. */
  closeNow(): Promise<void>;
  /** Stops listening, then `closeNow`. */
  close(): Promise<void>;
}

/** The largest message a client may send: a whole map with room to spare (a file may be 20 MB). */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/**
 * One HTTP server on one port: the built app, the room API and the Yjs sync WebSocket
 * (Hocuspocus) at `/collab`. A connection names its document: a room id to edit it, or
 * `view:TOKEN` to watch it read-only.
 *
 * A view connection never touches the room's document itself. It gets a document of its own
 * (named after the token, so the room id stays unknown to it) that mirrors the room: the room's
 * content and every later update, and the editors' presence. Hocuspocus refuses any update a
 * read-only connection sends, and nothing flows from the mirror back to the room.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const store = options.databaseUrl ? await openPostgresRoomStore(options.databaseUrl) : openSqliteRoomStore(options.dataDir);
  /** Set once the server began to store every room and close the database (see `closeNow`). */
  let closed = false;
  /** Snapshots being written, waited for before the database closes. */
  const writing = new Set<Promise<void>>();
  const tracked = (work: Promise<void>) => {
    writing.add(work);
    return work.finally(() => writing.delete(work));
  };
  const roomOf = (documentName: string): string | null => {
    const target = targetOfDocumentName(documentName);
    return target?.kind === 'edit' ? target.room : null;
  };

  const persistence = new Database({
    fetch: async ({ documentName }) => {
      const room = roomOf(documentName);
      return room ? store.load(room) : null;
    },
    // Called with the whole state; the store folds in only the updates it read (see `compact`).
    store: async ({ documentName, state }) => {
      const room = roomOf(documentName);
      if (room && !closed) await tracked(store.compact(room, state));
    },
  });

  const mirrors = new Map<string, () => Promise<void>>();
  const rooms: Extension = {
    extensionName: 'ArusRooms',
    async onAuthenticate({ documentName, connectionConfig }) {
      const target = targetOfDocumentName(documentName);
      if (!target) throw new Error(`refused a connection to "${documentName.slice(0, 80)}": not a room id or view token`);
      if (target.kind === 'edit') {
        await store.viewToken(target.room); // the room exists from its first use
        return { room: target.room };
      }
      const room = await store.roomOfViewToken(target.token);
      if (!room) throw new Error('refused a connection with an unknown view token');
      connectionConfig.readOnly = true;
      return { room };
    },
    // Every update a client sends is stored before Hocuspocus applies it and confirms it to the
    // client (it handles the message once this resolves), so a confirmed edit survives a killed
    // server. The store writes updates in the order they arrive (see `groupCommit`). Updates
    // relayed from another server through Redis are not stored again: the server that received
    // them did.
    async beforeHandleMessage({ documentName, connection, update: message }) {
      const room = roomOf(documentName);
      const update = room && !connection.readOnly ? updateInMessage(message) : null;
      if (!room || !update) return;
      if (closed) throw new Error('the server is stopping; the client sends this again when it reconnects');
      await store.append(room, update);
    },
    async onLoadDocument({ documentName, document, instance }) {
      const target = targetOfDocumentName(documentName);
      if (target?.kind !== 'view') return;
      const room = await store.roomOfViewToken(target.token);
      if (!room) throw new Error('unknown view token');
      const direct = await instance.openDirectConnection(room);
      const source = direct.document!;
      // Applied without an origin: Hocuspocus stores only what a connection sent, and the mirror is never stored.
      Y.applyUpdate(document, Y.encodeStateAsUpdate(source));
      const onUpdate = (update: Uint8Array) => Y.applyUpdate(document, update);
      const onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        applyAwarenessUpdate(document.awareness, encodeAwarenessUpdate(source.awareness, [...added, ...updated, ...removed]), null);
      };
      source.on('update', onUpdate);
      source.awareness.on('update', onAwareness);
      const editors = [...source.awareness.getStates().keys()];
      if (editors.length > 0) applyAwarenessUpdate(document.awareness, encodeAwarenessUpdate(source.awareness, editors), null);
      mirrors.set(documentName, async () => {
        source.off('update', onUpdate);
        source.awareness.off('update', onAwareness);
        await direct.disconnect();
      });
    },
    async afterUnloadDocument({ documentName }) {
      const detach = mirrors.get(documentName);
      mirrors.delete(documentName);
      await detach?.();
    },
  };

  // Several servers on one database: each relays its rooms' updates and presence to the others
  // through Redis, and a Redis lock lets one of them at a time write a room's snapshot.
  const redis = options.redisUrl
    ? new Redis({ createClient: () => new IORedis(options.redisUrl!), prefix: 'arus' })
    : null;
  const hocuspocus = new Hocuspocus({
    name: 'arus',
    quiet: true,
    // Snapshots fold the update log in at most every 10 s; the log itself is written at once.
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions: [persistence, rooms, ...(redis ? [redis] : [])],
  });

  const serveStatic = createStaticHandler(options.distDir);
  const addresses = () => serverAddresses(options.host, (httpServer.address() as AddressInfo).port);
  const httpServer = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path.startsWith(ROOMS_API_PATH)) {
      answerRoomApi(request, response, decodeSegment(path.slice(ROOMS_API_PATH.length)), store, addresses()).catch((error: Error) => {
        console.error('room API:', error.message);
        if (!response.headersSent) answerJson(response, 503, { error: 'the rooms database did not answer' });
      });
      return;
    }
    if (path === SERVER_API_PATH) {
      answerJson(response, 200, { addresses: addresses() });
      return;
    }
    serveStatic(request, response);
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  httpServer.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== COLLAB_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => console.error('connection error:', error.message));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolveListen();
    });
  });

  let closing: Promise<void> | null = null;
  const closeNow = () => {
    closing ??= (async () => {
      closed = true;
      const snapshots = [...hocuspocus.documents.values()].flatMap((document) => {
        const room = roomOf(document.name);
        return room ? [store.compact(room, Y.encodeStateAsUpdate(document))] : [];
      });
      const results = await Promise.allSettled([...snapshots, ...writing]);
      for (const result of results) if (result.status === 'rejected') console.error('a room was not stored on stopping (its updates are):', String(result.reason));
      await redis?.onDestroy();
      await store.close();
    })();
    return closing;
  };

  return {
    port: (httpServer.address() as AddressInfo).port,
    storeDescription: store.description,
    closeNow,
    close: async () => {
      for (const client of webSockets.clients) client.terminate();
      await new Promise<void>((done) => httpServer.close(() => done()));
      await closeNow();
    },
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** Addresses others on the network can open: one per non-internal IPv4 interface, or the one interface listened on. */
export function serverAddresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host}:${port}/`];
  const addresses: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) addresses.push(`http://${entry.address}:${port}/`);
    }
  }
  return addresses;
}

function answerJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** `GET /api/rooms/ID`: the room's view token and the addresses to share; the room is made on first use. Only editors know ID. */
async function answerRoomApi(request: IncomingMessage, response: ServerResponse, room: string, store: RoomStore, addresses: string[]): Promise<void> {
  if (request.method !== 'GET') return answerJson(response, 405, { error: 'use GET' });
  if (!isRoomId(room)) return answerJson(response, 400, { error: 'a room id is 1 to 64 letters, digits, - or _' });
  answerJson(response, 200, { room, viewToken: await store.viewToken(room), addresses } satisfies RoomAnswer);
}
