import { COMMIT_DRAFTS_EVENT } from '../../panels/FieldInput';
import type { Session } from './start';

/**
 * Keeps what the person did when the page goes away. When it is hidden (another tab, the laptop
 * closed, a reload), every field commits what is typed in it, and the edits not yet in
 * IndexedDB are rescued synchronously, in that order, so the typed text is among them. Leaving
 * while an edit is not yet stored or not yet in the room asks first (the browser's own
 * question; its text cannot be chosen).
 */
export function guardLeaving(session: Session): () => void {
  const keep = () => {
    window.dispatchEvent(new Event(COMMIT_DRAFTS_EVENT));
    session.rescue();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') keep();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!session.wouldLoseEdits()) return;
    event.preventDefault();
    // Older browsers still need a return value to ask.
    event.returnValue = '';
  };
  window.addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('pagehide', keep);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
