import { parseDocumentText } from '../domain/validate';
import type { VsmDocument } from '../domain/types';
import { createAutosave, loadSavedDocument } from '../io/autosave';
import { createEditorStore, type EditorStore } from '../store';

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
  const autosave = createAutosave((message) => store.getState().showMessage('error', message));
  store.subscribe((state, previous) => {
    if (state.document !== previous.document) autosave.save(state.document);
  });
  return store;
}
