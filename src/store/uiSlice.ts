import { sameIds, type EditorSliceCreator } from './internal';
import { activeMap } from './selectors';
import type { UiSlice } from './types';

export const createUiSlice: EditorSliceCreator<UiSlice> = (set, get) => {
  // Per store, so every message gets a new id even after the last one was cleared.
  let messageCount = 0;

  return {
    selection: { nodeIds: [], edgeIds: [] },
    flowType: 'push',
    flowRework: false,
    highlightNodeIds: [],
    message: null,
    clipboard: null,
    measured: {},

    setFlowType: (type) => set({ flowType: type }),
    setFlowRework: (on) => set({ flowRework: on }),

    highlight: (nodeIds) => {
      if (sameIds(nodeIds, get().highlightNodeIds)) return;
      set({ highlightNodeIds: [...nodeIds] });
    },

    setSelection: ({ nodeIds, edgeIds }) => {
      set((draft) => {
        if (nodeIds && !sameIds(nodeIds, draft.selection.nodeIds)) draft.selection.nodeIds = [...nodeIds];
        if (edgeIds && !sameIds(edgeIds, draft.selection.edgeIds)) draft.selection.edgeIds = [...edgeIds];
      });
    },

    selectAll: () => {
      const map = activeMap(get());
      get().setSelection({ nodeIds: map.nodes.map((n) => n.id), edgeIds: map.edges.map((e) => e.id) });
    },

    clearSelection: () => get().setSelection({ nodeIds: [], edgeIds: [] }),

    showMessage: (kind, body) => {
      messageCount += 1;
      set({ message: { kind, body, id: messageCount } });
    },

    clearMessage: (id) => {
      const { message } = get();
      if (message === null || (id !== undefined && message.id !== id)) return;
      set({ message: null });
    },
  };
};
