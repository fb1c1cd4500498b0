import { IncomingMessage } from '@hocuspocus/server';

/** Hocuspocus's message types (its `MessageType`): a sync message, and the reply form of one. */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
/** y-protocols' sync steps: step 2 (the state a peer lacks) and update both carry a Yjs update. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a client's message carries, or null for any other message (presence, the
 * first sync step, authentication). The room server stores it before Hocuspocus applies the
 * message and confirms it to the client.
 */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
  try {
    const incoming = new IncomingMessage(message);
    incoming.readVarString(); // the document name
    const type = incoming.readVarUint();
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
    const step = incoming.readVarUint();
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    return incoming.readVarUint8Array();
  } catch {
    return null; // Hocuspocus refuses a malformed message itself
  }
}
