import { castDraft } from 'immer';
import { startFutureFromCurrent } from '../domain/compare';
import { checkConnection } from '../domain/connections';
import { placeSymbol, type PlacementInput } from '../domain/placement';
import { roleOf } from '../domain/symbols';
import { isMaterialEdge, MATERIAL_EDGE_TYPES, type MapState, type VsmEdge, type VsmNode } from '../domain/types';
import { blankDocument } from './blank';
import { createIdFactory, ID_PREFIX } from './ids';
import { activeMapDraft, applyPatch, commit, editWhere, finitePosition, type EditorSliceCreator } from './internal';
import { activeMap as activeMapOf } from './selectors';
import type { SharedDocument } from './shared';
import type { DocumentSlice, Placement } from './types';

const NO_SELECTION = { nodeIds: [], edgeIds: [] };

export const createDocumentSlice = (
  initial: DocumentSlice['document'], shared: SharedDocument, readOnly: boolean,
): EditorSliceCreator<DocumentSlice> =>
  (set, get) => {
    /** A whole new map (a new one, an opened file): one undo step for this person. */
    const replaceDocument = (doc: DocumentSlice['document']): void => {
      if (get().readOnly) return;
      const shown = get().activeState;
      set((draft) => {
        // Shown first, so its viewport stays when the shared document is read back.
        draft.document = castDraft(doc);
        draft.activeState = 'current';
        draft.selection = NO_SELECTION;
        draft.highlightNodeIds = [];
        draft.loadCount += 1;
        // Another document may reuse ids for other symbols: let React Flow measure afresh.
        draft.measured = {};
      });
      get().shared.replace(doc, shown);
    };

    /** The placement input for the map on screen: measured sizes first, anchored on the last selected symbol. */
    const placementInput = (placement: Placement): PlacementInput => {
      const { measured, selection } = get();
      return {
        view: placement.view,
        sizeOf: (node) => measured[node.id] ?? placement.sizeOf(node.type),
        anchorId: selection.nodeIds.at(-1),
      };
    };

    return {
      shared,
      document: initial,
      readOnly,
      setReadOnly: (on) => set({ readOnly: on }),
      activeState: 'current',
      loadCount: 0,

      addNode: (type, position, data = {}) => {
        const id = createIdFactory(get().document)(ID_PREFIX[type]);
        commit(set, get, (draft) => {
          const node = { id, type, position: finitePosition(position), data: {} } as VsmNode;
          applyPatch(node.data as Record<string, unknown>, data);
          activeMapDraft(draft).nodes.push(castDraft(node));
          draft.selection = { nodeIds: [id], edgeIds: [] };
        });
        return id;
      },

      addNodePlaced: (type, placement) => get().addNode(type, placeSymbol(activeMapOf(get()), type, placementInput(placement))),

      addNextStep: (placement) => {
        const state = get();
        const map = activeMapOf(state);
        const step = map.nodes.find((n) => n.id === state.selection.nodeIds.at(-1));
        if (!step || roleOf(step.type) !== 'step') return null;
        const newId = createIdFactory(state.document);
        const input = placementInput(placement);
        const stock = { id: newId(ID_PREFIX.inventory), type: 'inventory', position: placeSymbol(map, 'inventory', input), data: {} } as VsmNode;
        const withStock: MapState = { ...map, nodes: [...map.nodes, stock] };
        const process = {
          id: newId(ID_PREFIX.process), type: 'process', data: {},
          position: placeSymbol(withStock, 'process', { ...input, anchorId: stock.id }),
        } as VsmNode;
        const type = MATERIAL_EDGE_TYPES.includes(state.flowType) ? state.flowType : 'push';
        const edges: VsmEdge[] = [
          { id: newId(ID_PREFIX.edge), type, source: step.id, target: stock.id },
          { id: newId(ID_PREFIX.edge), type, source: stock.id, target: process.id },
        ];
        const full = { nodes: [...withStock.nodes, process], edges: [...map.edges] };
        for (const edge of edges) {
          const check = checkConnection(full, edge.source, edge.target, edge.type);
          if (!check.ok) {
            state.showMessage('error', { message: check.reason });
            return null;
          }
          full.edges.push(edge);
        }
        commit(set, get, (draft) => {
          const target = activeMapDraft(draft);
          target.nodes.push(castDraft(stock), castDraft(process));
          target.edges.push(...edges);
          draft.selection = { nodeIds: [process.id], edgeIds: [] };
        });
        return process.id;
      },

      updateNodeData: (id, patch) => {
        commit(set, get, (draft) => {
          editWhere(activeMapDraft(draft).nodes, (n) => n.id === id, (node) => applyPatch(node.data as Record<string, unknown>, patch));
        });
      },

      updateActionItem: (state, id, patch) => {
        commit(set, get, (draft) => {
          const map = draft.document.states[state];
          if (map) editWhere(map.nodes, (n) => n.id === id && n.type === 'kaizen', (node) => applyPatch(node.data as Record<string, unknown>, patch));
        });
      },

      updateEdge: (id, change) => {
        const map = activeMapOf(get());
        const edge = map.edges.find((e) => e.id === id);
        if (!edge) return false;
        const type = change.type ?? edge.type;
        const nextData: Record<string, unknown> = { ...edge.data };
        applyPatch(nextData, change.data ?? {});
        const rework = nextData.rework === true;
        if (type !== edge.type || rework !== (edge.data?.rework === true)) {
          const check = checkConnection(map, edge.source, edge.target, type, { rework, ignoreEdgeId: id });
          if (!check.ok) {
            get().showMessage('error', { message: check.reason });
            return false;
          }
        }
        commit(set, get, (draft) => {
          editWhere(activeMapDraft(draft).edges, (e) => e.id === id, (target) => {
            target.type = type;
            target.data ??= {};
            applyPatch(target.data as Record<string, unknown>, change.data ?? {});
            if (Object.keys(target.data).length === 0) delete target.data;
          });
        });
        return true;
      },

      connect: ({ source, target, sourceHandle, targetHandle }) => {
        const state = get();
        const type = state.flowType;
        const edge: VsmEdge = { id: '', type, source, target };
        const rework = state.flowRework && isMaterialEdge(edge);
        const check = checkConnection(activeMapOf(state), source, target, type, { rework });
        if (!check.ok) {
          state.showMessage('error', { message: check.reason });
          return null;
        }
        edge.id = createIdFactory(state.document)(ID_PREFIX.edge);
        if (sourceHandle) edge.sourceHandle = sourceHandle;
        if (targetHandle) edge.targetHandle = targetHandle;
        if (rework) edge.data = { rework: true };
        commit(set, get, (draft) => {
          activeMapDraft(draft).edges.push(edge);
        });
        return edge.id;
      },

      saveViewport: (viewport) => {
        const current = activeMapOf(get()).viewport;
        if (current && current.x === viewport.x && current.y === viewport.y && current.zoom === viewport.zoom) return;
        set((draft) => {
          activeMapDraft(draft).viewport = { x: viewport.x, y: viewport.y, zoom: viewport.zoom };
        });
      },

      newMap: (title) => {
        replaceDocument(blankDocument(title));
      },

      loadDocument: (doc) => {
        replaceDocument(doc);
      },

      setActiveState: (key) => {
        if (key === get().activeState) return;
        if (key === 'future' && get().document.states.future === null) return;
        set((draft) => {
          draft.activeState = key;
          // Ids differ between the states, so a selection or highlight cannot carry over.
          draft.selection = NO_SELECTION;
          draft.highlightNodeIds = [];
        });
      },

      startFutureState: () => {
        const { document } = get();
        const newId = createIdFactory(document);
        // The copy asks for node ids in node order, then edge ids; the prefixes follow that order
        // only for readability (`p12` for a process): uniqueness never depends on it.
        const { current } = document.states;
        const prefixes = [...current.nodes.map((n) => ID_PREFIX[n.type]), ...current.edges.map(() => ID_PREFIX.edge)];
        let calls = 0;
        const future = startFutureFromCurrent(current, () => newId(prefixes[calls++] ?? ID_PREFIX.edge));
        commit(set, get, (draft) => {
          draft.document.states.future = castDraft(future);
          draft.activeState = 'future';
          draft.selection = NO_SELECTION;
          draft.highlightNodeIds = [];
        });
      },

      setSettings: (patch) => {
        commit(set, get, (draft) => {
          const settings = activeMapDraft(draft).settings as unknown as Record<string, unknown>;
          for (const [key, value] of Object.entries(patch)) {
            // Settings are all required: an undefined value leaves the setting as it is.
            if (value !== undefined && key in settings) settings[key] = value;
          }
        });
      },

      setTitle: (title) => {
        commit(set, get, (draft) => {
          draft.document.title = title;
        });
      },

      setProduct: (product) => {
        const text = product?.trim() ?? '';
        commit(set, get, (draft) => {
          if (text === '') delete draft.document.product;
          else draft.document.product = text;
        });
      },
    };
  };
