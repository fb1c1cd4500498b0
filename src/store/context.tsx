import { createContext, useContext, useDeferredValue, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { MapAnalysis } from '../domain/analysis/types';
import { analysisOf } from './analysis';
import { activeMapContent } from './selectors';
import { createEditorStore, type EditorStore } from './createEditorStore';
import type { EditorState } from './types';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Gives the tree below one editor store: the one passed in, or a fresh one with a blank map. */
export function EditorStoreProvider({ store, children }: { store?: EditorStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createEditorStore());
  return <EditorStoreContext.Provider value={value}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read state without re-rendering (`getState()`). */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor needs an <EditorStoreProvider> above it');
  return store;
}

/** Subscribes to one value of the editor state; re-renders only when that value changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/** Like `useEditor`, for selectors that build a new object or array: compared shallowly. */
export function useEditorShallow<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), useShallow(selector));
}

/**
 * The analysis of the map on screen, shared by every component that asks. It follows an edit
 * a moment after the canvas shows it: on a map of thousands of symbols the analysis and what
 * is drawn from it (the ladder, the numbers) are then redone after the edit is on screen, not
 * before. A test's `act` and the browser's next frames see both.
 */
export function useAnalysis(): MapAnalysis {
  return analysisOf(useDeferredValue(useEditor(activeMapContent)));
}
