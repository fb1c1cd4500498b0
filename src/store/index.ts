export { analysisOf, selectAnalysis } from './analysis';
export { blankDocument } from './blank';
export { EditorStoreProvider, useAnalysis, useEditor, useEditorShallow, useEditorStore } from './context';
export { createEditorStore, type EditorStore } from './createEditorStore';
export { COPY_OFFSET_PX } from './editSlice';
export { HISTORY_LIMIT } from './internal';
export { activeMap, activeMapContent, canRedo, canUndo, positionBlind } from './selectors';
export type {
  Clipboard, Connection, DataPatch, EditorMessage, EditorState, NodeSize, Selection, Snapshot,
} from './types';
