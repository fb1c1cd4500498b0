import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import { Database } from '@hocuspocus/extension-database';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { COLLAB_PATH, isRoomId, ROOMS_API_PATH, SERVER_API_PATH, targetOfDocumentName, type RoomAnswer } from '../src/collab/room';
import { openSqliteRoomStore, type RoomStore } from './roomStore';
import { createStaticHandler } from './staticFiles';

export interface RoomServerOptions {
  port: number;
  /** The interface to listen on: 0.0.0.0 for the workshop network, 127.0.0.1 for this machine alone. */
  host: string;
  /** Where the rooms' SQLite file lives. */
  dataDir: string;
  /** The built app. */
  distDir: string;
}

export interface RoomServer {
  /** The port it listens on (the one asked for, or the one the system chose for 0). */
  port: number;
  /** Stores every open room and closes the database. Synchronous, so a signal handler can call it and exit. */
  closeNow(): void;
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
  const store = openSqliteRoomStore(options.dataDir);
  /** Set once every room is stored and the database closed (see `closeNow`). */
  let closed = false;
  const roomOf = (documentName: string): string | null => {
    const target = targetOfDocumentName(documentName);
    return target?.kind === 'edit' ? target.room : null;
  };

  const persistence = new Database({
    fetch: async ({ documentName }) => {
      const room = roomOf(documentName);
      return room ? store.load(room) : null;
    },
    // Called with the whole state; synchronous, so no update slips between the snapshot and
    // dropping the updates it contains.
    store: async ({ documentName, state }) => {
      const room = roomOf(documentName);
      if (room && !closed) store.compact(room, state);
    },
  });

  const mirrors = new Map<string, () => Promise<void>>();
  const rooms: Extension = {
    extensionName: 'ArusRooms',
    async onAuthenticate({ documentName, connectionConfig }) {
      const target = targetOfDocumentName(documentName);
      if (!target) throw new Error(`refused a connection to "${documentName.slice(0, 80)}": not a room id or view token`);
      if (target.kind === 'edit') {
        store.viewToken(target.room); // the room exists from its first use
        return { room: target.room };
      }
      const room = store.roomOfViewToken(target.token);
      if (!room) throw new Error('refused a connection with an unknown view token');
      connectionConfig.readOnly = true;
      return { room };
    },
    // Every change is on disk before anything else happens to the room.
    async onChange({ documentName, update }) {
      const room = roomOf(documentName);
      if (room && !closed) store.append(room, update);
    },
    async onLoadDocument({ documentName, document, instance }) {
      const target = targetOfDocumentName(documentName);
      if (target?.kind !== 'view') return;
      const room = store.roomOfViewToken(target.token);
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

  const hocuspocus = new Hocuspocus({
    name: 'arus',
    quiet: true,
    // Snapshots fold the update log in at most every 10 s; the log itself is written at once.
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions: [persistence, rooms],
  });

  const serveStatic = createStaticHandler(options.distDir);
  const addresses = () => serverAddresses(options.host, (httpServer.address() as AddressInfo).port);
  const httpServer = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path.startsWith(ROOMS_API_PATH)) {
      answerRoomApi(request, response, decodeSegment(path.slice(ROOMS_API_PATH.length)), store, addresses());
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

  const closeNow = () => {
    if (closed) return;
    closed = true;
    for (const document of hocuspocus.documents.values()) {
      const room = roomOf(document.name);
      if (room) store.compact(room, Y.encodeStateAsUpdate(document));
    }
    store.close();
  };

  return {
    port: (httpServer.address() as AddressInfo).port,
    closeNow,
    close: async () => {
      for (const client of webSockets.clients) client.terminate();
      await new Promise<void>((done) => httpServer.close(() => done()));
      closeNow();
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
function answerRoomApi(request: IncomingMessage, response: ServerResponse, room: string, store: RoomStore, addresses: string[]): void {
  if (request.method !== 'GET') return answerJson(response, 405, { error: 'use GET' });
  if (!isRoomId(room)) return answerJson(response, 400, { error: 'a room id is 1 to 64 letters, digits, - or _' });
  answerJson(response, 200, { room, viewToken: store.viewToken(room), addresses } satisfies RoomAnswer);
}
