import { useState } from 'react';
import { newRoomId } from '../../collab';
import { useEditorStore } from '../../store';
import { useSession, useSessionStatus } from './SessionContext';
import { startRoomWith } from './start';
import { useSessionText } from './strings';

/**
 * *Share room* for a map kept alone in this browser: makes a room with an unguessable id that
 * holds this map, and opens it (where the share dialog shows the links and QR codes). Shown
 * only where a room server runs; the map kept in this browser stays as it was.
 */
export function StartRoomButton() {
  const session = useSession();
  const status = useSessionStatus();
  const store = useEditorStore();
  const text = useSessionText();
  const [busy, setBusy] = useState(false);
  if (!session || session.room || !status?.serverAvailable) return null;

  const start = async () => {
    setBusy(true);
    store.getState().showMessage('info', text.startingRoom);
    const room = newRoomId();
    try {
      await startRoomWith(store.getState().document, room, location.origin);
      location.assign(`/?room=${room}`);
    } catch (error) {
      store.getState().showMessage('error', text.roomFailed(error instanceof Error ? error.message : String(error)));
      setBusy(false);
    }
  };
  return (
    <button type="button" className="start-room" onClick={() => void start()} disabled={busy} title={text.shareRoomTitle} data-testid="start-room">
      {text.shareRoom}
    </button>
  );
}
