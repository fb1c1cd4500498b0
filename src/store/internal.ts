import { produce, type Draft } from 'immer';
import type { StateCreator } from 'zustand/vanilla';
import type { MapState } from '../domain/types';
import type { DataPatch, EditorState, Selection, Snapshot } from './types';

/** A slice of the editor store, written against the whole state with the immer middleware. */
export type EditorSliceCreator<T> = StateCreator<EditorState, [['zustand/immer', never]], [], T>;
export type SetEditor = Parameters<EditorSliceCreator<unknown>>[0];
export type GetEditor = Parameters<EditorSliceCreator<unknown>>[1];
export type EditorDraft = Draft<EditorState>;

/** Undo steps kept; older ones are dropped. Snapshots share structure, so 200 cost little. */
export const HISTORY_LIMIT = 200;

export function snapshotOf(state: Pick<EditorState, 'document' | 'activeState'>): Snapshot {
  return { document: state.document, activeState: state.activeState };
}

/**
 * The history with `snapshot` as the newest undo step, at most HISTORY_LIMIT long. Built outside
 * immer on purpose: splicing a draft array would make a draft of every snapshot in it.
 */
export function withStep(past: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  const kept = past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past.slice();
  kept.push(Object.freeze({ ...snapshot }));
  // Frozen, so immer's finalize skips the stack instead of walking every snapshot on each change.
  return Object.freeze(kept) as Snapshot[];
}

/** Records `before` as one undo step of the change that led to `after`, forgetting the redo steps. */
export function recordStep(set: SetEditor, after: EditorState, before: Snapshot): void {
  set({ ...after, past: withStep(after.past, before), future: [], dragOrigin: null });
}

/**
 * Runs `recipe` on the whole state as one gesture: if it changed the document, the state before
 * becomes one undo step. Selection and other UI changes made in the same recipe are not history.
 * Returns whether the document changed.
 */
export function commit(set: SetEditor, get: GetEditor, recipe: (draft: EditorDraft) => void): boolean {
  const before = get();
  const after = produce(before, recipe);
  if (after === before) return false;
  if (after.document === before.document) {
    set(after);
    return false;
  }
  recordStep(set, after, snapshotOf(before));
  return true;
}

/** The map on screen. */
export function activeMapDraft(draft: EditorDraft): Draft<MapState> {
  const { future } = draft.document.states;
  return draft.activeState === 'future' && future ? future : draft.document.states.current;
}

// Keys that could pollute prototypes if a patch ever carried them from untrusted input.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Merges a patch into data: `undefined` deletes the key. */
export function applyPatch(target: Record<string, unknown>, patch: DataPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

/** Drops selected and highlighted ids that are no longer on the active map. */
export function pruneToActiveMap(draft: EditorDraft): void {
  const map = activeMapDraft(draft);
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const edgeIds = new Set(map.edges.map((e) => e.id));
  keepOnly(draft.selection, 'nodeIds', nodeIds);
  keepOnly(draft.selection, 'edgeIds', edgeIds);
  if (draft.highlightNodeIds.some((id) => !nodeIds.has(id))) {
    draft.highlightNodeIds = draft.highlightNodeIds.filter((id) => nodeIds.has(id));
  }
}

function keepOnly(selection: Draft<Selection>, key: keyof Selection, ids: Set<string>): void {
  // Assign only on change, so an untouched selection keeps its identity for React.
  if (selection[key].some((id) => !ids.has(id))) selection[key] = selection[key].filter((id) => ids.has(id));
}

/** A position fit for the document: a non-finite coordinate (NaN from a broken event) becomes 0. */
export function finitePosition(position: { x: number; y: number }): { x: number; y: number } {
  return { x: Number.isFinite(position.x) ? position.x : 0, y: Number.isFinite(position.y) ? position.y : 0 };
}

/** Replaces a list only if it differs, so equal selections keep their identity. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
