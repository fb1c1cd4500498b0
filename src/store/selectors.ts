import type { MapState } from '../domain/types';
import type { EditorState } from './types';

/** The map on screen: the future state when it is shown and exists, else the current state. */
export function activeMap(state: Pick<EditorState, 'document' | 'activeState'>): MapState {
  const { future } = state.document.states;
  return state.activeState === 'future' && future ? future : state.document.states.current;
}

export const canUndo = (state: EditorState): boolean => state.past.length > 0;
export const canRedo = (state: EditorState): boolean => state.future.length > 0;

/**
 * True when two node lists differ only in positions: panels and the analysis read ids, types
 * and data, never where a symbol stands, so a drag must not make them work on every frame.
 */
export function sameButPositions(a: MapState['nodes'], b: MapState['nodes']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.type !== y.type || x.data !== y.data)) return false;
  }
  return true;
}

let lastContent: MapState | null = null;

/**
 * The map on screen for panels that show no positions (inspector, connect list): the same
 * object as before while a drag only moves symbols, so those panels do not re-render per frame.
 */
export function activeMapContent(state: Pick<EditorState, 'document' | 'activeState'>): MapState {
  const map = activeMap(state);
  const previous = lastContent;
  if (previous && previous !== map && previous.edges === map.edges && previous.settings === map.settings
    && sameButPositions(previous.nodes, map.nodes)) return previous;
  lastContent = map;
  return map;
}
