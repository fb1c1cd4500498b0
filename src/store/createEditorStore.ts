import { immer } from 'zustand/middleware/immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { VsmDocument } from '../domain/types';
import { blankDocument } from './blank';
import { createDocumentSlice } from './documentSlice';
import { createEditSlice } from './editSlice';
import { createHistorySlice } from './historySlice';
import type { EditorState } from './types';
import { createUiSlice } from './uiSlice';

export type EditorStore = StoreApi<EditorState>;

/**
 * A fresh editor store: the document (a blank map if none is given, not an undo step), an empty
 * history and an empty selection. One per editor, one per test.
 */
export function createEditorStore(doc: VsmDocument = blankDocument()): EditorStore {
  return createStore<EditorState>()(
    immer((...a) => ({
      ...createDocumentSlice(doc)(...a),
      ...createHistorySlice(...a),
      ...createUiSlice(...a),
      ...createEditSlice(...a),
    })),
  );
}
