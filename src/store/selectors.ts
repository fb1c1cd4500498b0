import type { MapState } from '../domain/types';
import type { EditorState } from './types';

/** The map on screen: the future state when it is shown and exists, else the current state. */
export function activeMap(state: Pick<EditorState, 'document' | 'activeState'>): MapState {
  const { future } = state.document.states;
  return state.activeState === 'future' && future ? future : state.document.states.current;
}

export const canUndo = (state: EditorState): boolean => state.past.length > 0;
export const canRedo = (state: EditorState): boolean => state.future.length > 0;
