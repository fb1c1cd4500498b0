export { analysisOf } from './analysis';
export { blankDocument } from './blank';
export { EditorStoreProvider, useAnalysis, useEditor, useEditorShallow, useEditorStore } from './context';
export { createEditorStore, HISTORY_LIMIT, type EditorStore, type EditorStoreOptions } from './createEditorStore';
export { COPY_OFFSET_PX, NUDGE_FAR_PX, NUDGE_PX } from './editSlice';
export { LAYOUT_GRID_PX, type LayoutSlice } from './layoutSlice';
export { activeMap, activeMapContent, canRedo, canUndo, positionBlind } from './selectors';
export type {
  Clipboard, Connection, DataPatch, EditorMessage, EditorState, NodeSize, Placement, Selection,
} from './types';
