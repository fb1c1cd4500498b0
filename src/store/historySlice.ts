import type { EditorSliceCreator } from './internal';
import type { HistorySlice } from './types';

/**
 * Undo and redo are the shared document's `PersonalUndo`: it takes back this person's
 * transactions only, and the store reads the document back after each (see `createEditorStore`).
 * The viewport is not in the shared document, so undo never makes the canvas jump.
 */
export const createHistorySlice: EditorSliceCreator<HistorySlice> = (_set, get) => ({
  undoDepth: 0,
  redoDepth: 0,
  dragOrigin: null,
  undo: () => {
    if (!get().readOnly) get().shared.undo.undo();
  },
  redo: () => {
    if (!get().readOnly) get().shared.undo.redo();
  },
});
