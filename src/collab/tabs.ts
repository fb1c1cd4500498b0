import * as Y from 'yjs';

/**
 * Keeps the tabs of one browser in step over a BroadcastChannel, with or without a server.
 * IndexedDB alone does not: a tab reads it once, at start, so an older tab would keep showing
 * (and, once it edits, keep merging into) a map the other tab moved on from; here every update
 * reaches every tab at once. A tab that opens asks the others for what they hold, so an edit a
 * tab made before IndexedDB stored it is not missed either. Updates are CRDT updates: applying
 * one twice, or late, changes nothing more.
 */
type TabMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'hello'; stateVector: Uint8Array };

/** Marks updates that came from another tab, so they are not sent back. */
export const FROM_OTHER_TAB = Symbol('from another tab');

export function syncTabs(ydoc: Y.Doc, channelName: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  const post = (message: TabMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel (the page is going away): the other tabs read IndexedDB later.
    }
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_OTHER_TAB) post({ kind: 'update', update });
  };
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (message?.kind === 'update' && isBytes(message.update)) {
      Y.applyUpdate(ydoc, message.update, FROM_OTHER_TAB);
    } else if (message?.kind === 'hello' && isBytes(message.stateVector)) {
      // Answer a new tab with what it lacks; it answers us back through its own hello.
      const missing = Y.encodeStateAsUpdate(ydoc, message.stateVector);
      post({ kind: 'update', update: missing });
    }
  };
  ydoc.on('update', onUpdate);
  post({ kind: 'hello', stateVector: Y.encodeStateVector(ydoc) });
  return () => {
    ydoc.off('update', onUpdate);
    channel.close();
  };
}

/** Bytes from another tab (checked by shape: the clone may come from another realm). */
function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && (value as Uint8Array).BYTES_PER_ELEMENT === 1;
}
