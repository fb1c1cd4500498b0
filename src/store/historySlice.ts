import { castDraft, produce } from 'immer';
import type { VsmDocument } from '../domain/types';
import { pruneToActiveMap, snapshotOf, withStep, type EditorSliceCreator } from './internal';
import type { HistorySlice, Snapshot } from './types';

/**
 * The viewport is not history: a restored document keeps the views the person has now, so undo
 * never makes the canvas jump to where it was when the step was taken.
 */
function withLiveViewports(restored: VsmDocument, live: VsmDocument): VsmDocument {
  return produce(restored, (draft) => {
    for (const key of ['current', 'future'] as const) {
      const map = draft.states[key];
      const viewport = live.states[key]?.viewport;
      if (!map) continue;
      if (viewport) map.viewport = viewport;
    }
  });
}

export const createHistorySlice: EditorSliceCreator<HistorySlice> = (set, get) => {
  /** Moves one step from `from` to `to`: the state now goes onto `to`, the top of `from` comes back. */
  const travel = (from: 'past' | 'future', to: 'past' | 'future'): void => {
    const state = get();
    const step: Snapshot | undefined = state[from][state[from].length - 1];
    if (!step) return;
    const after = produce(state, (draft) => {
      draft.document = castDraft(withLiveViewports(step.document, state.document));
      // A step taken in the future state brings the future state back on screen, if it still exists.
      draft.activeState = step.activeState === 'future' && step.document.states.future ? 'future' : 'current';
      draft.dragOrigin = null;
      pruneToActiveMap(draft);
    });
    // The stacks are replaced whole, outside immer, so no snapshot in them is ever drafted.
    const stacks = { [from]: Object.freeze(state[from].slice(0, -1)), [to]: withStep(state[to], snapshotOf(state)) };
    set({ ...after, ...stacks });
  };

  return {
    past: [],
    future: [],
    dragOrigin: null,
    undo: () => travel('past', 'future'),
    redo: () => travel('future', 'past'),
  };
};
