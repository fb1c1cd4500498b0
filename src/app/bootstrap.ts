import { parseDocumentText } from '../domain/validate';
import type { VsmDocument } from '../domain/types';
import { createAutosave, loadSavedDocument } from '../io/autosave';
import { createEditorStore, type EditorStore } from '../store';
import { MESSAGES, initialLanguage } from '../i18n';

/** The sample a first start opens. */
export const FIRST_SAMPLE = 'samples/steering-bracket.json';

/** The map to open: the one saved in this browser, else (first start) the manufacturing sample. */
export async function firstDocument(): Promise<{ doc: VsmDocument | undefined; restored: boolean }> {
  const saved = await loadSavedDocument().catch(() => null);
  if (saved) return { doc: saved, restored: true };
  try {
    const response = await fetch(FIRST_SAMPLE);
    if (!response.ok) return { doc: undefined, restored: false };
    return { doc: parseDocumentText(await response.text()), restored: false };
  } catch {
    return { doc: undefined, restored: false };
  }
}

/** An editor store whose document is saved in the browser after every change. */
export function createSavedEditorStore(doc: VsmDocument | undefined): EditorStore {
  const store = createEditorStore(doc);
  // The language chosen last (the switch remembers it), read when the failure happens.
  const autosave = createAutosave((reason) => store.getState().showMessage('error', MESSAGES[initialLanguage()].app.autosaveFailed(reason)));
  store.subscribe((state, previous) => {
    if (state.document !== previous.document) autosave.save(state.document);
  });
  return store;
}
