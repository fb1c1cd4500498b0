import { readPerson, type Person } from '../../collab/presence';

/** Where this browser remembers the name and colour chosen on joining a room. */
export const PERSON_STORAGE_KEY = 'arus:person';

/** The person chosen on an earlier join, or null (never chosen, or unreadable). */
export function loadPerson(): Person | null {
  try {
    const text = localStorage.getItem(PERSON_STORAGE_KEY);
    return text === null ? null : readPerson(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Remembers the person for the next join. False when the browser refuses (private mode, full
 * storage): the name still works now, it is only asked again next time.
 */
export function savePerson(person: Person): boolean {
  try {
    localStorage.setItem(PERSON_STORAGE_KEY, JSON.stringify({ name: person.name, colour: person.colour }));
    return true;
  } catch {
    return false;
  }
}
