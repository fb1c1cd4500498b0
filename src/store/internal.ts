import { current, isDraft, produce, type Draft } from 'immer';
import type { StateCreator } from 'zustand/vanilla';
import type { MapState } from '../domain/types';
import type { DataPatch, EditorState, Selection } from './types';

/** A slice of the editor store, written against the whole state with the immer middleware. */
export type EditorSliceCreator<T> = StateCreator<EditorState, [['zustand/immer', never]], [], T>;
export type SetEditor = Parameters<EditorSliceCreator<unknown>>[0];
export type GetEditor = Parameters<EditorSliceCreator<unknown>>[1];
export type EditorDraft = Draft<EditorState>;

/**
 * Runs `recipe` on the whole state as one gesture. Selection and other UI changes are set as
 * they are; what it changed in the document is written into the shared document as one
 * transaction of this person (one undo step, or part of the open gesture), and the document
 * the views show is then read back from it. Returns whether the document changed.
 */
export function commit(set: SetEditor, get: GetEditor, recipe: (draft: EditorDraft) => void): boolean {
  const before = get();
  if (before.readOnly) return false;
  const after = produce(before, recipe);
  if (after === before) return false;
  set({ ...after, document: before.document });
  if (after.document === before.document) return false;
  before.shared.write(before.document, after.document, before.activeState);
  return get().document !== before.document;
}

/** The map on screen. */
export function activeMapDraft(draft: EditorDraft): Draft<MapState> {
  const { future } = draft.document.states;
  return draft.activeState === 'future' && future ? future : draft.document.states.current;
}

/**
 * A list of the draft read as plain values. Reading items through the draft makes a draft of
 * each one read, and immer walks every one of them when the command ends: on a map of 5,000
 * symbols that was most of an edit's time.
 */
export function plainList<T>(list: Draft<T[]> | readonly T[]): readonly T[] {
  return isDraft(list) ? current<T[]>(list as Draft<T[]>) : (list as readonly T[]);
}

/** Edits the drafts of the items of `list` that `wanted` picks, choosing them on the plain list (`plainList`). */
export function editWhere<T>(list: Draft<T>[], wanted: (item: T) => boolean, edit: (item: Draft<T>) => void): void {
  plainList<T>(list as Draft<T[]>).forEach((item, i) => {
    if (wanted(item)) edit(list[i]!);
  });
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
  const nodeIds = new Set(plainList(map.nodes).map((n) => n.id));
  const edgeIds = new Set(plainList(map.edges).map((e) => e.id));
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
