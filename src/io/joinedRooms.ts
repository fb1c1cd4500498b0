/**
 * The workshop rooms this browser has joined, newest first, for the home's *Rooms* list. The
 * room server does not list its rooms: a room id is the capability to edit, so a list for
 * anyone on the network would hand every room to everyone. Each browser remembers the rooms it
 * was given instead (id, the map's title and product as last seen, when).
 */
export interface JoinedRoom {
  room: string;
  title: string;
  product?: string;
  visitedAt: number;
}

const KEY = 'arus:rooms';
/** Enough for months of workshops; older ones drop off. */
export const MAX_JOINED_ROOMS = 50;

export function joinedRooms(): JoinedRoom[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((r): r is JoinedRoom => !!r && typeof r.room === 'string' && typeof r.title === 'string' && typeof r.visitedAt === 'number');
  } catch {
    return [];
  }
}

function write(rooms: JoinedRoom[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(rooms.slice(0, MAX_JOINED_ROOMS)));
  } catch {
    // No localStorage (private mode, full): the list is only a convenience; the room is on the server.
  }
}

/** Puts the room first with what was seen of it now. */
export function rememberRoom(room: JoinedRoom): void {
  write([room, ...joinedRooms().filter((r) => r.room !== room.room)]);
}

export function forgetRoom(room: string): void {
  write(joinedRooms().filter((r) => r.room !== room));
}
