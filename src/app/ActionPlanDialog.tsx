import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { actionPlan, localToday, type ActionRow } from '../domain/actionPlan';
import { useLanguage } from '../i18n';
import { ACTION_PLAN_TEXT } from '../i18n/actionPlan';
import { actionPlanCsv } from '../io/actionPlanCsv';
import { documentFileName, downloadBlob } from '../io/documentFile';
import { ActionPlanTable, type ActionPatch } from '../panels/ActionPlanTable';
import { useEditor, useEditorStore } from '../store';
import { useModalDialog } from './room/useModalDialog';

/**
 * The action plan over the map: every kaizen burst of both states as a table, edited in place
 * (the same commands as the inspector), downloaded as CSV; choosing a line closes the plan and
 * shows its burst on the map.
 */
export function ActionPlanDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const language = useLanguage();
  const text = ACTION_PLAN_TEXT[language];
  const doc = useEditor((s) => s.document);
  const rows = useMemo(() => actionPlan(doc), [doc]);
  const ref = useModalDialog(open);

  const onEdit = (row: ActionRow, patch: ActionPatch) => store.getState().updateActionItem(row.state, row.id, patch);
  const onShow = (row: ActionRow) => {
    onClose();
    const state = store.getState();
    state.setActiveState(row.state);
    state.setSelection({ nodeIds: [row.id], edgeIds: [] });
    // After the state switch has rendered its symbols.
    requestAnimationFrame(() => void flow.fitView({ nodes: [{ id: row.id }], padding: 1.5, maxZoom: 1.2, duration: 300 }));
  };
  const download = () => {
    const fileName = documentFileName(store.getState().document, 'action-plan.csv');
    downloadBlob(new Blob([actionPlanCsv(rows, language)], { type: 'text/csv;charset=utf-8' }), fileName);
    store.getState().showMessage('info', text.dialog.downloaded(fileName));
  };

  return (
    <dialog ref={ref} className="action-plan-dialog" aria-labelledby="action-plan-title" onClose={onClose} onCancel={onClose}>
      {open && (
        <>
          <header className="action-plan-header">
            <h2 id="action-plan-title">{text.dialog.title}</h2>
            <button type="button" onClick={download} title={text.dialog.downloadTitle} disabled={rows.length === 0}>{text.dialog.download}</button>
            <button type="button" onClick={onClose}>{text.dialog.close}</button>
          </header>
          <ActionPlanTable rows={rows} today={localToday()} text={text.panel} onEdit={onEdit} onShow={onShow} />
        </>
      )}
    </dialog>
  );
}
