/**
 * Presence: who is in a room, what each person has selected and where their pointer is. It
 * travels in the provider's awareness (y-protocols), never in the shared document: it is not
 * the map, nobody undoes it, and it disappears when its person leaves. Plain TypeScript.
 *
 * Every remote state is untrusted input: `readOthers` rebuilds each one into fresh objects with
 * known keys, drops what has the wrong type and caps lengths, so a faulty or hostile peer
 * cannot break the page or flood it.
 */
import type { Awareness } from 'y-protocols/awareness';
import { MAX_ID_CHARS, POSITION_LIMIT } from '../domain/limits';

/** A person as others see them: the name and colour they chose on joining. */
export interface Person {
  name: string;
  /** `#rrggbb`. */
  colour: string;
}

export interface PresenceSelection {
  nodeIds: string[];
  edgeIds: string[];
}

/** A point in map (flow) coordinates, px at zoom 1: it lands on the same spot of the map at any zoom. */
export interface MapPoint {
  x: number;
  y: number;
}

/** Which of the document's two maps a person is looking at. */
export type PresenceMap = 'current' | 'future';

/** What one page puts into awareness. */
export interface PresenceState {
  user: Person;
  selection: PresenceSelection;
  /** Null while the pointer is off the map. */
  pointer: MapPoint | null;
  /** Selection and pointer belong to this map; the others show them only on the same one. */
  map: PresenceMap;
}

/** Another person in the room, as read (and checked) from their awareness state. */
export interface OtherPerson extends Person {
  clientId: number;
  selection: PresenceSelection;
  pointer: MapPoint | null;
  map: PresenceMap;
}

/** A name longer than this is cut: it has to fit a tag on the map. */
export const MAX_PERSON_NAME_CHARS = 32;
/** Selected ids read from one person (select-all on a very large map still fits). */
export const MAX_SELECTED_IDS = 5_000;
/** Pointer updates sent at most every 50 ms (20 a second): smooth enough, light on the network. */
export const POINTER_INTERVAL_MS = 50;

/**
 * Colours to choose from: ten hues far apart, each dark enough that white text on it and the
 * colour itself on white reach 4.5:1 (WCAG AA), so name tags and outlines read on a projector.
 */
export const PERSON_COLOURS = [
  '#c62828', // red
  '#ad1457', // raspberry
  '#6a1b9a', // purple
  '#3949ab', // indigo
  '#00695c', // teal
  '#2e7d32', // green
  '#8d5a00', // ochre
  '#bf360c', // rust
  '#5d4037', // brown
  '#37474f', // slate
] as const satisfies readonly string[];

const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;

/** The colour offered first: picked from the client id, so people joining together tend to differ. */
export function defaultColour(clientId: number): string {
  return PERSON_COLOURS[Math.abs(Math.trunc(clientId)) % PERSON_COLOURS.length] ?? PERSON_COLOURS[0];
}

/** A name as shown: spaces collapsed and trimmed, cut to `MAX_PERSON_NAME_CHARS` characters. */
export function cleanName(value: string): string {
  // Spread by code points, so an emoji or a letter outside the BMP is never cut in half.
  return [...value.replace(/\s+/gu, ' ').trim()].slice(0, MAX_PERSON_NAME_CHARS).join('').trim();
}

/** A person from untrusted input (awareness, localStorage), or null when it is not one. */
export function readPerson(value: unknown): Person | null {
  if (!isRecord(value)) return null;
  const { name, colour } = value;
  if (typeof name !== 'string' || typeof colour !== 'string' || !COLOUR_PATTERN.test(colour)) return null;
  const cleaned = cleanName(name);
  return cleaned === '' ? null : { name: cleaned, colour: colour.toLowerCase() };
}

function readIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids: string[] = [];
  for (const id of value.slice(0, MAX_SELECTED_IDS)) {
    if (typeof id === 'string' && id !== '' && id.length <= MAX_ID_CHARS) ids.push(id);
  }
  return ids;
}

function readSelection(value: unknown): PresenceSelection {
  if (!isRecord(value)) return { nodeIds: [], edgeIds: [] };
  return { nodeIds: readIds(value.nodeIds), edgeIds: readIds(value.edgeIds) };
}

// The pointer may be off the symbols, but not absurdly far: beyond this nobody is looking.
const POINTER_LIMIT = 10 * POSITION_LIMIT.max;
const onMap = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= POINTER_LIMIT;

function readPointer(value: unknown): MapPoint | null {
  if (!isRecord(value)) return null;
  const { x, y } = value;
  return onMap(x) && onMap(y) ? { x, y } : null;
}

/** One remote awareness state checked into an `OtherPerson`, or null when it names nobody. */
export function readPresence(clientId: number, state: unknown): OtherPerson | null {
  if (!isRecord(state)) return null;
  const user = readPerson(state.user);
  if (!user) return null;
  return {
    clientId,
    name: user.name,
    colour: user.colour,
    selection: readSelection(state.selection),
    pointer: readPointer(state.pointer),
    map: state.map === 'future' ? 'future' : 'current',
  };
}

/** Everyone else in the room who has a name, by name then client id (stable across updates). */
export function readOthers(awareness: Awareness): OtherPerson[] {
  const others: OtherPerson[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const person = readPresence(clientId, state);
    if (person) others.push(person);
  }
  return others.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** This page's person, as it sends it (null before a name was chosen). */
export function localPerson(awareness: Awareness): Person | null {
  const state: unknown = awareness.getLocalState();
  return isRecord(state) ? readPerson(state.user) : null;
}

export function setLocalPerson(awareness: Awareness, person: Person): void {
  awareness.setLocalStateField('user', { name: person.name, colour: person.colour });
}

export function setLocalSelection(awareness: Awareness, selection: PresenceSelection): void {
  awareness.setLocalStateField('selection', { nodeIds: [...selection.nodeIds], edgeIds: [...selection.edgeIds] });
}

export function setLocalMap(awareness: Awareness, map: PresenceMap): void {
  awareness.setLocalStateField('map', map);
}

export function setLocalPointer(awareness: Awareness, pointer: MapPoint | null): void {
  awareness.setLocalStateField('pointer', pointer ? { x: pointer.x, y: pointer.y } : null);
}

export interface PointerPublisher {
  /** The pointer moved to a map point: sent now, or with the next slot (the latest point wins). */
  move(point: MapPoint): void;
  /** The pointer left the map: sent at once, and any pending move is dropped. */
  leave(): void;
  /** Stops the pending send (the component using it unmounts). */
  dispose(): void;
}

/**
 * Sends the local pointer at most once every `intervalMs`: the first move at once, the rest
 * as the latest point when the interval is over, so the last position is never lost.
 */
export function createPointerPublisher(awareness: Awareness, intervalMs = POINTER_INTERVAL_MS): PointerPublisher {
  let lastSentAt = -Infinity;
  let pending: MapPoint | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = () => {
    timer = null;
    if (!pending) return;
    lastSentAt = Date.now();
    setLocalPointer(awareness, pending);
    pending = null;
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };

  return {
    move(point) {
      pending = { x: point.x, y: point.y };
      if (timer !== null) return;
      const wait = lastSentAt + intervalMs - Date.now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    leave() {
      cancel();
      setLocalPointer(awareness, null);
    },
    dispose: cancel,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
