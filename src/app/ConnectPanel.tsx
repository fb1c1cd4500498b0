import { useId, useMemo, useState } from 'react';
import { roleOf } from '../domain/symbols';
import { symbolLabels, useLanguage, useMessages } from '../i18n';
import { activeMapContent, useEditor, useEditorStore } from '../store';
import { arrowName } from '../i18n/symbols';

/**
 * Joins the selected symbol to another one without a mouse: pick the target, press Connect.
 * Uses the flow type chosen in the palette and the same rules as dragging a connection.
 */
export function ConnectPanel({ sourceId, onAddNextStep }: { sourceId: string; onAddNextStep?: () => void }) {
  const store = useEditorStore();
  const map = useEditor(activeMapContent);
  const { nodes } = map;
  const flowType = useEditor((s) => s.flowType);
  const [targetId, setTargetId] = useState('');
  const language = useLanguage();
  const text = useMessages().connect;
  const id = useId();
  const others = nodes.filter((n) => n.id !== sourceId);
  const labels = useMemo(() => symbolLabels(map, language), [map, language]);
  const source = nodes.find((n) => n.id === sourceId);
  const isStep = source !== undefined && roleOf(source.type) === 'step';
  const connect = () => {
    if (!targetId) return;
    if (store.getState().connect({ source: sourceId, target: targetId, sourceHandle: 'r', targetHandle: 'l' })) setTargetId('');
  };
  return (
    <section className="connect-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <div className="connect-row">
        <label htmlFor={`${id}-target`} className="visually-hidden">{text.target}</label>
        <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          <option value="">{text.choose}</option>
          {others.map((n) => <option key={n.id} value={n.id}>{labels.get(n.id)}</option>)}
        </select>
        <button type="button" onClick={connect} disabled={!targetId}>
          {text.connectWith(arrowName(flowType, language))}
        </button>
      </div>
      {isStep && onAddNextStep && (
        <button type="button" className="add-next-step" onClick={onAddNextStep} title={text.addNextStepHint}>
          {text.addNextStep}
        </button>
      )}
    </section>
  );
}
