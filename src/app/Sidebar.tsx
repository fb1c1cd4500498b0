import { ACTION_PLAN_TEXT } from '../i18n/actionPlan';
import { SOP_TEXT } from '../i18n/sop';
import { useCallback, useMemo, useState } from 'react';
import { Inspector, type EdgeChange } from '../panels/Inspector';
import { LoadChart, whyNoTakt } from '../panels/LoadChart';
import { MetricsPanel } from '../panels/MetricsPanel';
import { SettingsForm } from '../panels/SettingsForm';
import { WastesPanel } from '../panels/WastesPanel';
import { ComparePanel, type CompareStateKey } from '../panels/ComparePanel';
import { compareStates } from '../domain/compare';
import type { MapSettings } from '../domain/types';
import { activeMapContent, positionBlind, useAnalysis, useEditor, useEditorStore } from '../store';
import { ConnectPanel } from './ConnectPanel';
import { useLanguage, useMessages } from '../i18n';

type Tab = 'properties' | 'metrics' | 'wastes' | 'compare';
const TABS: { id: Tab; label: 'tabProperties' | 'tabMetrics' | 'tabWastes' | 'tabCompare' }[] = [
  { id: 'properties', label: 'tabProperties' },
  { id: 'metrics', label: 'tabMetrics' },
  { id: 'wastes', label: 'tabWastes' },
  { id: 'compare', label: 'tabCompare' },
];

/** The right-hand side: properties of the selection (or the map), metrics and load chart, wastes, comparison. */
export function Sidebar({ onOpenActionPlan, onOpenSops, onAddNextStep }: { onOpenActionPlan?: () => void; onOpenSops?: () => void; onAddNextStep?: () => void }) {
  const [tab, setTab] = useState<Tab>('properties');
  const text = useMessages().shell;
  return (
    <aside className="sidebar" aria-label={text.details}>
      <div role="tablist" aria-label={text.details} className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            className={tab === t.id ? 'tab active' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {text[t.label]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'properties' && <PropertiesTab onAddNextStep={onAddNextStep} />}
        {tab === 'metrics' && <MetricsTab />}
        {tab === 'wastes' && <WastesTab onOpenActionPlan={onOpenActionPlan} />}
        {tab === 'compare' && <CompareTab onOpenSops={onOpenSops} />}
      </div>
    </aside>
  );
}

function useSelectNodes() {
  const store = useEditorStore();
  return useCallback((nodeIds: string[]) => {
    store.getState().setSelection({ nodeIds, edgeIds: [] });
    store.getState().highlight(nodeIds);
  }, [store]);
}

function PropertiesTab({ onAddNextStep }: { onAddNextStep?: () => void }) {
  const store = useEditorStore();
  const map = useEditor(activeMapContent);
  const selection = useEditor((s) => s.selection);
  const title = useEditor((s) => s.document.title);
  const product = useEditor((s) => s.document.product);
  const analysis = useAnalysis();
  const onChangeNodeData = useCallback((id: string, patch: Record<string, unknown>) => store.getState().updateNodeData(id, patch), [store]);
  const onChangeEdge = useCallback((id: string, change: EdgeChange) => { store.getState().updateEdge(id, change); }, [store]);
  const onChangeSettings = useCallback((patch: Partial<MapSettings>) => store.getState().setSettings(patch), [store]);
  const onChangeTitle = useCallback((value: string) => store.getState().setTitle(value), [store]);
  const onChangeProduct = useCallback((value: string | undefined) => store.getState().setProduct(value), [store]);
  const nothingSelected = selection.nodeIds.length === 0 && selection.edgeIds.length === 0;
  const single = selection.nodeIds.length === 1 && selection.edgeIds.length === 0 ? selection.nodeIds[0] : undefined;
  // An observer reads every field and changes none: the browser disables them all.
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <fieldset className="properties-fieldset" disabled={readOnly}>
      {nothingSelected ? (
        <SettingsForm
          settings={map.settings}
          title={title}
          product={product}
          onChangeSettings={onChangeSettings}
          onChangeTitle={onChangeTitle}
          onChangeProduct={onChangeProduct}
        />
      ) : (
        <Inspector
          map={map}
          selection={selection}
          secondsPerDay={analysis.availableSecondsPerDay}
          onChangeNodeData={onChangeNodeData}
          onChangeEdge={onChangeEdge}
        />
      )}
      {single && <ConnectPanel sourceId={single} onAddNextStep={onAddNextStep} />}
    </fieldset>
  );
}

function MetricsTab() {
  const analysis = useAnalysis();
  const onSelectNodes = useSelectNodes();
  const loadText = useMessages().load;
  const customerCount = useEditor((s) => activeMapContent(s).nodes.filter((node) => node.type === 'customer').length);
  const taktMissingReason = analysis.taktTimeSec === null
    ? whyNoTakt({ customerCount, dailyDemand: analysis.dailyDemand, availableSecondsPerDay: analysis.availableSecondsPerDay }, loadText)
    : undefined;
  return (
    <>
      <MetricsPanel analysis={analysis} onSelectNodes={onSelectNodes} />
      <LoadChart
        loads={analysis.loads}
        taktTimeSec={analysis.taktTimeSec}
        bottleneckId={analysis.bottleneckId}
        onSelectNodes={onSelectNodes}
        taktMissingReason={taktMissingReason}
      />
    </>
  );
}

/** The wastes, and the way to the plan that answers them: every kaizen burst is a line of it. */
function WastesTab({ onOpenActionPlan }: { onOpenActionPlan?: () => void }) {
  const analysis = useAnalysis();
  const onSelectNodes = useSelectNodes();
  const language = useLanguage();
  const text = ACTION_PLAN_TEXT[language].dialog;
  return (
    <>
      {onOpenActionPlan && (
        <button type="button" className="open-action-plan" onClick={onOpenActionPlan} title={text.openTitle}>{text.open}</button>
      )}
      <WastesPanel analysis={analysis} onSelectFinding={onSelectNodes} />
    </>
  );
}

/** The future state against the current one, and the way to its standard work: an SOP per step. */
function CompareTab({ onOpenSops }: { onOpenSops?: () => void }) {
  const store = useEditorStore();
  const language = useLanguage();
  const sopText = SOP_TEXT[language].dialog;
  const sopButton = onOpenSops && (
    <button type="button" className="open-action-plan open-sops" onClick={onOpenSops} title={sopText.openTitle}>{sopText.open}</button>
  );
  const text = useMessages().compare;
  const [stableCurrent] = useState(positionBlind);
  const [stableFuture] = useState(positionBlind);
  const current = useEditor((s) => stableCurrent(s.document.states.current));
  const future = useEditor((s) => stableFuture(s.document.states.future));
  const comparison = useMemo(() => (future ? compareStates(current, future) : null), [current, future]);
  // The canvas shows one state: switch to the step's state first (that clears the selection).
  const onSelectNodes = useCallback((nodeIds: string[], state: CompareStateKey) => {
    const editor = store.getState();
    editor.setActiveState(state);
    editor.setSelection({ nodeIds, edgeIds: [] });
    editor.highlight(nodeIds);
  }, [store]);
  if (comparison === null) {
    return (
      <div className="arus-panel arus-compare">
        {sopButton}
        <p className="arus-note">{text.noFuture}</p>
        <button
          type="button"
          className="arus-compare__start"
          title={text.startFutureTitle}
          onClick={() => store.getState().startFutureState()}
        >
          {text.startFuture}
        </button>
      </div>
    );
  }
  return (
    <>
      {sopButton}
      <ComparePanel comparison={comparison} onSelectNodes={onSelectNodes} />
    </>
  );
}
