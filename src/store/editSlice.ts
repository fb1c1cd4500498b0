import type { EdgeChange, NodeChange, NodePositionChange, XYPosition as FlowPosition } from '@xyflow/react';
import { castDraft, freeze } from 'immer';
import type { MapState, StateKey, VsmEdge, VsmNode, XYPosition } from '../domain/types';
import { createIdFactory, ID_PREFIX } from './ids';
import {
  activeMapDraft, commit, editWhere, plainList, pruneToActiveMap, sameIds, type EditorDraft, type EditorSliceCreator,
} from './internal';
import { activeMap } from './selectors';
import type { EditSlice, EditorState } from './types';

/** How far a duplicate or a paste into the same state lands from its original. */
export const COPY_OFFSET_PX = 40;
/** What an arrow key moves the selection by, px; with Shift, the far step. As the help lists them. */
export const NUDGE_PX = 10;
export const NUDGE_FAR_PX = 50;

interface CopySource {
  nodes: readonly VsmNode[];
  edges: readonly VsmEdge[];
  from: StateKey;
}

/**
 * Adds copies of `source` to the active map with new ids, moved by `offset`, and returns their
 * ids. Only edges with both ends copied come along. Into the future state a copy keeps its link
 * to the current state (`originId`); into the current state that link is meaningless and goes.
 */
function addCopies(draft: EditorDraft, source: CopySource, offset: XYPosition): { nodeIds: string[]; edgeIds: string[] } {
  const newId = createIdFactory(draft.document);
  const map = activeMapDraft(draft);
  const target = draft.activeState;
  const idMap = new Map<string, string>();
  for (const node of source.nodes) idMap.set(node.id, newId(ID_PREFIX[node.type]));
  const onMap = new Set(plainList(map.nodes).map((n) => n.id));

  for (const node of source.nodes) {
    const data: Record<string, unknown> = { ...node.data };
    if (target === 'current') delete data.originId;
    else if (source.from === 'current') data.originId = node.id;
    // A kaizen burst copied with its step points at the copy; pointing elsewhere is dropped.
    if (typeof data.stepId === 'string') {
      const step = idMap.get(data.stepId);
      if (step !== undefined) data.stepId = step;
      else if (!onMap.has(data.stepId)) delete data.stepId;
    }
    const copy = {
      ...node,
      id: idMap.get(node.id)!,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
      data,
    } as VsmNode;
    map.nodes.push(castDraft(copy));
  }
  const edgeIds: string[] = [];
  for (const edge of source.edges) {
    const sourceId = idMap.get(edge.source);
    const targetId = idMap.get(edge.target);
    if (sourceId === undefined || targetId === undefined) continue;
    const copy: VsmEdge = { ...edge, id: newId(ID_PREFIX.edge), source: sourceId, target: targetId };
    map.edges.push(castDraft(copy));
    edgeIds.push(copy.id);
  }
  return { nodeIds: [...idMap.values()], edgeIds };
}

/** The selected symbols of the active map and every edge between two of them. */
function selectedPart(state: EditorState): CopySource {
  const map = activeMap(state);
  const ids = new Set(state.selection.nodeIds);
  return {
    nodes: map.nodes.filter((n) => ids.has(n.id)),
    edges: map.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    from: state.activeState,
  };
}

/** Removes nodes, the edges touching them, and the given edges from the active map. */
function removeFromMap(draft: EditorDraft, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void {
  const map = activeMapDraft(draft);
  const nodes = plainList(map.nodes);
  // The new lists go in frozen (immer's deep `freeze` stops at the symbols frozen already), so
  // immer takes them as they are instead of visiting each of thousands of symbols.
  if (nodeIds.size > 0 && nodes.some((n) => nodeIds.has(n.id))) {
    // A kaizen burst whose step is gone no longer improves anything in particular.
    map.nodes = castDraft(freeze(nodes.filter((n) => !nodeIds.has(n.id)).map((n) => {
      if (n.type !== 'kaizen' || n.data.stepId === undefined || !nodeIds.has(n.data.stepId)) return n;
      const { stepId: _gone, ...data } = n.data;
      return { ...n, data };
    }), true));
  }
  const goes = (e: VsmEdge) => edgeIds.has(e.id) || nodeIds.has(e.source) || nodeIds.has(e.target);
  const edges = plainList(map.edges);
  if (edges.some(goes)) map.edges = castDraft(freeze(edges.filter((e) => !goes(e)), true));
  pruneToActiveMap(draft);
}

/** Whether every node of `b` stands where it stood in `a` (a drag changes nothing else). */
function samePositions(a: MapState, b: MapState): boolean {
  if (a.nodes === b.nodes) return true;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i]!;
    return node.id === other.id && node.position.x === other.position.x && node.position.y === other.position.y;
  });
}

/** Applies select changes to a list of ids, keeping its order and identity when nothing changes. */
function applySelect(ids: string[], changes: { id: string; selected: boolean }[]): string[] {
  const next = new Set(ids);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  const list = [...next];
  return sameIds(list, ids) ? ids : list;
}

export const createEditSlice: EditorSliceCreator<EditSlice> = (set, get) => {
  const moveNodes = (draft: EditorDraft, positions: ReadonlyMap<string, FlowPosition>): void => {
    editWhere(activeMapDraft(draft).nodes, (node) => {
      const to = positions.get(node.id);
      return to !== undefined && (node.position.x !== to.x || node.position.y !== to.y);
    }, (node) => {
      const to = positions.get(node.id)!;
      node.position = { x: to.x, y: to.y };
    });
  };

  /**
   * Position changes. A drag goes into the shared document frame by frame, so the room sees the
   * symbol move, and is one undo step (a gesture); a drag back to where it began leaves none.
   */
  const applyMoves = (moves: NodePositionChange[]): void => {
    const positions = new Map<string, FlowPosition>();
    for (const move of moves) {
      // Never let a NaN from a broken event into the document.
      if (move.position && Number.isFinite(move.position.x) && Number.isFinite(move.position.y)) positions.set(move.id, move.position);
    }
    const state = get();
    const { shared } = state;
    if (moves.some((m) => m.dragging === true)) {
      if (state.dragOrigin === null && !state.readOnly) {
        shared.beginGesture();
        set({ dragOrigin: castDraft(activeMap(state)) });
      }
      commit(set, get, (draft) => moveNodes(draft, positions));
    } else if (state.dragOrigin !== null) {
      const origin = state.dragOrigin;
      commit(set, get, (draft) => {
        moveNodes(draft, positions);
        draft.dragOrigin = null;
      });
      // A drag back to where it began: its frames add up to nothing, so its step goes too.
      shared.endGesture(samePositions(origin, activeMap(get())));
      set(shared.depths());
    } else {
      // Keyboard moves and other one-off position changes.
      commit(set, get, (draft) => moveNodes(draft, positions));
    }
  };

  return {
    deleteSelection: () => {
      const { selection } = get();
      commit(set, get, (draft) => {
        removeFromMap(draft, new Set(selection.nodeIds), new Set(selection.edgeIds));
        draft.selection = { nodeIds: [], edgeIds: [] };
      });
    },

    duplicateSelection: () => {
      const part = selectedPart(get());
      if (part.nodes.length === 0) return;
      commit(set, get, (draft) => {
        draft.selection = addCopies(draft, part, { x: COPY_OFFSET_PX, y: COPY_OFFSET_PX });
      });
    },

    copySelection: () => {
      const part = selectedPart(get());
      if (part.nodes.length === 0) return;
      set({ clipboard: castDraft({ nodes: [...part.nodes], edges: [...part.edges], from: part.from, pasteCount: 0 }) });
    },

    paste: (position) => {
      const { clipboard, activeState } = get();
      if (!clipboard || clipboard.nodes.length === 0) return;
      const placed = position !== undefined && Number.isFinite(position.x) && Number.isFinite(position.y);
      const again = !placed && clipboard.from === activeState;
      let offset: XYPosition = { x: 0, y: 0 }; // into the other state: same place, so the maps line up
      if (placed) {
        // `position` is where the top-left corner of the pasted group goes.
        const left = Math.min(...clipboard.nodes.map((n) => n.position.x));
        const top = Math.min(...clipboard.nodes.map((n) => n.position.y));
        offset = { x: position.x - left, y: position.y - top };
      } else if (again) {
        const steps = clipboard.pasteCount + 1;
        offset = { x: COPY_OFFSET_PX * steps, y: COPY_OFFSET_PX * steps };
      }
      commit(set, get, (draft) => {
        draft.selection = addCopies(draft, clipboard, offset);
        if (again) draft.clipboard!.pasteCount += 1;
      });
    },

    nudgeSelection: (dx, dy) => {
      const ids = new Set(get().selection.nodeIds);
      if (ids.size === 0 || (dx === 0 && dy === 0)) return;
      commit(set, get, (draft) => {
        editWhere(activeMapDraft(draft).nodes, (node) => ids.has(node.id), (node) => {
          node.position = { x: node.position.x + dx, y: node.position.y + dy };
        });
      });
    },

    applyNodeChanges: (changes: NodeChange[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      const sizes: { id: string; width: number; height: number }[] = [];
      const moves: NodePositionChange[] = [];
      const removed = new Set<string>();
      for (const change of changes) {
        if (change.type === 'select') selects.push(change);
        else if (change.type === 'dimensions' && change.dimensions) sizes.push({ id: change.id, ...change.dimensions });
        else if (change.type === 'position') moves.push(change);
        else if (change.type === 'remove') removed.add(change.id);
      }
      if (selects.length > 0 || sizes.length > 0) {
        // Selection and measured sizes are view state: never history.
        set((draft) => {
          const nodeIds = applySelect(draft.selection.nodeIds, selects);
          if (nodeIds !== draft.selection.nodeIds) draft.selection.nodeIds = nodeIds;
          for (const { id, width, height } of sizes) {
            if (id === '__proto__') continue;
            const known = draft.measured[id];
            if (!known || known.width !== width || known.height !== height) draft.measured[id] = { width, height };
          }
        });
      }
      if (moves.length > 0) applyMoves(moves);
      if (removed.size > 0) commit(set, get, (draft) => removeFromMap(draft, removed, new Set()));
    },

    applyEdgeChanges: (changes: EdgeChange[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      const removed = new Set<string>();
      for (const change of changes) {
        if (change.type === 'select') selects.push(change);
        else if (change.type === 'remove') removed.add(change.id);
      }
      if (selects.length > 0) {
        set((draft) => {
          const edgeIds = applySelect(draft.selection.edgeIds, selects);
          if (edgeIds !== draft.selection.edgeIds) draft.selection.edgeIds = edgeIds;
        });
      }
      // Edges already gone with their nodes change nothing, so a node delete stays one step.
      if (removed.size > 0) commit(set, get, (draft) => removeFromMap(draft, new Set(), removed));
    },
  };
};
