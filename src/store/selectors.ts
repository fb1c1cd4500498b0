import type { MapState } from '../domain/types';
import type { EditorState } from './types';

/** The map on screen: the future state when it is shown and exists, else the current state. */
export function activeMap(state: Pick<EditorState, 'document' | 'activeState'>): MapState {
  const { future } = state.document.states;
  return state.activeState === 'future' && future ? future : state.document.states.current;
}

export const canUndo = (state: EditorState): boolean => !state.readOnly && state.undoDepth > 0;
export const canRedo = (state: EditorState): boolean => !state.readOnly && state.redoDepth > 0;

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

/**
 * A selector step that hands back the map it gave last while only positions changed: views
 * that read no positions (inspector, connect list, comparison) then do not work per drag frame.
 * One per consumer, since it remembers what it last returned.
 */
export function positionBlind(): <M extends MapState | null>(map: M) => M {
  let last: MapState | null = null;
  return <M extends MapState | null>(map: M): M => {
    if (map && last && last !== map && last.edges === map.edges && last.settings === map.settings
      && sameButPositions(last.nodes, map.nodes)) return last as M;
    last = map;
    return map;
  };
}

const activeContent = positionBlind();

/** The map on screen, position-blind (see `positionBlind`). */
export function activeMapContent(state: Pick<EditorState, 'document' | 'activeState'>): MapState {
  return activeContent(activeMap(state));
}
