import { useFormatter } from '../../i18n';
import { documentFileName, downloadBlob, downloadDocument } from '../../io/documentFile';
import { dismissKeptAside, type UnreadableMap } from '../../io/savedMaps';
import { useEditorStore } from '../../store';
import { useSession, useSessionStatus } from './SessionContext';
import { useSessionText } from './strings';
import './session.css';

/**
 * Lasting notices about where the map is kept: a browser that cannot store (with the download
 * that keeps the work), saved maps kept aside because they could not be read, and a room link that
 * was not valid (the room's connection is shown by the presence bar). They stay until the cause is gone or the person
 * closes them; a toast would be missed.
 */
export function SessionNotices() {
  const session = useSession();
  const status = useSessionStatus();
  const store = useEditorStore();
  const text = useSessionText();
  const format = useFormatter();
  if (!session || !status) return null;

  const dismiss = (map: UnreadableMap) => {
    void dismissKeptAside(map.foundAt).catch(() => {});
    session.status.setState({ keptAside: status.keptAside.filter((k) => k !== map) });
  };
  const downloadKept = (map: UnreadableMap) => {
    const doc = store.getState().document;
    const stamp = new Date(map.foundAt).toISOString().slice(0, 19).replace(/[:T]/g, '-');
    downloadBlob(new Blob([map.text], { type: 'application/json' }), documentFileName({ ...doc, title: `unreadable-${stamp}` }, 'json'));
  };

  return (
    <div className="session-notices">
      {status.storageProblem !== null && (
        <div className="session-notice session-notice-error" role="alert" data-testid="storage-problem">
          <p>{text.storageProblem} <span className="session-reason">{text.storageReason(status.storageProblem)}</span></p>
          <button type="button" onClick={() => downloadDocument(store.getState().document)}>{text.download}</button>
        </div>
      )}
      {status.keptAside.map((map) => (
        <div key={`${map.source}-${map.foundAt}`} className="session-notice session-notice-warning" role="alert" data-testid="kept-aside">
          <p>{text.keptAside(map.source, format.moment(new Date(map.foundAt)))}</p>
          <button type="button" onClick={() => downloadKept(map)}>{text.downloadKept}</button>
          <button type="button" className="session-dismiss" aria-label={text.dismiss} title={text.dismiss} onClick={() => dismiss(map)}>×</button>
        </div>
      ))}
      {status.invalidRoom && (
        <div className="session-notice session-notice-warning" role="alert" data-testid="invalid-room">
          <p>{text.invalidRoom(status.invalidRoom.param, status.invalidRoom.value.slice(0, 80))}</p>
          <button type="button" className="session-dismiss" aria-label={text.dismiss} title={text.dismiss} onClick={() => session.status.setState({ invalidRoom: null })}>×</button>
        </div>
      )}
      {status.missingMap !== null && (
        <div className="session-notice session-notice-warning" role="alert" data-testid="missing-map">
          <p>{text.missingMap(status.missingMap.slice(0, 80))}</p>
          <button type="button" className="session-dismiss" aria-label={text.dismiss} title={text.dismiss} onClick={() => session.status.setState({ missingMap: null })}>×</button>
        </div>
      )}
      {status.updateReady && status.applyUpdate && (
        <div className="session-notice session-notice-info" role="status" data-testid="update-ready">
          <p>{text.updateReady}</p>
          <button type="button" onClick={() => void status.applyUpdate?.()}>{text.updateNow}</button>
          <button type="button" className="session-dismiss" aria-label={text.dismiss} title={text.dismiss} onClick={() => session.status.setState({ updateReady: false })}>×</button>
        </div>
      )}
    </div>
  );
}
