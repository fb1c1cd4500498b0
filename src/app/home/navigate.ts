import type { Session } from '../session/start';

/** The address of one of this browser's maps. */
export function mapAddress(id: string): string {
  return `${location.pathname}?map=${encodeURIComponent(id)}`;
}

/**
 * Opens a map of this browser in this tab: every edit of the map open now is stored first
 * (and the list learns of it), then the page loads the other map, which starts its own session.
 */
export async function goToMap(session: Session | null, id: string): Promise<void> {
  await session?.flushed();
  location.assign(mapAddress(id));
}

/** sessionStorage: a file just opened as a new map, named once that map is on screen. */
export const OPENED_FILE_KEY = 'arus:opened-file';
