import * as Y from 'yjs';
import { ensureSopsMap, hasDocument, PersonalUndo, rootMap, readDocument, newReadCache, writeDocument, writeDocumentChange } from '../collab';
import type { MapState, StateKey, VsmDocument } from '../domain/types';

/**
 * The store's tie to the shared document. The Y.Doc is the truth: a command's recipe runs on
 * the plain document the store shows, and only the difference goes into the Y.Doc, as one
 * transaction of this person (`origin`); every transaction, local, remote or undo, is then read
 * back into the plain document the views use. Undo is this person's alone (`PersonalUndo`).
 */
export class SharedDocument {
  /** Marks this person's transactions: their undo tracks these and nobody else's. */
  readonly origin = { person: 'local' };
  readonly undo: PersonalUndo;
  /** Symbols read before, so reading after an edit re-reads only what the edit touched. */
  readonly cache = newReadCache();
  /** The state on screen when the step being written began: undoing it shows that state again. */
  stepBeganIn: StateKey | null = null;
  /** The undo stack's length when the open gesture (a drag) began; null with no gesture open. */
  gestureStart: number | null = null;

  constructor(readonly ydoc: Y.Doc) {
    this.undo = new PersonalUndo(ydoc, this.origin);
  }

  /** Undo and redo steps as the person sees them: an open gesture is not a step until it ends. */
  depths(): { undoDepth: number; redoDepth: number } {
    const { undoStack, redoStack } = this.undo.manager;
    const open = this.gestureStart !== null && undoStack.length > this.gestureStart ? 1 : 0;
    return { undoDepth: undoStack.length - open, redoDepth: redoStack.length };
  }

  beginGesture(): void {
    this.gestureStart = this.undo.manager.undoStack.length;
    this.undo.beginGesture();
  }

  /** Ends the gesture; `cancelled` (a drag back to where it began) drops its step, which changes nothing. */
  endGesture(cancelled: boolean): void {
    this.undo.endGesture();
    const stack = this.undo.manager.undoStack;
    if (cancelled && this.gestureStart !== null && stack.length === this.gestureStart + 1) stack.pop();
    this.gestureStart = null;
  }

  /** Fills an empty Y.Doc with `doc` (not an undo step: nobody did it), or reads what it holds. */
  open(doc: VsmDocument, readOnly = false): VsmDocument {
    if (!hasDocument(this.ydoc)) writeDocument(this.ydoc, doc, null);
    // A map kept by a version before SOP drafts gets their (empty) map now, outside anyone's
    // undo, so two people's first drafts never race to make it. An observer writes nothing.
    else if (!readOnly && rootMap(this.ydoc).get('sops') === undefined) ensureSopsMap(this.ydoc);
    return withViewports(readDocument(this.ydoc, { cache: this.cache }), doc);
  }

  /** Writes what a command changed, as one undo step (or part of the open gesture). */
  write(before: VsmDocument, after: VsmDocument, shown: StateKey): void {
    this.stepBeganIn = shown;
    try {
      this.undo.edit(() => writeDocumentChange(this.ydoc, before, after));
    } finally {
      this.stepBeganIn = null;
    }
  }

  /** Replaces the whole map (a new map, an opened file): one undo step. */
  replace(doc: VsmDocument, shown: StateKey): void {
    this.stepBeganIn = shown;
    try {
      writeDocument(this.ydoc, doc, this.origin);
    } finally {
      this.stepBeganIn = null;
    }
  }

  /** The Y.Doc as a plain document, sharing every unchanged part (and the viewports) with `shown`. */
  read(shown: VsmDocument): VsmDocument {
    return withViewports(readDocument(this.ydoc, { previous: shown, cache: this.cache }), shown);
  }
}

export function newSharedDocument(ydoc: Y.Doc = new Y.Doc()): SharedDocument {
  return new SharedDocument(ydoc);
}

/**
 * `read` with the viewports of `shown` (the viewport is each person's own and is not in the
 * shared document), handing back `shown` itself, or its states, where nothing else changed.
 */
export function withViewports(read: VsmDocument, shown: VsmDocument): VsmDocument {
  const current = keepViewport(read.states.current, shown.states.current);
  const future = read.states.future === null ? null : keepViewport(read.states.future, shown.states.future);
  const sameStates = current === shown.states.current && future === shown.states.future;
  if (sameStates && sameOwnValues(read, shown, 'states')) return shown;
  if (current === read.states.current && future === read.states.future) return read;
  return { ...read, states: sameStates ? shown.states : { current, future } };
}

function keepViewport(read: MapState, shown: MapState | null): MapState {
  if (shown === null || shown.viewport === undefined) return read;
  if (read === shown) return read;
  if (sameOwnValues(read, shown, 'viewport')) return shown;
  return { ...read, viewport: shown.viewport };
}

/** Whether two objects hold the same values (by identity) under every key but `skip`. */
function sameOwnValues(a: object, b: object, skip: string): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  keys.delete(skip);
  for (const key of keys) if (x[key] !== y[key]) return false;
  return true;
}

/** Which states a document has, for pruning a selection after a remote change. */
export function hasState(doc: VsmDocument, key: StateKey): boolean {
  return key === 'current' || doc.states.future !== null;
}
