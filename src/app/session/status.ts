import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UnreadableMap } from '../../io/savedMaps';
import type { RoomConnection } from '../room/RoomContext';

/**
 * What the page knows about where the map lives, beyond the map itself: the room connection,
 * whether this browser can store, maps kept aside. The banners and the leave guard read it.
 */
export interface SessionStatus {
  /** The room connection, null when the editor works alone. */
  connection: RoomConnection | null;
  /** Links to hand out (editors only, once the server answered). */
  links: { edit: string; view: string } | null;
  /** Addresses others on the network can open. */
  addresses: string[];
  /** Whether a room server answers here (`npm start`); the static build alone has none. */
  serverAvailable: boolean;
  /** Why this browser cannot store the map (private mode, full disk), or null. */
  storageProblem: string | null;
  /** Saved maps that could not be read, kept as they were and offered for download. */
  keptAside: UnreadableMap[];
  /** A new version of Arus is installed and waits for the person to reload into it. */
  updateReady: boolean;
  /** Stores every edit, then reloads into the new version; null where there is no service worker. */
  applyUpdate: (() => Promise<void>) | null;
  /** A room link that was not valid (`?room=` with characters a room id cannot have). */
  invalidRoom: { param: 'room' | 'view'; value: string } | null;
  /** `?map=ID` named a map this browser does not have: the one opened last is shown instead. */
  missingMap: string | null;
}

export type SessionStatusStore = StoreApi<SessionStatus>;

export function createSessionStatus(initial: Partial<SessionStatus> = {}): SessionStatusStore {
  return createStore<SessionStatus>()(() => ({
    connection: null,
    links: null,
    addresses: [],
    serverAvailable: false,
    storageProblem: null,
    keptAside: [],
    invalidRoom: null,
    missingMap: null,
    updateReady: false,
    applyUpdate: null,
    ...initial,
  }));
}
