import { castDraft, freeze, produce } from 'immer';
import type * as Y from 'yjs';
import { immer } from 'zustand/middleware/immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateKey, VsmDocument } from '../domain/types';
import { blankDocument } from './blank';
import { createDocumentSlice } from './documentSlice';
import { createEditSlice } from './editSlice';
import { createHistorySlice } from './historySlice';
import { createSopSlice } from './sopSlice';
import { pruneToActiveMap } from './internal';
import { createLayoutSlice } from './layoutSlice';
import { newSharedDocument } from './shared';
import type { EditorState } from './types';
import { createUiSlice } from './uiSlice';

export type EditorStore = StoreApi<EditorState>;

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export interface EditorStoreOptions {
  /** The shared document to edit (a room's, or one kept in this browser); a new one if not given. */
  ydoc?: Y.Doc;
  /** An observer's store: the map follows the room and nothing changes it. */
  readOnly?: boolean;
}

/**
 * A fresh editor store on a shared document: `doc` fills it if it is empty (not an undo step),
 * otherwise what it holds is shown. An empty history and an empty selection. One per editor,
 * one per test.
 */
export function createEditorStore(doc: VsmDocument = blankDocument(), options: EditorStoreOptions = {}): EditorStore {
  const shared = newSharedDocument(options.ydoc);
  const initial = shared.open(doc, options.readOnly ?? false);
  const store = createStore<EditorState>()(
    immer((...a) => ({
      ...createDocumentSlice(initial, shared, options.readOnly ?? false)(...a),
      ...createHistorySlice(...a),
      ...createUiSlice(...a),
      ...createEditSlice(...a),
      ...createLayoutSlice(...a),
      ...createSopSlice(...a),
    })),
  );
  followSharedDocument(store);
  return store;
}

/** Reads every change of the shared document (this person's, the room's, an undo) into the store. */
function followSharedDocument(store: EditorStore): void {
  const { shared } = store.getState();
  shared.ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
    // First, before anything reads: what this transaction touched is read anew.
    shared.cache.forgetChanged(transaction);
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    showSharedDocument(store);
  });

  const manager = shared.undo.manager;
  const depths = () => {
    const { undoDepth, redoDepth } = shared.depths();
    const state = store.getState();
    if (state.undoDepth !== undoDepth || state.redoDepth !== redoDepth) store.setState({ undoDepth, redoDepth });
  };
  // Each step remembers the state on screen when it was taken: undoing a step of the future
  // state shows the future state again.
  manager.on('stack-item-added', (event: { stackItem: { meta: Map<string, unknown> } }) => {
    if (!event.stackItem.meta.has('activeState')) {
      event.stackItem.meta.set('activeState', shared.stepBeganIn ?? store.getState().activeState);
    }
    if (manager.undoStack.length > HISTORY_LIMIT) manager.undoStack.splice(0, manager.undoStack.length - HISTORY_LIMIT);
    depths();
  });
  manager.on('stack-item-popped', (event: { stackItem: { meta: Map<string, unknown> } }) => {
    const key = event.stackItem.meta.get('activeState') as StateKey | undefined;
    const state = store.getState();
    const shown: StateKey = key === 'future' && state.document.states.future !== null ? 'future' : 'current';
    if (shown !== state.activeState) {
      store.setState(produce(state, (draft) => {
        draft.activeState = shown;
        pruneToActiveMap(draft);
      }));
    }
    depths();
  });
  manager.on('stack-cleared', depths);
}

function showSharedDocument(store: EditorStore): void {
  const state = store.getState();
  const doc = state.shared.read(state.document);
  if (doc === state.document) return;
  // Frozen before it goes in (immer's deep `freeze` stops at what was frozen before), so immer
  // does not visit every symbol of a big map.
  freeze(doc, true);
  store.setState(produce(state, (draft) => {
    draft.document = castDraft(doc);
    // Someone removed the future state this person was looking at.
    if (draft.activeState === 'future' && doc.states.future === null) draft.activeState = 'current';
    pruneToActiveMap(draft);
  }));
}
