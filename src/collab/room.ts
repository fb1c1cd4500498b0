/**
 * The workshop room's address scheme, shared by the page and the room server.
 *
 *   http://HOST:PORT/?room=ID       edit room ID (created on first use)
 *   http://HOST:PORT/?view=TOKEN    watch a room without editing it
 *   ws://HOST:PORT/collab           the sync connection; the document name says which of the two
 *
 * A room id is the capability to edit: anyone on the network who knows it edits. The view
 * token is a separate random string the server keeps per room; it does not reveal the room id,
 * so an observer cannot become an editor. Editors ask the server for it (`/api/rooms/ID`).
 */

/** Letters, digits, `-` and `_`, 1 to 64 of them: safe in a URL, a file name and a log line. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** View tokens the server makes: 24 URL-safe characters (144 random bits). */
export const VIEW_TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;
/** The document name of a view connection: the prefix and the token (`:` is never in a room id). */
export const VIEW_DOCUMENT_PREFIX = 'view:';
/** The path of the sync WebSocket, on the same port as the page. */
export const COLLAB_PATH = '/collab';
/** The path of the room API: `GET /api/rooms/ID` answers `{ room, viewToken, addresses }`. */
export const ROOMS_API_PATH = '/api/rooms/';
/** `GET /api/server` answers `{ addresses }` where a room server runs; the static build has none. */
export const SERVER_API_PATH = '/api/server';

/** What the room API answers. */
export interface RoomAnswer {
  room: string;
  viewToken: string;
  /** The addresses others on the network can open (`http://192.168.1.20:4321/`). */
  addresses: string[];
}

export type RoomTarget = { kind: 'edit'; room: string } | { kind: 'view'; token: string };

export type RoomAddress = RoomTarget | { kind: 'invalid'; param: 'room' | 'view'; value: string };

/** Room ids the app makes: 21 URL-safe random characters (126 bits), so nobody guesses one. */
export function newRoomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  return Array.from(bytes, (byte) => ROOM_ID_ALPHABET[byte & 63]).join('');
}
const ROOM_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function isRoomId(value: string): boolean {
  return ROOM_ID_PATTERN.test(value);
}

export function isViewToken(value: string): boolean {
  return VIEW_TOKEN_PATTERN.test(value);
}

/**
 * The room a page address asks for (`location.search`), null when it names none (the editor
 * then works alone, as without a server). `?view=` wins over `?room=` if both are given, so
 * a link meant for watching never edits.
 */
export function roomAddressFromSearch(search: string): RoomAddress | null {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view !== null) return isViewToken(view) ? { kind: 'view', token: view } : { kind: 'invalid', param: 'view', value: view };
  const room = params.get('room');
  if (room !== null) return isRoomId(room) ? { kind: 'edit', room } : { kind: 'invalid', param: 'room', value: room };
  return null;
}

/** The name the sync connection uses for a target. */
export function documentNameOf(target: RoomTarget): string {
  return target.kind === 'edit' ? target.room : `${VIEW_DOCUMENT_PREFIX}${target.token}`;
}

/** The target a document name stands for, or null for a name no page makes. */
export function targetOfDocumentName(name: string): RoomTarget | null {
  if (name.startsWith(VIEW_DOCUMENT_PREFIX)) {
    const token = name.slice(VIEW_DOCUMENT_PREFIX.length);
    return isViewToken(token) ? { kind: 'view', token } : null;
  }
  return isRoomId(name) ? { kind: 'edit', room: name } : null;
}

/** The sync WebSocket URL for a page served from `origin` (`http://192.168.1.20:4321`). */
export function collabUrlFor(origin: string): string {
  const url = new URL(COLLAB_PATH, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** The page address that edits a room, and the one that watches it. */
export function roomLinks(origin: string, room: string, viewToken: string): { edit: string; view: string } {
  const edit = new URL('/', origin);
  edit.searchParams.set('room', room);
  const view = new URL('/', origin);
  view.searchParams.set('view', viewToken);
  return { edit: edit.toString(), view: view.toString() };
}
