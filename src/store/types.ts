import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { LocatedMessage } from '../domain/messages';
import type { FlowRect } from '../domain/placement';
import type { LayoutSlice } from './layoutSlice';
import type { SharedDocument } from './shared';
import type {
  KaizenData, MapSettings, SopDraft, SopItemByList, SopListKey, SopTextKey, MapState, StateKey, Viewport, VsmDocument, VsmEdge, VsmEdgeType, VsmNode, VsmNodeType,
  XYPosition,
} from '../domain/types';

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface EditorMessage {
  kind: 'info' | 'error';
  /**
   * UI text already in the reader's language, or a domain message (a refused connection, a file
   * that could not be opened) that the view renders in the current language: the store has none.
   */
  body: string | LocatedMessage;
  /** Grows with every message, so a toast can tell a new message from an old one with the same text. */
  id: number;
}

/** Copied symbols and the edges between them, kept in memory (not history, not the document). */
export interface Clipboard {
  nodes: VsmNode[];
  edges: VsmEdge[];
  /** The state they were copied from: pasting into the future state keeps a link back to the current one. */
  from: StateKey;
  /** Pastes so far into the state they came from; each is offset a little further so copies do not stack. */
  pasteCount: number;
}

export interface NodeSize {
  width: number;
  height: number;
}

export interface Connection {
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

/** Where the canvas is, for commands that place a symbol: what is on screen, and default sizes. */
export interface Placement {
  /** The visible part of the canvas, flow coordinates. */
  view: FlowRect;
  /** A type's default size in px at zoom 1 (a measured size, when the store has one, wins). */
  sizeOf: (type: VsmNodeType) => NodeSize;
}

/** Values `undefined` delete the key. */
export type DataPatch = Record<string, unknown>;

export interface DocumentSlice {
  /** The shared document behind `document` (a Y.Doc): what a room syncs and a browser keeps. */
  shared: SharedDocument;
  /** The map as the views read it: the shared document read back after every change. */
  document: VsmDocument;
  /** An observer's view: every command that would change the map does nothing. */
  readOnly: boolean;
  setReadOnly: (readOnly: boolean) => void;
  activeState: StateKey;
  /** Grows when a whole new document arrives (new map, open file), so the canvas can fit it on screen. */
  loadCount: number;
  /** Adds a symbol at `position` (its top-left corner, flow coordinates). History: one step. */
  addNode: (type: VsmNodeType, position: XYPosition, data?: DataPatch) => string;
  /**
   * Adds a symbol where a VSM draws it (`placeSymbol`): material after the selected or last step,
   * information in the row above, annotations under the selected symbol; free and in view. History: one step.
   */
  addNodePlaced: (type: VsmNodeType, placement: Placement) => string;
  /**
   * After the selected step: a stock and then a process, joined by arrows of the current flow type
   * (a push arrow when that type carries no material), the new process selected. History: one
   * step. Returns the new process's id, or null when no step is selected.
   */
  addNextStep: (placement: Placement) => string | null;
  /** Merges `patch` into a node's data; `undefined` values delete the key. History: one step. */
  updateNodeData: (id: string, patch: DataPatch) => void;
  /** Edits a kaizen burst of either state (the action plan lists both): one undo step. */
  updateActionItem: (state: StateKey, id: string, patch: Partial<Pick<KaizenData, 'title' | 'owner' | 'dueDate' | 'status' | 'targetNote'>>) => void;
  /** Retypes an edge or patches its data, checked like a new connection. History: one step. */
  updateEdge: (id: string, change: { type?: VsmEdgeType; data?: DataPatch }) => boolean;
  /** Joins two symbols with an edge of the current flow type; a refusal sets `message`. History: one step. */
  connect: (connection: Connection) => string | null;
  /** Saves the canvas viewport into the active map. History: none (not a change anyone undoes). */
  saveViewport: (viewport: Viewport) => void;
  /** A blank map: supplier at the left, customer at the right, titled `title` (the UI's
   * "untitled" in its language). History: one step. */
  newMap: (title?: string) => void;
  /** Replaces the document (already validated by the caller). History: one step. */
  loadDocument: (doc: VsmDocument) => void;
  /** Shows the current or the future state. History: none. */
  setActiveState: (key: StateKey) => void;
  /** Copies the current state into a new future state and shows it. History: one step. */
  startFutureState: () => void;
  /** Patches the active map's settings. History: one step. */
  setSettings: (patch: Partial<MapSettings>) => void;
  /** History: one step. */
  setTitle: (title: string) => void;
  /** The product family the map is drawn for (spec section 3); undefined or blank removes it. History: one step. */
  setProduct: (product: string | undefined) => void;
}

/**
 * This person's undo and redo (Yjs's UndoManager on the shared document): never someone
 * else's edit. A step taken in the future state brings the future state back on screen.
 */
export interface HistorySlice {
  /** Steps that undo can take back, and that redo can bring again. */
  undoDepth: number;
  redoDepth: number;
  /** The positions when the current drag began: a drag back to them leaves no step. */
  dragOrigin: MapState | null;
  undo: () => void;
  redo: () => void;
}

export interface UiSlice {
  selection: Selection;
  /** The type new connections get. */
  flowType: VsmEdgeType;
  /** New material connections are rework (return) loops. */
  flowRework: boolean;
  /** Symbols a waste finding points at. */
  highlightNodeIds: string[];
  message: EditorMessage | null;
  clipboard: Clipboard | null;
  /** Node sizes React Flow measured, by id; handed back to it so it need not measure again. */
  measured: Record<string, NodeSize>;
  setFlowType: (type: VsmEdgeType) => void;
  setFlowRework: (on: boolean) => void;
  highlight: (nodeIds: string[]) => void;
  setSelection: (selection: Partial<Selection>) => void;
  selectAll: () => void;
  clearSelection: () => void;
  showMessage: (kind: EditorMessage['kind'], body: EditorMessage['body']) => void;
  /** Clears the message, or only the one with this id (so a timer cannot clear a newer one). */
  clearMessage: (id?: number) => void;
}

export interface EditSlice {
  /** Deletes the selected symbols and edges and every edge touching them. History: one step. */
  deleteSelection: () => void;
  /** Copies the selection 40 px right and down, with new ids, and selects the copies. History: one step. */
  duplicateSelection: () => void;
  /** Puts the selected symbols and the edges between them on the clipboard. History: none. */
  copySelection: () => void;
  /** Pastes the clipboard into the active state, top-left corner at `position` if given. History: one step. */
  paste: (position?: XYPosition) => void;
  /** Moves the selected symbols. History: one step per call. */
  nudgeSelection: (dx: number, dy: number) => void;
  /** React Flow's `onNodesChange`: a whole drag is one step; selection and sizes are not history. */
  applyNodeChanges: (changes: NodeChange[]) => void;
  /** React Flow's `onEdgesChange`. */
  applyEdgeChanges: (changes: EdgeChange[]) => void;
}

/**
 * The SOP drafts of the future state's steps (`document.sops`, by step id). `base` is the draft
 * generated from the map and worded in the UI language: a step the team has not edited yet has
 * no stored draft, and its first edit stores `base` with the change, as one undo step.
 */
export interface SopSlice {
  /** Sets the number, title, purpose or scope. History: one step. A text over its limit is refused (`message`). */
  setSopText: (stepId: string, key: SopTextKey, value: string, base: SopDraft) => void;
  /** Sets one field of one line of a list. History: one step. */
  setSopItem: <L extends SopListKey>(stepId: string, list: L, itemId: string, field: Exclude<keyof SopItemByList[L], 'id'>, value: string, base: SopDraft) => void;
  /** Inserts an empty line at `index`; returns its id, or null when the list is full. History: one step. */
  addSopItem: (stepId: string, list: SopListKey, index: number, base: SopDraft) => string | null;
  /** History: one step. */
  removeSopItem: (stepId: string, list: SopListKey, itemId: string, base: SopDraft) => void;
  /** Moves a line one place up (-1) or down (+1). History: one step. */
  moveSopItem: (stepId: string, list: SopListKey, itemId: string, offset: -1 | 1, base: SopDraft) => void;
  /** Replaces a whole list (the standards taken from the map again). History: one step. */
  replaceSopList: <L extends SopListKey>(stepId: string, list: L, items: SopDraft[L], base: SopDraft) => void;
  /** Drops the team's draft of a step: the step shows the draft generated from the map again. History: one step. */
  discardSop: (stepId: string) => void;
}

export type EditorState = DocumentSlice & HistorySlice & UiSlice & EditSlice & LayoutSlice & SopSlice;
