import { useDeferredValue, useId, useMemo, useRef, useState, type ReactElement } from 'react';
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
  // On a map of thousands of symbols each option is made once per name and handed back as the
  // same element, so selecting or adding a symbol leaves the list's thousands of options alone.
  const made = useRef(new Map<string, { label: string; option: ReactElement }>());
  const options = useMemo(() => {
    const next = new Map<string, { label: string; option: ReactElement }>();
    for (const n of nodes) {
      const label = labels.get(n.id) ?? '';
      const had = made.current.get(n.id);
      next.set(n.id, had?.label === label ? had : { label, option: <option key={n.id} value={n.id}>{label}</option> });
    }
    made.current = next;
    return next;
  }, [nodes, labels]);
  const others = useMemo(() => nodes.flatMap((n) => (n.id === sourceId ? [] : [options.get(n.id)!.option])), [nodes, options, sourceId]);
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
          {others}
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
