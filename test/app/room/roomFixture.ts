import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RoomInfo } from '../../../src/app/room/RoomContext';

const RELAY = 'relay';
const made: Awareness[] = [];

/** The room a page is in, as the bootstrap provides it; the awareness is this page's own. */
export function aRoom(overrides: Partial<RoomInfo> = {}): RoomInfo {
  const awareness = new Awareness(new Y.Doc());
  made.push(awareness);
  return {
    target: { kind: 'edit', room: 'line-3' },
    awareness,
    readOnly: false,
    links: { edit: 'http://192.168.1.20:4321/?room=line-3', view: 'http://192.168.1.20:4321/?view=AbCdEfGhIjKlMnOpQrStUv_-' },
    addresses: ['http://192.168.1.20:4321'],
    connection: 'connected',
    ...overrides,
  };
}

/** Someone else in the room: their awareness relayed to and from `room`'s, as the server does. */
export function anotherPerson(room: RoomInfo): Awareness {
  const other = new Awareness(new Y.Doc());
  made.push(other);
  const relay = (from: Awareness, to: Awareness) => {
    from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin !== RELAY) applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), RELAY);
    });
  };
  relay(other, room.awareness);
  relay(room.awareness, other);
  // What is already there arrives on joining.
  applyAwarenessUpdate(other, encodeAwarenessUpdate(room.awareness, [room.awareness.clientID]), RELAY);
  return other;
}

/** Stops the awareness timers of everything made by this fixture. */
export function leaveAllRooms(): void {
  for (const awareness of made.splice(0)) awareness.destroy();
}
