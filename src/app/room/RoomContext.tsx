import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { RoomTarget } from '../../collab/room';

/** How the page stands with the room server right now. */
export type RoomConnection = 'connecting' | 'connected' | 'offline';

/**
 * The workshop room the page is in, for the parts of the UI that show it (presence, sharing,
 * connection status). Null when the editor works alone (no `?room=` / `?view=`).
 */
export interface RoomInfo {
  target: RoomTarget;
  /** The room's presence channel (the provider's awareness): names, colours, selections, pointers. */
  awareness: Awareness;
  /** True for an observer (`?view=`): nothing can be edited. */
  readOnly: boolean;
  /** The links to hand out; null until the server has answered (and always for an observer). */
  links: { edit: string; view: string } | null;
  /** The addresses others on the network can open (from the server), for the share dialog. */
  addresses: string[];
  connection: RoomConnection;
}

export const RoomContext = createContext<RoomInfo | null>(null);

/** The room the page is in, or null when it works alone. */
export function useRoom(): RoomInfo | null {
  return useContext(RoomContext);
}
