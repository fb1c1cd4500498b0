import { useMemo, useState } from 'react';
import { localToday } from '../domain/actionPlan';
import type { SopDraft } from '../domain/types';
import { useLanguage } from '../i18n';
import { SOP_TEXT, sopEntries, type SopEntry } from '../i18n/sop';
import { documentFileName, downloadBlob } from '../io/documentFile';
import { COMMIT_DRAFTS_EVENT } from '../panels/FieldInput';
import { SopEditor, type SopEditorActions } from '../panels/SopEditor';
import { useEditor, useEditorStore } from '../store';
import { useModalDialog } from './room/useModalDialog';

/**
 * The SOP drafts of the future state: the steps in flow order on the left (each marked as the
 * draft made from the map or the team's text), the chosen step's draft on the right, edited in
 * place through the store's commands, and *Download Word* for every step's SOP in one .docx.
 * Drafts of steps no longer on the map are listed apart, to keep or delete.
 */
export function SopDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const store = useEditorStore();
  const language = useLanguage();
  const text = SOP_TEXT[language];
  const future = useEditor((s) => s.document.states.future);
  const sops = useEditor((s) => s.document.sops);
  const product = useEditor((s) => s.document.product);
  const readOnly = useEditor((s) => s.readOnly);
  const ref = useModalDialog(open);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The drafts are worded with today's date only for a first revision: a day's change is no change.
  const today = useMemo(() => localToday(), []);
  const { entries, orphans } = useMemo(
    () => (open ? sopEntries({ states: { future }, product, sops }, language, today) : { entries: [], orphans: [] }),
    [open, future, sops, product, language, today],
  );
  const all = [...entries, ...orphans];
  const entry: SopEntry | undefined = all.find((e) => e.stepId === chosen) ?? entries[0] ?? orphans[0];

  const actionsFor = (current: SopEntry): SopEditorActions => {
    const base: SopDraft = current.generated;
    const s = () => store.getState();
    return {
      setText: (key, value) => s().setSopText(current.stepId, key, value, base),
      setItem: (list, itemId, field, value) => s().setSopItem(current.stepId, list, itemId, field, value, base),
      add: (list) => s().addSopItem(current.stepId, list, current.draft[list].length, base),
      remove: (list, itemId) => s().removeSopItem(current.stepId, list, itemId, base),
      move: (list, itemId, offset) => s().moveSopItem(current.stepId, list, itemId, offset, base),
    };
  };

  /** The team's standards differ from the map's now (item and value, line by line). */
  const standardsDiffer = (current: SopEntry) => {
    const [ours, map] = [current.draft.standards, current.generated.standards];
    return ours.length !== map.length || ours.some((row, i) => row.item !== map[i]!.item || row.value !== map[i]!.value);
  };
  const refreshStandards = (current: SopEntry) => {
    if (!window.confirm(text.dialog.confirmRefreshStandards)) return;
    store.getState().replaceSopList(current.stepId, 'standards', current.generated.standards, current.generated);
  };

  const regenerate = (current: SopEntry) => {
    if (!window.confirm(text.dialog.confirmRegenerate(current.draft.title || current.draft.number))) return;
    store.getState().discardSop(current.stepId);
  };
  const deleteOrphan = (current: SopEntry) => {
    if (!window.confirm(text.dialog.confirmDelete(current.draft.title || current.stepId))) return;
    store.getState().discardSop(current.stepId);
    setChosen(null);
  };

  const download = async () => {
    // Text still being typed in a field goes into the document first.
    window.dispatchEvent(new Event(COMMIT_DRAFTS_EVENT));
    const state = store.getState();
    setBusy(true);
    state.showMessage('info', text.dialog.downloading);
    try {
      // The Word library is loaded only when a document is made: the editor starts without it.
      const { sopDocxBytes, DOCX_MIME } = await import('../io/sopDocx');
      const doc = store.getState().document;
      const bytes = await sopDocxBytes(doc, language, localToday());
      const fileName = documentFileName(doc, 'sop.docx');
      downloadBlob(new Blob([bytes as BlobPart], { type: DOCX_MIME }), fileName);
      store.getState().showMessage('info', text.dialog.downloaded(fileName));
    } catch (error) {
      store.getState().showMessage('error', text.dialog.downloadFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  const stepButton = (e: SopEntry) => (
    <li key={e.stepId}>
      <button
        type="button"
        className="sop-step"
        aria-current={e === entry ? 'true' : undefined}
        onClick={() => setChosen(e.stepId)}
        data-testid={`sop-step-${e.stepId}`}
      >
        <span className="sop-step-number">{e.draft.number}</span>
        <span className="sop-step-title">{e.draft.title}</span>
        <span className={e.edited ? 'sop-badge sop-badge-edited' : 'sop-badge'}>{e.edited ? text.dialog.edited : text.dialog.generated}</span>
      </button>
    </li>
  );

  const isOrphan = entry !== undefined && orphans.includes(entry);
  return (
    <dialog ref={ref} className="sop-dialog" aria-labelledby="sop-dialog-title" onClose={onClose} onCancel={onClose}>
      {open && (
        <>
          <header className="sop-dialog-header">
            <h2 id="sop-dialog-title">{text.dialog.title}</h2>
            <button type="button" onClick={() => void download()} title={text.dialog.downloadTitle} disabled={busy || future === null} aria-busy={busy}>
              {busy ? text.dialog.downloading : text.dialog.download}
            </button>
            <button type="button" onClick={onClose}>{text.dialog.close}</button>
          </header>
          {future === null ? (
            <div className="sop-empty">
              <p>{text.dialog.noFuture}</p>
              <button type="button" disabled={readOnly} onClick={() => store.getState().startFutureState()}>{text.dialog.startFuture}</button>
            </div>
          ) : (
            <div className="sop-body">
              <nav className="sop-steps" aria-label={text.dialog.steps}>
                {entries.length === 0 ? <p className="sop-empty">{text.dialog.noSteps}</p> : <ol>{entries.map(stepButton)}</ol>}
                {orphans.length > 0 && (
                  <>
                    <h3>{text.dialog.orphans}</h3>
                    <ul>{orphans.map(stepButton)}</ul>
                  </>
                )}
              </nav>
              {entry && (
                <fieldset className="sop-draft" disabled={readOnly} aria-label={`${entry.draft.number} ${entry.draft.title}`}>
                  <div className="sop-draft-note">
                    <p>{isOrphan ? text.dialog.stepMissing : entry.edited ? text.dialog.editedNote : text.dialog.generatedNote}</p>
                    {isOrphan ? (
                      <button type="button" onClick={() => deleteOrphan(entry)}>{text.dialog.deleteDraft}</button>
                    ) : entry.edited ? (
                      <button type="button" onClick={() => regenerate(entry)} title={text.dialog.regenerateTitle}>{text.dialog.regenerate}</button>
                    ) : null}
                  </div>
                  <SopEditor
                    key={entry.stepId}
                    idPrefix={`sop-${entry.stepId.replace(/[^\w-]/g, '_')}`}
                    draft={entry.draft}
                    text={text}
                    actions={actionsFor(entry)}
                    onRefreshStandards={entry.edited && !isOrphan && standardsDiffer(entry) ? () => refreshStandards(entry) : undefined}
                  />
                </fieldset>
              )}
            </div>
          )}
        </>
      )}
    </dialog>
  );
}
