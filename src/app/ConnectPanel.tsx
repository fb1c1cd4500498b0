import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { roleOf } from '../domain/symbols';
import type { MapState } from '../domain/types';
import { symbolLabels, useLanguage, useMessages } from '../i18n';
import { activeMapContent, useEditor, useEditorStore } from '../store';
import { arrowName } from '../i18n/symbols';

const NO_SYMBOLS: Pick<MapState, 'nodes' | 'edges'> = { nodes: [], edges: [] };

/**
 * Joins the selected symbol to another one without a mouse: pick the target, press Connect.
 * Uses the flow type chosen in the palette and the same rules as dragging a connection.
 */
export function ConnectPanel({ sourceId, onAddNextStep }: { sourceId: string; onAddNextStep?: () => void }) {
  const store = useEditorStore();
  // The list follows the map a moment after an edit is drawn, and is first filled just after
  // the panel appears: naming thousands of symbols is not worth delaying the edit or the
  // selection itself.
  const live = useEditor(activeMapContent);
  const map = useDeferredValue(live, NO_SYMBOLS);
  const { nodes } = map;
  const flowType = useEditor((s) => s.flowType);
  // The choice belongs to the symbol it was made for: selecting another one starts afresh.
  const [choice, setChoice] = useState({ sourceId, targetId: '' });
  const targetId = choice.sourceId === sourceId ? choice.targetId : '';
  const setTargetId = (id: string) => setChoice({ sourceId, targetId: id });
  const language = useLanguage();
  const text = useMessages().connect;
  const id = useId();
  const labels = useMemo(() => symbolLabels(map, language), [map, language]);
  // Made again only when the deferred map, its names or the symbol change, never in an edit's own render.
  const options = useMemo(
    () => nodes.filter((n) => n.id !== sourceId).map((n) => <TargetOption key={n.id} id={n.id} label={labels.get(n.id) ?? ''} />),
    [nodes, labels, sourceId],
  );
  const source = live.nodes.find((n) => n.id === sourceId);
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
          {options}
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

/** One symbol of the list: on a map of thousands, an edit redraws only the options whose name changed. */
const TargetOption = memo(function TargetOption({ id, label }: { id: string; label: string }) {
  return <option value={id}>{label}</option>;
});
