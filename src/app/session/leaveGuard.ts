import type { Session } from './start';

/**
 * Asks before the page is left while an edit is not yet stored in this browser or not yet in
 * the room (the browser shows its own question; the text cannot be chosen).
 */
export function guardLeaving(session: Session): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!session.wouldLoseEdits()) return;
    event.preventDefault();
    // Older browsers still need a return value to ask.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
