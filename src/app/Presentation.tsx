import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFitMap } from '../canvas/ladder/LadderLayer';
import { actionPlan, localToday, type ActionRow } from '../domain/actionPlan';
import { compareStates } from '../domain/compare';
import type { StateKey } from '../domain/types';
import { MISSING, useFormatter, useLanguage, useMessages } from '../i18n';
import { ACTION_PLAN_TEXT } from '../i18n/actionPlan';
import { metricName } from '../i18n/domain';
import { ActionPlanTable, type ActionPatch } from '../panels/ActionPlanTable';
import { ComparePanel } from '../panels/ComparePanel';
import { stepLabel } from '../panels/MetricsPanel';
import { positionBlind, useAnalysis, useEditor, useEditorStore } from '../store';

export type Slide = 'current' | 'future' | 'compare' | 'actionPlan';

/** The slides of a document, in order: the future state and the comparison only when there is a future state. */
export function slidesOf(hasFuture: boolean): Slide[] {
  return hasFuture ? ['current', 'future', 'compare', 'actionPlan'] : ['current', 'actionPlan'];
}

// The zoom buttons sit at the left edge: the ladder's first rung starts clear of them.
const FIT = { padding: { top: '3%', right: '3%', bottom: '3%', left: '60px' }, maxZoom: 1.5, presenting: true } as const;
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Presentation mode for a projector: the map fills the screen with the lead-time ladder drawn
 * under its steps (the canvas's own, in projector type) and the key figures under it, and the current state, future state, comparison and action plan
 * follow as slides. Esc (or leaving the browser's full screen) calls `onLeave`.
 */
export function Presentation({ onLeave }: { onLeave(): void }) {
  const store = useEditorStore();
  const fitMap = useFitMap();
  const text = useMessages().present;
  const hasFuture = useEditor((s) => Boolean(s.document.states.future));
  const slides = useMemo(() => slidesOf(hasFuture), [hasFuture]);
  // Start on the state that was on screen.
  const [index, setIndex] = useState(() => (store.getState().activeState === 'future' && hasFuture ? 1 : 0));
  const slide = slides[Math.min(index, slides.length - 1)]!;
  const isMap = slide === 'current' || slide === 'future';

  const go = useCallback((step: number) => setIndex((i) => Math.max(0, Math.min(slides.length - 1, i + step))), [slides.length]);

  // A map slide shows its state, fitted once the layout has settled (the canvas just grew).
  useEffect(() => {
    if (!isMap) return;
    store.getState().setActiveState(slide);
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void fitMap(FIT));
    });
    return () => cancelAnimationFrame(frame);
  }, [slide, isMap, store, fitMap]);

  // The projector's size changes when full screen begins or ends: fit again.
  useEffect(() => {
    const refit = () => { if (isMap) void fitMap(FIT); };
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [fitMap, isMap]);

  // Our keys first (capture), so the editor's arrows never nudge a symbol while presenting.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, select, textarea, dialog')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onLeave();
        return;
      }
      const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      event.stopPropagation();
      go(step);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [go, onLeave]);

  const titles: Record<Slide, string> = {
    current: text.slideCurrent, future: text.slideFuture, compare: text.slideCompare, actionPlan: text.slideActionPlan,
  };
  const n = slides.indexOf(slide) + 1;
  return (
    <>
      <header className="presentation-bar" aria-label={text.slides}>
        <h1 className="presentation-title" aria-live="polite">{titles[slide]}</h1>
        <span className="presentation-counter" aria-label={text.counterLabel(n, slides.length)}>{text.counter(n, slides.length)}</span>
        <button type="button" onClick={() => go(-1)} disabled={n === 1} title={text.previousTitle}>{text.previous}</button>
        <button type="button" onClick={() => go(1)} disabled={n === slides.length} title={text.nextTitle}>{text.next}</button>
        <button type="button" onClick={onLeave} title={text.leaveTitle}>{text.leave}</button>
      </header>
      {slide === 'compare' && <section className="presentation-slide" aria-label={titles.compare}><CompareSlide /></section>}
      {slide === 'actionPlan' && (
        <section className="presentation-slide" aria-label={titles.actionPlan}>
          <ActionPlanSlide onShow={(state) => setIndex(slides.indexOf(state))} />
        </section>
      )}
      {isMap && <KeyFigureStrip />}
    </>
  );
}

/** Takt, lead time, value-added ratio and bottleneck in projector type, in one row under the map. */
function KeyFigureStrip() {
  const analysis = useAnalysis();
  const f = useFormatter();
  const language = useLanguage();
  const text = useMessages().present;
  const bottleneck = analysis.bottleneckId === null ? MISSING : stepLabel(analysis, analysis.bottleneckId, language);
  const figures: [key: string, name: string, value: string][] = [
    ['taktTimeSec', metricName('taktTimeSec', language), f.time(analysis.taktTimeSec)],
    ['leadTimeDays', metricName('leadTimeDays', language), f.days(analysis.leadTimeDays)],
    ['valueAddedRatio', metricName('valueAddedRatio', language), f.ratio(analysis.valueAddedRatio)],
    ['bottleneckId', metricName('bottleneckId', language), bottleneck],
  ];
  return (
    <footer className="presentation-strip">
      <dl className="presentation-figures" aria-label={text.keyFigures}>
        {figures.map(([key, name, value]) => (
          <div key={key} data-figure={key}><dt>{name}</dt><dd>{value}</dd></div>
        ))}
      </dl>
    </footer>
  );
}

function CompareSlide() {
  const [stableCurrent] = useState(positionBlind);
  const [stableFuture] = useState(positionBlind);
  const current = useEditor((s) => stableCurrent(s.document.states.current));
  const future = useEditor((s) => stableFuture(s.document.states.future));
  const comparison = useMemo(() => (future ? compareStates(current, future) : null), [current, future]);
  return comparison === null ? null : <ComparePanel comparison={comparison} />;
}

/** The action plan as it is in the dialog: a row's burst is shown on its state's slide. */
function ActionPlanSlide({ onShow }: { onShow(state: StateKey): void }) {
  const store = useEditorStore();
  const language = useLanguage();
  const doc = useEditor((s) => s.document);
  const rows = useMemo(() => actionPlan(doc), [doc]);
  const today = useRef(localToday()).current;
  const onEdit = (row: ActionRow, patch: ActionPatch) => store.getState().updateActionItem(row.state, row.id, patch);
  const show = (row: ActionRow) => {
    onShow(row.state);
    store.getState().setSelection({ nodeIds: [row.id], edgeIds: [] });
  };
  return <ActionPlanTable rows={rows} today={today} text={ACTION_PLAN_TEXT[language].panel} onEdit={onEdit} onShow={show} />;
}
