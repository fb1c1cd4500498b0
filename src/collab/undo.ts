import * as Y from 'yjs';
import { rootMap } from './layout';

/**
 * One person's undo history on the shared document. It tracks only transactions whose origin
 * is this person's `origin`, so undo never takes back what someone else did, and edits that
 * arrive from the room are left alone.
 *
 * One gesture is one step. A gesture of one transaction needs nothing more (`edit`); a gesture
 * spread over several transactions, such as a drag that shows the symbol moving to everyone
 * while it moves, goes between `beginGesture` and `endGesture`.
 */
export class PersonalUndo {
  readonly manager: Y.UndoManager;
  constructor(readonly ydoc: Y.Doc, readonly origin: object) {
    this.manager = new Y.UndoManager(rootMap(ydoc), {
      trackedOrigins: new Set([origin]),
      // Each transaction is its own step (Yjs merges steps made within 500 ms by default);
      // a gesture lifts the limit until it ends.
      captureTimeout: 0,
    });
  }

  /** Runs `change` as one transaction of this person: one undo step, or part of the open gesture. */
  edit(change: () => void): void {
    this.ydoc.transact(change, this.origin);
  }

  /** Starts a gesture: the edits until `endGesture` become one undo step. */
  beginGesture(): void {
    this.manager.stopCapturing();
    this.manager.captureTimeout = Number.MAX_SAFE_INTEGER;
  }

  endGesture(): void {
    this.manager.captureTimeout = 0;
    this.manager.stopCapturing();
  }

  undo(): void {
    this.manager.undo();
  }

  redo(): void {
    this.manager.redo();
  }

  canUndo(): boolean {
    return this.manager.canUndo();
  }

  canRedo(): boolean {
    return this.manager.canRedo();
  }

  destroy(): void {
    this.manager.destroy();
  }
}
