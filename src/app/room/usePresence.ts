import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { localPerson, readOthers, type OtherPerson, type Person } from '../../collab/presence';

interface Snapshot<T> {
  subscribe(onChange: () => void): () => void;
  get(): T;
}

/**
 * A value read from awareness, re-read on each change and kept as the same object while it
 * reads the same, so a pointer moving does not re-render what only shows names.
 */
function awarenessSnapshot<T>(awareness: Awareness, read: (awareness: Awareness) => T): Snapshot<T> {
  let value = read(awareness);
  let key = JSON.stringify(value);
  const refresh = () => {
    const next = read(awareness);
    const nextKey = JSON.stringify(next);
    if (nextKey !== key) [value, key] = [next, nextKey];
  };
  return {
    subscribe(onChange) {
      // A change between the first read and subscribing is not lost.
      refresh();
      const listener = () => {
        refresh();
        onChange();
      };
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    get: () => value,
  };
}

const NO_ONE: OtherPerson[] = [];
const NOBODY = { subscribe: () => () => {}, get: () => NO_ONE };

/** Everyone else in the room with their selection and pointer (checked, see `readOthers`). */
export function useOthers(awareness: Awareness | null): OtherPerson[] {
  const snapshot = useMemo(() => (awareness ? awarenessSnapshot(awareness, readOthers) : NOBODY), [awareness]);
  return useSyncExternalStore(snapshot.subscribe, snapshot.get);
}

const namesOf = (awareness: Awareness): Array<Pick<OtherPerson, 'clientId' | 'name' | 'colour'>> =>
  readOthers(awareness).map(({ clientId, name, colour }) => ({ clientId, name, colour }));
const NO_NAMES = { subscribe: () => () => {}, get: () => [] as ReturnType<typeof namesOf> };

/** Everyone else's name and colour only: unchanged while they move and select. */
export function useOtherPeople(awareness: Awareness | null): Array<Pick<OtherPerson, 'clientId' | 'name' | 'colour'>> {
  const snapshot = useMemo(() => (awareness ? awarenessSnapshot(awareness, namesOf) : NO_NAMES), [awareness]);
  return useSyncExternalStore(snapshot.subscribe, snapshot.get);
}

const NO_PERSON = { subscribe: () => () => {}, get: () => null };

/** The name and colour this page sends, null before one was chosen. */
export function useLocalPerson(awareness: Awareness | null): Person | null {
  const snapshot = useMemo(() => (awareness ? awarenessSnapshot(awareness, localPerson) : NO_PERSON), [awareness]);
  return useSyncExternalStore(snapshot.subscribe, snapshot.get);
}
